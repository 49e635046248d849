import { type Lang, labelKey, type Translator, translator } from "@ciudata/core";
import type { CheckContext } from "@ciudata/table";
import { isInCodeList } from "../../codelists/registry";
import { detectLayout, type Layout } from "../../detect/detect";
import { disaggregationMessages } from "../../messages/messages";
import type { Mapping } from "../../normalise/mapping";
import { createNormaliser, type Normaliser } from "../../normalise/normaliser";
import type { Standard } from "../../standard/schema";
import { mendozaStandard, type ResolvedDimension, resolveDimensions } from "../../standard/standard";
import { parseNumber } from "../../text";

/** Options shared by every disaggregation check. */
export interface DisaggregationCheckOptions {
  /** The standard (default: the built-in Mendoza-style one). */
  standard?: Standard;
  /** Which kind of dataset of the standard the table is (default: the standard's `defaultDataset`). */
  dataset?: string;
  /** The user's mapping of spellings to codes. */
  mapping?: Mapping;
  /** One-letter sex codes: `dni` (M = masculino, default) or `curp` (M = mujer). */
  sexLetters?: "dni" | "curp";
  /**
   * The country whose territory code lists code territory names (`pe-ubigeo`…; default the standard's
   * `territoryCodeList`, else detected by the code-list check from the column's values).
   */
  codelist?: string;
  /** `aggregate` (counts), `microdata` (one row per case) or `auto` (default: aggregate when totals or wide groups are seen). */
  kind?: "aggregate" | "microdata" | "auto";
  /** Columns holding counts or amounts in an aggregate table (default: numeric columns that are not keys). */
  measures?: readonly string[];
  /** Most errors one check reports of one type (default 50); the rest are summed up in the last one. */
  maxErrors?: number;
}

/** What a check knows once the header is read. */
export interface CheckSetup {
  standard: Standard;
  dims: Record<string, ResolvedDimension>;
  layout: Layout;
  normalisers: Map<number, Normaliser>;
  lang: Lang;
}

let fallback: Standard | null = null;

/** Setups already made for a table's context, per options object (the checks of one set share them). */
const made = new WeakMap<CheckContext, Map<DisaggregationCheckOptions, CheckSetup>>();

/**
 * Reads the header once per table and options: layout, resolved code lists and one normaliser per long
 * column. The checks made together by `disaggregationChecks` share one setup, so each cell is normalised
 * once per row, not once per check. @internal
 */
export function setup(ctx: CheckContext, options: DisaggregationCheckOptions): CheckSetup {
  let byOptions = made.get(ctx);
  if (!byOptions) {
    byOptions = new Map();
    made.set(ctx, byOptions);
  }
  const known = byOptions.get(options);
  if (known) return known;
  const s = makeSetup(ctx, options);
  byOptions.set(options, s);
  return s;
}

function makeSetup(ctx: CheckContext, options: DisaggregationCheckOptions): CheckSetup {
  if (!options.standard && !fallback) fallback = mendozaStandard();
  const standard = options.standard ?? (fallback as Standard);
  const labels = ctx.labels.length ? ctx.labels : ctx.fields.map((f) => f.name);
  const layout = detectLayout(labels, { standard, fields: ctx.fields });
  const normalisers = new Map<number, Normaliser>();
  for (const col of layout.long)
    normalisers.set(
      col.index,
      createNormaliser(col.dimension, {
        standard,
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.sexLetters ? { sexLetters: options.sexLetters } : {}),
        ...(options.codelist ? { codelist: options.codelist } : {}),
      }),
    );
  return { standard, dims: resolveDimensions(standard), layout, normalisers, lang: ctx.lang };
}

/** The name of a dimension in the report's language. @internal */
export const dimLabel = (s: CheckSetup, dimension: string): string =>
  s.dims[dimension]?.label[s.lang] ?? dimension;

/** Whether a code is allowed for a dimension (in any of its lists, or a special `_` code). @internal */
export function allowed(s: CheckSetup, dimension: string, code: string): boolean {
  const dim = s.dims[dimension];
  if (!dim) return true;
  return dim.lists.some((l) => isInCodeList(l, code));
}

const KEY_NAMES =
  /(^|_)(ano|anio|year|periodo|period|mes|month|fecha|date|dia|day|id|cod|codigo|code|clave|cve|ubigeo|trimestre|semestre)(_|$)/;

/** Measure columns: the ones named in options, else numeric-looking columns that are not keys or dimensions. @internal */
export function measureColumns(
  labels: readonly string[],
  options: DisaggregationCheckOptions,
  layout: Layout,
  sample: readonly string[],
): number[] {
  if (options.measures) {
    const wanted = new Set(options.measures.map(labelKey));
    return labels.map((l, i) => (wanted.has(labelKey(l)) ? i : -1)).filter((i) => i !== -1);
  }
  const dimensionCols = new Set(layout.long.map((c) => c.index));
  for (const g of layout.wide) {
    for (const p of g.parts) dimensionCols.add(p.index);
    if (g.total) dimensionCols.add(g.total.index);
  }
  return labels
    .map((_, i) => i)
    .filter((i) => {
      if (dimensionCols.has(i)) return false;
      if (KEY_NAMES.test(labelKey(labels[i] ?? ""))) return false;
      const cell = sample[i];
      return cell !== undefined && parseNumber(cell) !== null && !/^0\d/.test(cell.trim());
    });
}

/** The check hints (what to do) in a language. @internal */
export const hints = (lang: Lang): Translator<(typeof disaggregationMessages)["es"]>["t"] =>
  translator(disaggregationMessages, lang).t;

/** Rounds an amount for a report (two decimals at most), kept a number: messages format it per language. @internal */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Roles of the "unknown" kind: unknown, non response, not available. @internal */
export const UNKNOWN_CODES: ReadonlySet<string> = new Set(["_U", "_N", "_X"]);
