import {
  type ErrorParam,
  errorTitle,
  type Lang,
  type Report,
  renderMessage,
  type TableError,
} from "@ciudata/table";
import { DIMENSIONS, type Dimension, type DimensionOfOptions, dimensionOf } from "../dimensions";
import { registerProfileMessages } from "../profiles/messages";

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

/** One error as the renderers show it. */
export interface ShownError {
  error: TableError;
  /** The task (table) it belongs to, `null` for report-level errors. */
  task: string | null;
  message: string;
}

/** The errors of one type. */
export interface TypeGroup {
  type: string;
  title: string;
  dimension: Dimension;
  count: number;
  errors: number;
  warnings: number;
  /** The first ones, in report order. */
  first: ShownError[];
}

/**
 * Every error of a report grouped by dimension (in the standard's order) and type (in report order),
 * with the first `max` of each type rendered in `lang`. Raw params are dropped before rendering.
 * @internal
 *
 * @example
 * ```ts
 * groupErrors(report, "es", 5)[0]; //=> { dimension: "validity", types: [{ type: "type-error", count: 2, first: [...] }] }
 * ```
 */
export function groupErrors(
  report: Report,
  lang: Lang,
  max: number,
  options: DimensionOfOptions = {},
): { dimension: Dimension; types: TypeGroup[] }[] {
  registerProfileMessages();
  const groups = new Map<string, TypeGroup>();
  const add = (raw: TableError, task: string | null) => {
    const error = withoutRawParams(raw);
    const dimension = dimensionOf(error, options);
    const key = `${dimension}\u0000${error.type}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        type: error.type,
        title: errorTitle(error.type, lang),
        dimension,
        count: 0,
        errors: 0,
        warnings: 0,
        first: [],
      };
      groups.set(key, group);
    }
    group.count++;
    if (error.severity === "error") group.errors++;
    else group.warnings++;
    if (group.first.length < max) group.first.push({ error, task, message: renderMessage(error, lang) });
  };
  for (const e of report.errors) add(e, null);
  for (const t of report.tasks) for (const e of t.errors) add(e, t.name);
  return DIMENSIONS.map((dimension) => ({
    dimension,
    types: [...groups.values()].filter((g) => g.dimension === dimension),
  })).filter((d) => d.types.length > 0);
}

/**
 * A score for people: one decimal, decimal comma in Spanish and Portuguese, `—` for none.
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
  const s = score.toFixed(1);
  return lang === "en" ? s : s.replace(".", ",");
}
