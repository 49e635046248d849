import { CiudataError, type IssueCatalog, type PerLang, resolveLang } from "@ciudata/core";
import type { RawRow } from "../parse";
import type { TableError } from "../report/error";
import { localize } from "../report/localize";
import { createReport, type Report, type ReportTask } from "../report/report";
import type { TableSchema } from "../schema";
import type { Check, CheckContext, RangeCheckPlan, RowView } from "./check";
import { createErrorSink } from "./error-sink";
import { checkLabelsByName } from "./fields-match";
import { checkLabels } from "./labels";
import { cellMask, shownColumns } from "./mask";
import { type OpenTableInput, openTableParts } from "./open-table";
import type { ValidateOptions } from "./options";
import { createRowProcessor } from "./row-processor";
import { mergeByRow, type RowPlan, type RowRunner, type RowRunResult } from "./row-runner";

/** A source already opened (e.g. by `openPath` from `@ciudata/table/node`). */
export type ValidateInput = OpenTableInput;

const now = () => (typeof performance === "undefined" ? Date.now() : performance.now());

/** Everything the runner learnt while reading, beside the report. */
export interface ReadOutcome {
  report: Report;
  schema: TableSchema | null;
  /** Blank rows among the data rows read (every cell empty); `null` when a row runner read them and did not replay them. */
  blankRows: number | null;
}

/**
 * Reads a table ONCE and checks it: encoding, format, dialect, labels, structure (blank rows,
 * missing and extra cells), types and constraints of the Table Schema (given or inferred), plus any
 * extra checks, all in the same pass. Never throws for bad data: problems are in the report.
 *
 * @example
 * ```ts
 * const report = await validateTable("id;monto\n1;1.234,5\n2;x\n", {
 *   schema: { fields: [{ name: "id", type: "integer" }, { name: "monto", type: "number", decimalChar: ",", groupChar: "." }] },
 * });
 * report.valid; //=> false
 * flatten(report, ["rowNumber", "fieldNumber", "type"]); //=> [[3, 2, "type-error"]]
 * ```
 */
export async function validateTable(input: ValidateInput, options: ValidateOptions = {}): Promise<Report> {
  return (await readAndCheck(input, options)).report;
}

/** The caller's catalogs and those of the checks, to word every issue of the report. */
function catalogsOf(options: ValidateOptions): PerLang<IssueCatalog>[] {
  const given = options.catalogs;
  const list: PerLang<IssueCatalog>[] =
    given === undefined ? [] : Array.isArray(given) ? [...given] : [given as PerLang<IssueCatalog>];
  for (const check of options.checks ?? [])
    if (check.issues && !list.includes(check.issues)) list.push(check.issues);
  return list;
}

/** @internal the runner behind validateTable and inspectTable. */
export async function readAndCheck(
  input: ValidateInput,
  options: ValidateOptions = {},
): Promise<ReadOutcome> {
  const started = now();
  const lang = resolveLang(options.lang);
  const sink = createErrorSink(options);
  // Which findings were reported (listed or not), so the decoder's are not counted twice at the end.
  const seen = new WeakSet<TableError>();
  const report = (e: TableError) => {
    seen.add(e);
    sink.report(e);
  };
  const errors = sink.errors;
  const warnings: string[] = [];

  const { table, decoded, sampleError, sample } = await openTableParts(input, options);
  if (decoded === null || table.detected === null)
    return {
      report: localize(createReport([], [...table.issues]), lang, catalogsOf(options)),
      schema: null,
      blankRows: 0,
    };
  const detected = table.detected;
  let bytesRead: number | null = null;
  let blankRows: number | null = 0;
  const finish = (rows: number, fields: number, schema: TableSchema | null): ReadOutcome => {
    if (sink.limited()) warnings.push(`reached error limit: ${sink.limit}`);
    const task: ReportTask = {
      valid: sink.errorCount() === 0,
      name: table.name,
      type: "table",
      place: table.place,
      labels: table.labels,
      stats: {
        bytes: bytesRead ?? decoded.bytesRead(),
        rows,
        ...(blankRows === null ? {} : { dataRows: rows - blankRows, blankRows }),
        fields,
        errors: sink.errorCount(),
        warnings: sink.warningCount(),
        seconds: Math.round(now() - started) / 1000,
      },
      detected,
      warnings,
      errors,
      totals: sink.totals(fields),
    };
    return { report: localize(createReport([task]), lang, catalogsOf(options)), schema, blankRows };
  };

  for (const e of table.issues) report(e);
  const { dialect, schema } = table;
  if (table.stopped !== null || dialect === null || schema === null) return finish(0, 0, schema);

  const schemaGiven = table.schemaSource === "given";
  const ignoreCase = options.dialect?.headerCase === false;
  const mode = table.fieldsMatch;
  const { labels, fields, missingValues } = table;
  // Personal columns (as the caller classed them) are masked whole; the others are shown as they are.
  const shown = shownColumns(
    options.masking,
    labels,
    fields.map((f) => f.name),
    sample,
  );
  const mask = cellMask(options.revealCells === true, shown);
  const ctx: CheckContext = { labels, fields, schema, lang, report, mask };
  const checks = options.checks ?? [];

  if (dialect.header) {
    if (mode === "exact") checkLabels(labels, fields, schema, ctx, schemaGiven, ignoreCase);
    else checkLabelsByName(labels, schema, mode, ignoreCase, ctx);
  }
  for (const check of checks) check.onStart?.(ctx);

  const fieldCount = fields.length;
  let rowCount = 0;
  const rows = createRowProcessor({
    fields,
    labels,
    missingValues,
    lang,
    mask,
    report,
    keepValues: checks.length > 0,
  });
  const values = rows.values;
  const processRow = (raw: RawRow) => {
    rowCount++;
    if (blankRows !== null && isBlank(raw.cells)) blankRows++;
    // Every row is checked whatever the cap on the list: scores and counts come from all of them.
    const blank = rows.process(raw);
    if (checks.length) {
      const view: RowView = { rowNumber: raw.rowNumber, cells: raw.cells, values, blank };
      for (const check of checks) check.onRow?.(view, ctx);
    }
  };

  try {
    // Checks that run inside the ranges of a parallel read (null: replayed, or read here).
    const ranged = options.rowRunner
      ? checks.map((check) => (check.mergeRanges ? (check.inRanges?.() ?? null) : null))
      : [];
    // Another reader (e.g. worker threads) may take the data rows; it returns null to leave them here.
    const elsewhere =
      // A spreadsheet's rows come from its sheet, not from byte ranges of the file.
      options.rowRunner && table.source && !decoded.sheet
        ? await runElsewhere(
            options.rowRunner,
            {
              source: table.source,
              encoding: decoded.encoding.encoding,
              bomBytes: decoded.bomBytes,
              dialect,
              sample: decoded.sample,
              lastHeaderRow:
                dialect.header && dialect.headerRows.length ? Math.max(...dialect.headerRows) : 0,
              fields,
              labels,
              missingValues,
              lang,
              revealCells: options.revealCells === true,
              shownColumns: shown,
              pickErrors: options.pickErrors,
              skipErrors: options.skipErrors,
              // Every finding comes back to be counted here; the list is cut by this sink.
              limitErrors: Number.POSITIVE_INFINITY,
              signal: options.signal,
              onProgress: options.onProgress,
            },
            checks,
            ranged,
            sampleError === null && decoded.errors.every((e) => e.severity !== "error"),
          )
        : null;
    if (elsewhere) {
      await table.close();
      Object.assign(detected, elsewhere.detected);
      bytesRead = elsewhere.bytes;
      rowCount = elsewhere.rows;
      blankRows = elsewhere.blankRows ?? null;
      // Each check's row findings apart, then merged by row in the order of the checks (as one pass has them).
      const found: TableError[][] = checks.map(() => []);
      const contexts = found.map((list): CheckContext => ({ ...ctx, report: (e) => list.push(e) }));
      const replayed = checks.flatMap((check, k) =>
        ranged[k] ? [] : [{ check, ctx: contexts[k] as CheckContext }],
      );
      if (replayed.length > 0 || blankRows === null) {
        let blanks = 0;
        elsewhere.replay((view) => {
          if (view.blank) blanks++;
          for (const { check, ctx: its } of replayed) check.onRow?.(view, its);
        });
        blankRows ??= blanks;
      }
      try {
        let r = 0;
        checks.forEach((check, k) => {
          if (!ranged[k]) return;
          const states = elsewhere.rangeStates[r++] ?? [];
          check.mergeRanges?.(states, { ...(contexts[k] as CheckContext), row: elsewhere.row });
        });
      } finally {
        elsewhere.release();
      }
      const fromChecks = found.reduce<TableError[]>((all, list) => mergeByRow(all, list), []);
      for (const e of mergeByRow(elsewhere.errors, fromChecks)) report(e);
    } else {
      for await (const batch of table.batches()) for (const row of batch) processRow(row);
    }
    for (const check of checks) await check.onFinish?.(ctx);
  } catch (cause) {
    if (cause instanceof CiudataError) for (const e of cause.errors) report(e);
    else throw cause;
  }
  // Errors found by the decoder while streaming (e.g. invalid bytes after the sample).
  for (const e of decoded.errors) if (!seen.has(e)) report(e);
  return finish(rowCount, fieldCount, schema);
}

/**
 * Hands the data rows to a {@link RowRunner} when every check either runs inside the ranges
 * (`inRanges`) or can be replayed from the values it declares it reads (`valuesRead`), and nothing
 * went wrong so far; `null` otherwise.
 */
async function runElsewhere(
  runner: RowRunner,
  plan: Omit<RowPlan, "valueFields" | "rangeChecks">,
  checks: readonly Check[],
  ranged: readonly (RangeCheckPlan | null)[],
  clean: boolean,
): Promise<RowRunResult | null> {
  if (!clean) return null;
  const valueFields = new Set<number>();
  // Checks with the same plan (e.g. two that count the same columns' distinct cells) share one run.
  const plans = new Map<string, number>();
  const rangeChecks: RangeCheckPlan[] = [];
  const ofCheck: number[] = [];
  for (const [k, check] of checks.entries()) {
    const inRanges = ranged[k];
    if (inRanges) {
      const key = JSON.stringify([inRanges.of, inRanges.file, inRanges.factory, inRanges.options]);
      let at = plans.get(key);
      if (at === undefined) {
        at = rangeChecks.push(inRanges) - 1;
        plans.set(key, at);
      }
      ofCheck.push(at);
      continue;
    }
    if (!check.valuesRead) return null;
    for (const i of check.valuesRead()) valueFields.add(i);
  }
  const result = await runner({ ...plan, valueFields: [...valueFields].sort((a, b) => a - b), rangeChecks });
  // One list of range states per range check, in the order of the checks.
  return result && { ...result, rangeStates: ofCheck.map((at) => result.rangeStates[at] ?? []) };
}

/** A row whose every cell is empty (a blank line), as the row processor reports `blank-row`. */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== "") return false;
  return true;
}
