import type { Lang } from "@ciudata/table";
import type { RankResult } from "./judging";
import type { Rubric } from "./model";

const W = {
  es: {
    ranking: "Ranking",
    total: "Total",
    spread: "Dispersión",
    decided: "desempate",
    shared: "empate compartido",
    noTotal: "sin puntaje",
    rules: "Reglas",
    missing: {
      mean: "puntaje faltante = media de los otros jurados",
      exclude: "planilla incompleta = se excluye",
    },
    normalize: { none: "sin normalizar", zscore: "z-score por jurado" },
    tieBreakers: "desempates",
    conflicts: "Conflictos de interés (puntajes no contados)",
    missingScores: "Puntajes faltantes",
    filled: "se completó con",
    excluded: "planilla excluida",
    unscored: "nadie lo puntuó",
    position: "Puesto",
    submission: "Entrega",
    judges: "jurados",
    via: "por",
  },
  en: {
    ranking: "Ranking",
    total: "Total",
    spread: "Spread",
    decided: "tie-breaker",
    shared: "shared tie",
    noTotal: "no score",
    rules: "Rules",
    missing: { mean: "missing score = other judges' mean", exclude: "incomplete sheet = excluded" },
    normalize: { none: "not normalised", zscore: "z-score per judge" },
    tieBreakers: "tie-breakers",
    conflicts: "Conflicts of interest (scores not counted)",
    missingScores: "Missing scores",
    filled: "filled with",
    excluded: "sheet excluded",
    unscored: "nobody scored it",
    position: "Position",
    submission: "Submission",
    judges: "judges",
    via: "via",
  },
  pt: {
    ranking: "Classificação",
    total: "Total",
    spread: "Dispersão",
    decided: "desempate",
    shared: "empate compartilhado",
    noTotal: "sem pontuação",
    rules: "Regras",
    missing: { mean: "nota faltante = média dos outros jurados", exclude: "planilha incompleta = excluída" },
    normalize: { none: "sem normalizar", zscore: "z-score por jurado" },
    tieBreakers: "desempates",
    conflicts: "Conflitos de interesse (notas não contadas)",
    missingScores: "Notas faltantes",
    filled: "preenchida com",
    excluded: "planilha excluída",
    unscored: "ninguém a pontuou",
    position: "Posição",
    submission: "Entrega",
    judges: "jurados",
    via: "por",
  },
} as const;

const n = (x: number | null, d = 2) => (x === null ? "—" : x.toFixed(d));

function criterionName(rubric: Rubric | undefined, id: string, lang: Lang): string {
  const c = rubric?.criteria.find((x) => x.id === id);
  return c ? (c.name[lang] ?? c.name.es) : id;
}

function decidedText(result: RankResult["ranking"][number], rubric: Rubric | undefined, lang: Lang): string {
  const w = W[lang];
  if (result.decidedBy === null) return "";
  if (result.decidedBy === "shared") return w.shared;
  return `${w.decided}: ${criterionName(rubric, result.decidedBy, lang)}`;
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
  const w = W[lang];
  const lines: string[] = [`${w.ranking}:`];
  for (const r of result.ranking) {
    const name = r.title ? `${r.submission} (${r.title})` : r.submission;
    const total = r.total === null ? w.noTotal : n(r.total, 3);
    const spread = r.spread
      ? ` · ${w.spread} ${n(r.spread.range)} (σ ${n(r.spread.stdev)}, ${r.spread.judges} ${w.judges})`
      : "";
    const why = decidedText(r, rubric, lang);
    lines.push(`  ${r.position}. ${name} — ${total}${spread}${why ? ` · ${why}` : ""}`);
  }
  lines.push(
    `${w.rules}: ${w.missing[result.rules.missing]}; ${w.normalize[result.rules.normalize]}; ${w.tieBreakers}: ${result.rules.tieBreakers.join(" → ") || "—"}`,
  );
  if (result.conflicts.length) {
    lines.push(`${w.conflicts}:`);
    for (const c of result.conflicts) lines.push(`  ${c.judge} × ${c.submission} (${w.via} ${c.via})`);
  }
  if (result.missing.length) {
    lines.push(`${w.missingScores}:`);
    for (const m of result.missing) {
      const how =
        m.handling === "filled"
          ? `${w.filled} ${n(m.value, 3)}`
          : m.handling === "sheet-excluded"
            ? w.excluded
            : w.unscored;
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
  const w = W[lang];
  const ids = Object.keys(result.rules.weights);
  const out: string[] = [`## ${w.ranking}`, ""];
  out.push(
    `| ${w.position} | ${w.submission} | ${ids.map((id) => criterionName(rubric, id, lang)).join(" | ")} | ${w.total} | ${w.spread} | |`,
    `|---:|---|${ids.map(() => "---:|").join("")}---:|---:|---|`,
  );
  for (const r of result.ranking) {
    const name = (r.title ?? r.submission).replace(/\|/g, "\\|");
    out.push(
      `| ${r.position} | ${name} | ${ids.map((id) => n(r.criteria[id] ?? null)).join(" | ")} | ${r.total === null ? w.noTotal : n(r.total, 3)} | ${r.spread ? n(r.spread.range) : "—"} | ${decidedText(r, rubric, lang)} |`,
    );
  }
  out.push(
    "",
    `**${w.rules}**: ${w.missing[result.rules.missing]}; ${w.normalize[result.rules.normalize]}; ${w.tieBreakers}: ${result.rules.tieBreakers.map((id) => criterionName(rubric, id, lang)).join(" → ")}.`,
    "",
  );
  if (result.conflicts.length) {
    out.push(`**${w.conflicts}**:`, "");
    for (const c of result.conflicts) out.push(`- ${c.judge} × ${c.submission} (${w.via} \`${c.via}\`)`);
    out.push("");
  }
  if (result.missing.length) {
    out.push(`**${w.missingScores}**:`, "");
    for (const m of result.missing) {
      const how =
        m.handling === "filled"
          ? `${w.filled} ${n(m.value, 3)}`
          : m.handling === "sheet-excluded"
            ? w.excluded
            : w.unscored;
      out.push(`- ${m.judge} × ${m.submission} · ${criterionName(rubric, m.criterion, lang)}: ${how}`);
    }
    out.push("");
  }
  return out.join("\n");
}
