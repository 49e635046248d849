import { type Lang, type Translator, translator } from "@ciudata/core";
import type { RankResult } from "./judging";
import { rankingMessages } from "./messages/ranking";
import type { Rubric } from "./model";

type Words = Translator<(typeof rankingMessages)["es"]>;

/** A score with `d` decimals, in the language's style (`4,000` in Spanish, `4.000` in English). */
const num = (w: Words, x: number | null, d = 2) =>
  x === null ? "—" : w.words.number(x, { minimumFractionDigits: d, maximumFractionDigits: d });

/** How a missing score was handled, in words. */
function missingHow(m: RankResult["missing"][number], w: Words): string {
  if (m.handling === "filled") return `${w.t("filled")} ${num(w, m.value, 3)}`;
  return m.handling === "sheet-excluded" ? w.t("excluded") : w.t("unscored");
}

function criterionName(rubric: Rubric | undefined, id: string, lang: Lang): string {
  const c = rubric?.criteria.find((x) => x.id === id);
  return c ? (c.name[lang] ?? c.name.es) : id;
}

function decidedText(result: RankResult["ranking"][number], rubric: Rubric | undefined, w: Words): string {
  if (result.decidedBy === null) return "";
  if (result.decidedBy === "shared") return w.t("shared");
  return `${w.t("decided")}: ${criterionName(rubric, result.decidedBy, w.lang)}`;
}

/**
 * The ranking as plain text for a terminal: positions, totals, spread, tie-breaks, conflicts and missing
 * scores, and the rules applied.
 *
 * @example
 * ```ts
 * process.stdout.write(renderRankingText(rank(subs, scores, rubric), rubric, "es"));
 * ```
 */
export function renderRankingText(result: RankResult, rubric?: Rubric, lang: Lang = "es"): string {
  const w = translator(rankingMessages, lang);
  const lines: string[] = [`${w.t("ranking")}:`];
  for (const r of result.ranking) {
    const name = r.title ? `${r.submission} (${r.title})` : r.submission;
    const total = r.total === null ? w.t("noTotal") : num(w, r.total, 3);
    const spread = r.spread
      ? ` · ${w.t("spread")} ${num(w, r.spread.range)} (σ ${num(w, r.spread.stdev)}, ${w.t("judges", { count: r.spread.judges })})`
      : "";
    const why = decidedText(r, rubric, w);
    lines.push(`  ${r.position}. ${name} — ${total}${spread}${why ? ` · ${why}` : ""}`);
  }
  lines.push(
    `${w.t("rules")}: ${w.t(`missing:${result.rules.missing}`)}; ${w.t(`normalize:${result.rules.normalize}`)}; ${w.t("tieBreakers")}: ${result.rules.tieBreakers.join(" → ") || "—"}`,
  );
  if (result.conflicts.length) {
    lines.push(`${w.t("conflicts")}:`);
    for (const c of result.conflicts) lines.push(`  ${c.judge} × ${c.submission} (${w.t("via")} ${c.via})`);
  }
  if (result.missing.length) {
    lines.push(`${w.t("missingScores")}:`);
    for (const m of result.missing) {
      const how = missingHow(m, w);
      lines.push(`  ${m.judge} × ${m.submission} · ${criterionName(rubric, m.criterion, lang)}: ${how}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The ranking as a Markdown table (one column per criterion), then the rules, conflicts and missing scores.
 *
 * @example
 * ```ts
 * await writeFile("ranking.md", renderRankingMarkdown(result, rubric, "es"));
 * ```
 */
export function renderRankingMarkdown(result: RankResult, rubric?: Rubric, lang: Lang = "es"): string {
  const w = translator(rankingMessages, lang);
  const ids = Object.keys(result.rules.weights);
  const out: string[] = [`## ${w.t("ranking")}`, ""];
  out.push(
    `| ${w.t("position")} | ${w.t("submission")} | ${ids.map((id) => criterionName(rubric, id, lang)).join(" | ")} | ${w.t("total")} | ${w.t("spread")} | |`,
    `|---:|---|${ids.map(() => "---:|").join("")}---:|---:|---|`,
  );
  for (const r of result.ranking) {
    const name = (r.title ?? r.submission).replace(/\|/g, "\\|");
    out.push(
      `| ${r.position} | ${name} | ${ids.map((id) => num(w, r.criteria[id] ?? null)).join(" | ")} | ${r.total === null ? w.t("noTotal") : num(w, r.total, 3)} | ${r.spread ? num(w, r.spread.range) : "—"} | ${decidedText(r, rubric, w)} |`,
    );
  }
  out.push(
    "",
    `**${w.t("rules")}**: ${w.t(`missing:${result.rules.missing}`)}; ${w.t(`normalize:${result.rules.normalize}`)}; ${w.t("tieBreakers")}: ${result.rules.tieBreakers.map((id) => criterionName(rubric, id, lang)).join(" → ")}.`,
    "",
  );
  if (result.conflicts.length) {
    out.push(`**${w.t("conflicts")}**:`, "");
    for (const c of result.conflicts) out.push(`- ${c.judge} × ${c.submission} (${w.t("via")} \`${c.via}\`)`);
    out.push("");
  }
  if (result.missing.length) {
    out.push(`**${w.t("missingScores")}**:`, "");
    for (const m of result.missing) {
      const how = missingHow(m, w);
      out.push(`- ${m.judge} × ${m.submission} · ${criterionName(rubric, m.criterion, lang)}: ${how}`);
    }
    out.push("");
  }
  return out.join("\n");
}
