import type { Lang } from "@ciudata/core";
import type { Report } from "@ciudata/table";
import { DIMENSIONS, dimensionLabel } from "../dimensions";
import type { QualityScores } from "../score";
import { formatScore, groupErrors, reportNotes, reportWords, statusWord, taskCounts } from "./common";
import { shownCount, shownRow } from "./runs";
import type { RenderOptions } from "./text";
import { STATUS_MARK } from "./words";

/**
 * Escapes text for Markdown (and the HTML a Markdown viewer may render): table pipes, emphasis, links,
 * code spans, angle brackets and line breaks.
 *
 * @example
 * ```ts
 * escapeMarkdown("a|b <script>"); //=> "a\\|b &lt;script&gt;"
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#!~])/g, "\\$1")
    .replace(/\r\n|\r|\n/g, " ");
}

/**
 * A report as Markdown (for an issue, a pull request or a portal page): outcome, a table of the seven
 * dimensions with their computation, the first errors of each type per dimension, and the formulas.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(report, scoreReport(report), "es");
 * // # Informe de calidad de datos
 * // **Resultado:** ✘ no aprobado · **Puntaje general:** 87,5 / 100
 * // | Dimensión | Puntaje | Estado | Hallazgos | Cálculo |
 * ```
 */
export function renderMarkdown(
  report: Report,
  scores: QualityScores,
  lang: Lang = "es",
  options: RenderOptions = {},
): string {
  const w = reportWords(lang);
  const n = (value: number) => w.words.number(value);
  const max = options.maxPerType ?? 5;
  const md = escapeMarkdown;
  const out: string[] = [`# ${w.t("title")}`, ""];
  for (const task of report.tasks)
    out.push(
      `- **${md(task.name)}** (${md(task.place)}): ${task.valid ? w.t("valid") : w.t("invalid")} — ${taskCounts(w, task)}`,
    );
  out.push(
    "",
    `**${w.t("outcome")}:** ${STATUS_MARK[scores.outcome]} ${statusWord(w, scores.outcome)} · **${w.t("overall")}:** ${formatScore(scores.overall, lang)} / 100`,
    "",
    `| ${w.t("dimension")} | ${w.t("score")} | ${w.t("status")} | ${w.t("findings")} | ${w.t("computation")} |`,
    "|---|---:|---|---:|---|",
  );
  for (const d of DIMENSIONS) {
    const s = scores.dimensions[d];
    const how = s.score === null || s.reason ? (s.reason?.[lang] ?? "") : s.computation[lang];
    out.push(
      `| ${dimensionLabel(d, lang)} | ${formatScore(s.score, lang)} | ${STATUS_MARK[s.status]} ${statusWord(w, s.status)} | ${n(s.findings)} | ${md(how)} |`,
    );
  }

  const grouped = groupErrors(report, lang, max, options.catalogs);
  out.push("", `## ${w.t("byDimension")}`, "");
  if (grouped.length === 0) out.push(w.t("noFindings"), "");
  const multi = report.tasks.length > 1;
  for (const { dimension, types } of grouped) {
    out.push(`### ${dimensionLabel(dimension, lang)}`, "");
    for (const g of types) {
      out.push(`#### ${md(g.title)} (\`${g.type.replace(/`/g, "")}\`) · ${n(g.count)}`, "");
      out.push(
        `| ${multi ? `${w.t("table")} | ` : ""}${w.t("row")} | ${w.t("column")} | ${w.t("cell")} | ${w.t("message")} |`,
        `|${multi ? "---|" : ""}---:|---|---|---|`,
      );
      for (const shown of g.first) {
        const { error, task } = shown;
        const column = [error.fieldNumber ?? "", error.fieldName ? md(error.fieldName) : ""]
          .filter(String)
          .join(" · ");
        const row = shownRow(w, shown, g.title);
        const cell = !row.cell || error.cell === null ? "" : md(error.cell);
        out.push(
          `| ${multi ? `${md(task ?? "")} | ` : ""}${row.rows} | ${column} | ${cell} | ${md(row.text)} |`,
        );
      }
      const shownN = shownCount(g);
      if (g.count > shownN) out.push("", w.t("more", { n: g.count - shownN }));
      out.push("");
    }
  }
  const notes = reportNotes(report, lang, options.catalogs);
  if (notes.length) out.push(`## ${w.t("notes")}`, "", ...notes.map((n) => `- ${md(n)}`), "");

  out.push(`## ${w.t("formulas")}`, "", `${w.t("formulaVersion")}: ${scores.formulaVersion}`, "");
  for (const d of DIMENSIONS)
    out.push(`- **${dimensionLabel(d, lang)}**: ${md(scores.dimensions[d].formula[lang])}`);
  out.push(`- **${w.t("overall")}**: ${md(scores.overallFormula[lang])}`, "");
  return out.join("\n");
}
