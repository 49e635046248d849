import { CiudataError, type Issue } from "@ciudata/core";
import { territoryCandidates } from "@ciudata/disaggregation";
import { personalFields, requireColumns } from "@ciudata/privacy";
import {
  type Masking,
  maskedColumns,
  type OpenedTable,
  type OpenTableInput,
  type OpenTableOptions,
  openTable,
  type RawRow,
} from "@ciudata/table";
import {
  type ColumnAccumulator,
  type ColumnsSpec,
  columnAccumulators,
  countRows,
  QUANTILE_LIMIT,
} from "./column";
import type { TableStats } from "./types";

/** Options of {@link describeTable}. */
export interface DescribeOptions
  extends Pick<
    OpenTableOptions,
    "schema" | "dialect" | "encoding" | "name" | "signal" | "onProgress" | "limits"
  > {
  /** Only these columns (by label; case and accents ignored when no label matches exactly). */
  columns?: readonly string[];
  /**
   * Which columns are personal (counts only, never a value). Default: the privacy scan of
   * `@ciudata/privacy` (`personalFields`) over the header and the first rows, place names not taken for
   * people's names. `{ personal: [], all: true }` treats every column as personal.
   */
  masking?: Masking;
  /** Rows read to infer the schema when none is given (default 10,000). */
  inferSample?: number;
  /**
   * Different values counted exactly per column (default 50,000). Past it, `distinct` is a HyperLogLog
   * estimate, the values counted (and so the top ten) are those of a fixed half, quarter… of the texts
   * chosen by hash, whatever the row order, and memory stays bounded.
   */
  exactLimit?: number;
  /**
   * Different numbers (and dates) kept per column, past `exactLimit`, each with how many cells hold it,
   * for exact quantiles and histogram (default 1,048,576, 20 bytes each): exact while the different
   * numbers fit, however many cells hold them. Past it, they come from the numbers of a share of the
   * texts chosen by hash (each with its exact count), and the summary says `exact: false`.
   */
  quantileLimit?: number;
}

/** Rows kept for the privacy scan. */
const SCAN_ROWS = 1000;

/** The default privacy scan: direct and quasi-identifiers and free text, place names not taken for names. */
const privacyScan: Masking = {
  personal: (labels, sample) =>
    personalFields(labels, sample, undefined, (value) => territoryCandidates(value).length > 0),
};

/**
 * Column statistics of a table in one streaming pass (memory bounded, whatever its length): per
 * column the type, counts of rows, empty and space-only cells, values missing or not of the type,
 * distinct values, lengths, the ten most frequent values, and for numbers and dates min, max, mean,
 * quantiles and a histogram. Numbers are read with the column's conventions (decimal comma…).
 * Personal columns (by the privacy scan) get counts only. Throws a `CiudataError` when the input cannot
 * be read as a table, a read stops (a limit, a quote never closed) or a column asked for is not there.
 *
 * @example
 * ```ts
 * const stats = await describeTable("barrio;monto\nCentro;1.234,5\nNorte;10\n");
 * stats.columns[1].summary?.max; //=> 1234.5
 * stats.columns[0].top?.values; //=> [{ value: "Centro", count: 1 }, { value: "Norte", count: 1 }]
 * ```
 */
export async function describeTable(
  input: OpenTableInput,
  options: DescribeOptions = {},
): Promise<TableStats> {
  return streamStats(await openStats(input, options));
}

/** Runs the privacy scan of an opened table, then counts every row as it streams: its statistics. @internal */
export async function streamStats(opened: StatsOpening): Promise<TableStats> {
  try {
    await opened.scan();
  } catch (error) {
    await opened.table.close();
    throw error;
  }
  const { accumulators, rows } = await countStream(opened);
  return opened.finish(accumulators, rows);
}

/** Counts every row of an opened table as it streams (the rows held first). @internal */
export async function countStream(
  opened: StatsOpening,
): Promise<{ accumulators: ColumnAccumulator[]; rows: number }> {
  const accumulators = columnAccumulators(opened.spec, false);
  let rows = 0;
  const cells: string[][] = [];
  const count = (batch: readonly RawRow[]) => {
    rows += batch.length;
    cells.length = batch.length;
    for (let r = 0; r < batch.length; r++) cells[r] = (batch[r] as RawRow).cells;
    countRows(accumulators, opened.picked, cells);
  };
  for (const batch of opened.held) count(batch);
  opened.held.length = 0;
  const batches = opened.batches;
  while (true) {
    const next = await batches.next();
    if (next.done) break;
    count(next.value);
  }
  return { accumulators, rows };
}

/**
 * A table opened for its statistics, before its cells are counted: the columns picked, the personal
 * ones (from the first rows, read and held), and how to make the accumulators and the result.
 * @internal
 */
export interface StatsOpening {
  table: OpenedTable;
  labels: string[];
  /** The column positions counted, in the order asked for. */
  picked: number[];
  /** The column positions classed personal (once {@link StatsOpening.scan} has run). */
  readonly personal: ReadonlySet<number>;
  /**
   * What makes the accumulators of the picked columns. Before the privacy scan no column is counts
   * only (counting may start while the scan runs: a personal column's values are never shown anyway).
   */
  spec: ColumnsSpec;
  /** The first batches of rows, read for the privacy scan and not counted yet; then the rest. */
  held: (readonly RawRow[])[];
  batches: AsyncIterator<readonly RawRow[]>;
  /**
   * Reads the first rows (held, not counted) and runs the privacy scan on them: the personal columns,
   * then counts only in `spec`.
   */
  scan(): Promise<ReadonlySet<number>>;
  /** The statistics from the accumulators of every row (after {@link StatsOpening.scan}). */
  finish(accumulators: readonly ColumnAccumulator[], rows: number): TableStats;
}

/**
 * Opens a table for {@link describeTable} (and `describeFile`): the schema (inferred from the first
 * rows when none is given) and the columns; the privacy scan runs apart (`scan`), so that counting
 * may start meanwhile.
 * @internal
 */
export async function openStats(input: OpenTableInput, options: DescribeOptions): Promise<StatsOpening> {
  const {
    columns: wanted,
    masking = privacyScan,
    exactLimit = 50_000,
    quantileLimit = QUANTILE_LIMIT,
    inferSample = 10_000,
    ...open
  } = options;
  const table = await openTable(input, { ...open, inferSample });
  if (table.stopped !== null || table.schema === null) {
    await table.close();
    throw new CiudataError(nonEmpty(table.issues));
  }
  const labels = table.labels.length ? table.labels : table.fields.map((f) => f.name);
  let picked: number[];
  try {
    picked = wanted?.length ? requireColumns(labels, wanted) : labels.map((_, i) => i);
  } catch (error) {
    await table.close();
    throw error;
  }
  const missingValues = table.missingValues;
  const fields = picked.map((i) => {
    const field = { ...(table.fields[i] ?? { name: labels[i] ?? `field${i + 1}`, type: "any" as const }) };
    field.name = labels[i] ?? field.name;
    return field;
  });
  const batches = table.batches()[Symbol.asyncIterator]();
  const held: (readonly RawRow[])[] = [];
  const spec: ColumnsSpec = {
    fields,
    missingValues,
    countsOnly: picked.map(() => false),
    exactLimit,
    quantileLimit,
  };
  let personal: ReadonlySet<number> | null = null;
  const scanned = (): ReadonlySet<number> => {
    if (personal === null) throw new Error("describeTable: the privacy scan has not run");
    return personal;
  };
  return {
    table,
    labels,
    picked,
    get personal() {
      return scanned();
    },
    spec,
    held,
    batches,
    async scan() {
      if (personal !== null) return personal;
      // The privacy scan reads the first rows: they are read and held (not counted yet).
      const sample: string[][] = [];
      while (sample.length < SCAN_ROWS) {
        const next = await batches.next();
        if (next.done) break;
        held.push(next.value);
        for (const row of next.value) if (sample.length < SCAN_ROWS) sample.push(row.cells.slice());
      }
      const found = maskedColumns(masking, labels, sample);
      personal = found;
      spec.countsOnly = picked.map((i) => found.has(i));
      return found;
    },
    finish(accumulators, rows) {
      const masked = scanned();
      return {
        name: table.name,
        place: table.place,
        rows,
        encoding: table.encoding?.encoding ?? "utf-8",
        delimiter: table.dialect?.delimiter ?? ",",
        schemaSource: table.schemaSource ?? "inferred",
        columns: accumulators.map((a, j) => a.result(masked.has(picked[j] as number))),
      };
    },
  };
}

function nonEmpty(issues: readonly Issue[]): [Issue, ...Issue[]] {
  if (issues.length === 0) throw new Error("describeTable: a table that stopped without an issue");
  return issues as [Issue, ...Issue[]];
}
