import type { IssueCatalogs, Lang } from "@ciudata/core";
import type { Report } from "@ciudata/table";
import { DIMENSIONS, dimensionLabel } from "../dimensions";
import type { QualityScores } from "../score";
import { formatScore, groupErrors, reportNotes, reportWords, statusWord, taskCounts } from "./common";
import * as runs from "./runs";
import { STATUS_MARK } from "./words";

/** Options of the renderers. */
export interface RenderOptions {
  /** How many errors of each type to show (default 5 in text and Markdown, 20 in HTML). */
  maxPerType?: number;
  /** Show how each score is computed (default true). */
  formulas?: boolean;
  /**
   * Catalogs that word error types of other packages (privacy, disaggregation…); quality's own
   * `qualityIssues` and the table's are always used.
   */
  catalogs?: IssueCatalogs;
  /**
   * A map section for the HTML report (ignored by the other renderers): its heading, an SVG built by the
   * caller with every text in it escaped (for example `@ciudata/geo`'s `choropleth` of the rows per
   * territory) and notes under it. Defaults to none.
   */
  map?: ReportMap;
}

/** A map for {@link RenderOptions.map}. */
export interface ReportMap {
  /** The section's heading, in the report's language. */
  readonly title: string;
  /** The `<svg>…</svg>`, trusted as it is (no script; every text in it escaped by its maker). */
  readonly svg: string;
  /** Lines under the map (rows in no territory, what is hidden), escaped here. */
  readonly notes?: readonly string[];
}

const BAR = 20;

function bar(score: number | null): string {
  if (score === null) return " ".repeat(BAR);
  const full = Math.round((score / 100) * BAR);
  return "█".repeat(full) + "░".repeat(BAR - full);
}

/**
 * A report as terminal text, Spanish by default: each table's counts, the outcome, one line per dimension
 * (score bar, status, findings), then per dimension the errors of each type with the first messages, and
 * the formulas.
 *
 * @example
 * ```ts
 * const report = await validateTable(csv, { schema });
 * console.log(renderText(report, scoreReport(report)));
 * // Informe de calidad de datos
 * // padron: ✘ con errores — 4 filas, 2 columnas, 2 errores, 0 avisos
 * // Resultado: ✘ no aprobado · Puntaje general: 87,5
 * // ✘ Validez        75,0 ███████████████░░░░░  2 …
 * ```
 */
export function renderText(
  report: Report,
  scores: QualityScores,
  lang: Lang = "es",
  options: RenderOptions = {},
): string {
  const w = reportWords(lang);
  const max = options.maxPerType ?? 5;
  const lines: string[] = [w.t("title"), ""];
  for (const task of report.tasks)
    lines.push(`${task.name}: ${task.valid ? w.t("valid") : w.t("invalid")} — ${taskCounts(w, task)}`);
  if (report.tasks.length === 0) lines.push(report.valid ? w.t("valid") : w.t("invalid"));
  lines.push(
    `${w.t("outcome")}: ${STATUS_MARK[scores.outcome]} ${statusWord(w, scores.outcome)} · ${w.t("overall")}: ${formatScore(scores.overall, lang)}`,
    "",
  );
  const labelWidth = Math.max(...DIMENSIONS.map((d) => dimensionLabel(d, lang).length));
  for (const d of DIMENSIONS) {
    const s = scores.dimensions[d];
    const label = dimensionLabel(d, lang).padEnd(labelWidth);
    const score = formatScore(s.score, lang).padStart(5);
    const tail = s.score === null ? (s.reason?.[lang] ?? "") : w.t("findingCount", { n: s.findings });
    lines.push(
      `${STATUS_MARK[s.status]} ${label} ${score} ${bar(s.score)}  ${statusWord(w, s.status)} · ${tail}`,
    );
  }

  const grouped = groupErrors(report, lang, max, options.catalogs);
  if (grouped.length) lines.push("", w.t("byDimension"));
  for (const { dimension, types } of grouped) {
    lines.push("", `${dimensionLabel(dimension, lang)}`);
    for (const g of types) {
      lines.push(`  ${w.words.number(g.count).padStart(5)} × ${g.title} (${g.type})`);
      for (const shown of g.first) {
        const where = report.tasks.length > 1 && shown.task ? `[${shown.task}] ` : "";
        const text = runs.shownRow(w, shown, g.title).text;
        lines.push(`        ${shown.error.severity === "warning" ? "!" : "✘"} ${where}${text}`);
      }
      const shownN = runs.shownCount(g);
      if (g.count > shownN) lines.push(`        ${w.t("more", { n: g.count - shownN })}`);
    }
  }
  const notes = reportNotes(report, lang, options.catalogs);
  if (notes.length) lines.push("", w.t("notes"), ...notes.map((n) => `  ! ${n}`));

  if (options.formulas === false) return `${lines.join("\n")}\n`;
  lines.push("", `${w.t("formulas")} (${w.t("formulaVersion")} ${scores.formulaVersion})`);
  for (const d of DIMENSIONS) {
    const s = scores.dimensions[d];
    lines.push(`  ${s.formula[lang]}`);
    if (s.score !== null) lines.push(`    ${s.computation[lang]}`);
  }
  lines.push(`  ${scores.overallFormula[lang]}`);
  return `${lines.join("\n")}\n`;
}
