import type { FieldType } from "@ciudata/table";

/** A number, or a date or date-time written in ISO 8601 (`2024-03-01`, `2024-03-01T10:00:00.000Z`). */
export type StatValue = number | string;

/** The five quantiles `describeTable` reports: p05, p25, p50 (the median), p75 and p95. */
export interface Quantiles {
  p05: StatValue;
  p25: StatValue;
  p50: StatValue;
  p75: StatValue;
  p95: StatValue;
}

/** One bar of a histogram: the values from `from` (included) to `to` (included in the last bar). */
export interface HistogramBin {
  from: StatValue;
  to: StatValue;
  count: number;
}

/**
 * The spread of a column of numbers or dates, from the cells of its type. `min`, `max` and `mean` are
 * always exact; the quantiles and the histogram are exact when `exact`, else estimated (see
 * {@link ColumnStats.distinctExact}: from the values kept exactly plus a uniform sample of the rest).
 */
export interface Summary {
  /** `number` (integers and numbers), `date` or `datetime`: how the values are written. */
  kind: "number" | "date" | "datetime";
  /** The cells summarised: every cell read as a finite value of the type. */
  count: number;
  /** Cells of the type that are not finite numbers (`NaN`, `INF`, `-INF`): counted here, summarised nowhere. */
  nonFinite: number;
  min: StatValue;
  max: StatValue;
  mean: StatValue;
  quantiles: Quantiles;
  /** Whether the quantiles and the histogram count every value (else they are estimates). */
  exact: boolean;
  /** Ten bars of equal width from `min` to `max` (one bar when every value is the same). */
  histogram: HistogramBin[];
}

/** The most frequent values of a column, with their exact counts. */
export interface TopValues {
  /** Up to ten values, most frequent first (ties in text order), each with how many cells hold it. */
  values: { value: string; count: number }[];
  /**
   * Whether the list is surely the top ten: `false` when the column had more different values than are
   * kept exactly and the cells of the values not kept could add up to more than the last count shown.
   */
  complete: boolean;
}

/**
 * The statistics of one column. Counts always cover every row. A personal column (by the privacy
 * scan, or named by the caller) has `personal: true` and only counts: no lengths, top values or summary.
 */
export interface ColumnStats {
  /** The column's label (its header). */
  name: string;
  /** The type of the schema in force: inferred from the first rows, or given. */
  type: FieldType;
  /** The field's format (`%d/%m/%Y`…) when it has one. */
  format?: string;
  /** Classed personal: its values are never shown. */
  personal: boolean;
  /** Cells read (one per row; a row shorter than the header counts as an empty cell). */
  rows: number;
  /** Empty cells. */
  empty: number;
  /** Cells of spaces only (spaces, tabs, no-break spaces). */
  spaces: number;
  /** Cells that are not blank: `rows = empty + spaces + values`. */
  values: number;
  /** Cells that are not blank but the schema reads as missing (its `missingValues`, e.g. `s/d`). */
  missing: number;
  /** Cells that are not blank, not missing and not of the column's type (e.g. `12a` in an integer column). */
  invalid: number;
  /** Different values among the cells that are not blank. */
  distinct: number;
  /**
   * Whether `distinct` is exact. Up to `exactLimit` different values per column are counted exactly;
   * past that, `distinct` is a HyperLogLog estimate (standard error about 0.8 %).
   */
  distinctExact: boolean;
  /** The shortest and longest value that is not blank, in characters (Unicode code points). */
  lengths?: { min: number; max: number };
  /** The most frequent values (not blank). */
  top?: TopValues;
  /** For numbers and dates: min, max, mean, quantiles and a histogram. */
  summary?: Summary;
}

/** The statistics of a table: one entry per column, in the file's order. */
export interface TableStats {
  /** Resource name: the file name without extension, else `"table"`. */
  name: string;
  /** Where it came from: a file name, a URL, `"inline"` or `"stream"`. */
  place: string;
  /** Data rows read. */
  rows: number;
  /** The encoding the text was decoded with (WHATWG label) and the delimiter. */
  encoding: string;
  delimiter: string;
  /** Whether the schema was given or inferred. */
  schemaSource: "given" | "inferred";
  columns: ColumnStats[];
}
