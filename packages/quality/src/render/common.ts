import {
  type IssueCatalogs,
  issueTitle,
  type Lang,
  numberWords,
  renderIssue,
  translator,
} from "@ciudata/core";
import type { ErrorParam, Report, ReportTask, TableError } from "@ciudata/table";
import { DIMENSIONS, type Dimension, type DimensionOfOptions, dimensionOf } from "../dimensions";
import { qualityMessages } from "../messages";
import { withQuality } from "../quality-issues";
import type { DimensionStatus } from "../score";
import { groupDimension } from "../score/score";
import { continues, type ReportWords, type ShownError } from "./runs";

/**
 * Whether a param holds unmasked data and must never be printed: its name is `raw` or starts with
 * `raw` (`rawCell`, `raw_value`, `raw-value`).
 *
 * @example
 * ```ts
 * isRawParam("rawCell"); //=> true
 * isRawParam("received"); //=> false
 * ```
 */
export function isRawParam(key: string): boolean {
  return key === "raw" || /^raw[A-Z_-]/.test(key);
}

/**
 * A copy of an error without raw params (see {@link isRawParam}).
 *
 * @example
 * ```ts
 * withoutRawParams(tableError("x", { params: { rawCell: "Juan", received: "Jxxx" } })).params; //=> { received: "Jxxx" }
 * ```
 */
export function withoutRawParams(error: TableError): TableError {
  const keys = Object.keys(error.params);
  if (!keys.some(isRawParam)) return error;
  const params: Record<string, ErrorParam> = {};
  for (const k of keys) if (!isRawParam(k)) params[k] = error.params[k] as ErrorParam;
  return { ...error, params };
}

/** The errors of one type. */
export interface TypeGroup {
  type: string;
  title: string;
  dimension: Dimension;
  count: number;
  errors: number;
  warnings: number;
  /** Findings counted but left out of the report's list by its cap (`limitErrors`). */
  unlisted: number;
  /** The first ones (runs of consecutive rows as one), in report order. */
  first: ShownError[];
}

/**
 * Every error of a report grouped by dimension (in the standard's order) and type (in report order),
 * counted from the tables' totals (listed or not), with the first `max` listed of each type rendered in `lang` by {@link qualityIssues} and the `catalogs` passed.
 * Consecutive rows with the same finding in the same column are one entry (a run, see {@link ShownError}).
 * Raw params are dropped before rendering.
 * @internal
 *
 * @example
 * ```ts
 * groupErrors(report, "es", 5, [privacyIssues])[0]; //=> { dimension: "validity", types: [{ type: "type-error", count: 2, first: [...] }] }
 * ```
 */
export function groupErrors(
  report: Report,
  lang: Lang,
  max: number,
  catalogs?: IssueCatalogs,
  options: DimensionOfOptions = {},
): { dimension: Dimension; types: TypeGroup[] }[] {
  const all = withQuality(catalogs);
  const groups = new Map<string, TypeGroup>();
  const groupOf = (type: string, dimension: Dimension) => {
    const key = `${dimension}\u0000${type}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        type,
        title: issueTitle(type, lang, all),
        dimension,
        count: 0,
        errors: 0,
        warnings: 0,
        unlisted: 0,
        first: [],
      };
      groups.set(key, group);
    }
    return group;
  };
  /** Lists an error; counts it too unless the task's totals count it. */
  const add = (raw: TableError, task: string | null, count: boolean) => {
    const error = withoutRawParams(raw);
    const group = groupOf(error.type, dimensionOf(error, options));
    if (count) {
      group.count++;
      if (error.severity === "error") group.errors++;
      else group.warnings++;
    }
    const run = group.first[group.first.length - 1];
    if (run && continues(run, error, task)) {
      run.lastRow = error.rowNumber as number;
      run.count++;
    } else if (group.first.length < max)
      group.first.push({ error, task, message: renderIssue(error, lang, all), count: 1 });
  };
  for (const e of report.errors) add(e, null, true);
  for (const t of report.tasks) {
    const totals = t.totals && t.totals.listed < t.totals.findings ? t.totals : undefined;
    for (const e of t.errors) add(e, t.name, totals === undefined);
    // A run the list cap cut is said whole: its rows come from the totals, not from the list.
    for (const [type, counted] of Object.entries(t.totals?.byType ?? {}))
      for (const cut of counted.runsPastCap ?? [])
        for (const group of groups.values())
          for (const shown of group.type === type ? group.first : [])
            if (
              shown.task === t.name &&
              shown.error.rowNumber === cut.from &&
              shown.error.fieldNumber === cut.fieldNumber
            ) {
              shown.lastRow = cut.to;
              shown.count = cut.to - cut.from + 1;
            }
    for (const counted of totals?.groups ?? []) {
      const group = groupOf(counted.type, groupDimension(counted, options));
      group.count += counted.findings;
      group.errors += counted.errors;
      group.warnings += counted.warnings;
      group.unlisted += counted.findings - counted.listed;
    }
  }
  return DIMENSIONS.map((dimension) => ({
    dimension,
    types: [...groups.values()].filter((g) => g.dimension === dimension),
  })).filter((d) => d.types.length > 0);
}

/**
 * A score for people: one decimal in the language's notation (`87,5` in Spanish, `87.5` in English),
 * `—` for none.
 * @internal
 *
 * @example
 * ```ts
 * formatScore(87.5, "es"); //=> "87,5"
 * formatScore(null, "en"); //=> "—"
 * ```
 */
export function formatScore(score: number | null, lang: Lang): string {
  if (score === null) return "—";
  return numberWords(lang).number(score, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export type { ReportWords, ShownError } from "./runs";

/**
 * The report words of a language.
 * @internal
 *
 * @example
 * ```ts
 * reportWords("en").t("findingCount", { n: 1 }); //=> "1 finding"
 * ```
 */
export function reportWords(lang: Lang): ReportWords {
  return translator(qualityMessages, lang);
}

/**
 * A status in words: `fail` → "no aprobado".
 * @internal
 *
 * @example
 * ```ts
 * statusWord(reportWords("es"), "fail"); //=> "no aprobado"
 * ```
 */
export function statusWord(w: ReportWords, status: DimensionStatus): string {
  return w.t(`status.${status}`);
}

/**
 * A table's counts in words, with agreeing plurals: "4 filas, 2 columnas, 1 error, 0 avisos"; data
 * rows and blank lines apart when there are blank lines ("3 filas de datos, 2 líneas en blanco, …"),
 * as `inspect` counts them.
 * @internal
 *
 * @example
 * ```ts
 * taskCounts(reportWords("en"), task); //=> "4 rows, 2 columns, 1 error, 0 warnings"
 * ```
 */
export function taskCounts(w: ReportWords, task: ReportTask, separator = ", "): string {
  const blank = task.stats.blankRows ?? 0;
  const rows =
    blank > 0
      ? [
          w.t("dataRowCount", { n: task.stats.dataRows ?? task.stats.rows - blank }),
          w.t("blankRowCount", { n: blank }),
        ]
      : [w.t("rowCount", { n: task.stats.rows })];
  return [
    ...rows,
    w.t("columnCount", { n: task.stats.fields }),
    w.t("errorCount", { n: task.stats.errors }),
    w.t("warningCount", { n: task.stats.warnings }),
  ].join(separator);
}

/** frictionless' note for a capped list, which reports for people word from the totals instead. */
const LIMIT_NOTE = /^reached error limit: \d+$/;

/**
 * The notes of a report for people: its own and its tables' notes, where a capped list of errors is
 * said in the report's language with how many findings of each type were not listed.
 * @internal
 *
 * @example
 * ```ts
 * reportNotes(report, "es");
 * //=> ["padron: la lista de errores se corta en 1.000; …", "sin listar: 4.000 hallazgos más de «…» (constraint-error)."]
 * ```
 */
export function reportNotes(report: Report, lang: Lang, catalogs?: IssueCatalogs): string[] {
  const w = reportWords(lang);
  const all = withQuality(catalogs);
  const notes = [...report.warnings];
  for (const task of report.tasks) {
    notes.push(...task.warnings.filter((n) => !(task.totals && LIMIT_NOTE.test(n))));
    const totals = task.totals;
    const hidden = Object.entries(totals?.hidden ?? {});
    if (hidden.length) notes.push(w.t("hiddenNote", { task: task.name }));
    for (const [type, n] of hidden)
      notes.push(w.t("hiddenType", { n, title: issueTitle(type, lang, all), type }));
    if (!totals || totals.listed >= totals.findings) continue;
    notes.push(w.t("limitNote", { task: task.name, limit: totals.limit ?? totals.listed }));
    for (const [type, t] of Object.entries(totals.byType))
      if (t.findings > t.listed)
        notes.push(
          w.t("unlistedType", { n: t.findings - t.listed, title: issueTitle(type, lang, all), type }),
        );
  }
  return notes;
}
