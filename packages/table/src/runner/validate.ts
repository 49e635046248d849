import { type OpenedSource, openSource, type SourceInput } from "../bytes";
import { sniffDialect } from "../dialect";
import { type DecodedSource, decodeSource, emptySourceError } from "../encoding";
import { inferSchema } from "../infer";
import { type RawRow, readTable, type TableReader } from "../parse";
import { CiudataError } from "@ciudata/core";
import type { TableError } from "../report/error";
import { localize } from "../report/localize";
import { maskCell } from "@ciudata/core";
import { createReport, type Report, type ReportTask } from "../report/report";
import { type Field, parseTableSchema, type TableSchema } from "../schema";
import type { Check, CheckContext, RowView } from "./check";
import { createErrorSink } from "./error-sink";
import { checkLabelsByName, mapFields, resolveFieldsMatch } from "./fields-match";
import { checkLabels } from "./labels";
import type { ValidateOptions } from "./options";
import { createRowProcessor } from "./row-processor";
import { mergeByRow, type RowPlan, type RowRunner, type RowRunResult } from "./row-runner";

/** A source already opened (e.g. by `openPath` from `@ciudata/table/node`). */
export type ValidateInput = SourceInput | OpenedSource;

const isOpened = (x: unknown): x is OpenedSource =>
  typeof x === "object" && x !== null && "chunks" in x && "size" in x && "name" in x;

const now = () => (typeof performance === "undefined" ? Date.now() : performance.now());

/** Everything the runner learnt while reading, beside the report. */
export interface ReadOutcome {
  report: Report;
  schema: TableSchema | null;
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

/** @internal the runner behind validateTable and inspectTable. */
export async function readAndCheck(
  input: ValidateInput,
  options: ValidateOptions = {},
): Promise<ReadOutcome> {
  const started = now();
  const lang = options.lang ?? "es";
  const sink = createErrorSink(options);
  const report = sink.report;
  const errors = sink.errors;
  const warnings: string[] = [];
  const mask = options.revealCells ? (c: string) => c : maskCell;

  let opened: OpenedSource;
  try {
    opened = isOpened(input)
      ? input
      : await openSource(input, {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
          ...(options.limits?.maxDownloadBytes !== undefined
            ? { maxBytes: options.limits.maxDownloadBytes }
            : {}),
        });
  } catch (cause) {
    if (cause instanceof CiudataError)
      return { report: localize(createReport([], [...cause.errors]), lang), schema: null };
    throw cause;
  }
  const name = options.name ?? baseName(opened.name) ?? "table";
  const place =
    opened.name ?? (typeof input === "string" ? "inline" : String(input instanceof URL ? input : "stream"));

  let decoded: DecodedSource;
  try {
    decoded = await decodeSource(opened, {
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (cause) {
    // e.g. a download over its limit before the first bytes were sniffed.
    if (cause instanceof CiudataError)
      return { report: localize(createReport([], [...cause.errors]), lang), schema: null };
    throw cause;
  }
  const detected: Record<string, unknown> = {
    encoding: decoded.encoding.encoding,
    encodingConfidence: decoded.encoding.confidence,
    bom: decoded.encoding.bom,
  };
  let bytesRead: number | null = null;
  const finish = (
    labels: string[],
    rows: number,
    fields: number,
    schema: TableSchema | null,
  ): ReadOutcome => {
    if (sink.limited()) warnings.push(`reached error limit: ${sink.limit}`);
    const task: ReportTask = {
      valid: sink.errorCount() === 0,
      name,
      type: "table",
      place,
      labels,
      stats: {
        bytes: bytesRead ?? decoded.bytesRead(),
        rows,
        fields,
        errors: sink.errorCount(),
        warnings: sink.warningCount(),
        seconds: Math.round(now() - started) / 1000,
      },
      detected,
      warnings,
      errors,
    };
    return { report: localize(createReport([task]), lang), schema };
  };

  for (const e of decoded.errors) report(e);
  if (decoded.format) {
    detected.format = decoded.format.kind;
    return finish([], 0, 0, null);
  }
  if (decoded.sample.length === 0 && decoded.errors.length === 0) {
    report(emptySourceError(place));
    return finish([], 0, 0, null);
  }

  // Dialect: sniffed from the sample, the user's values win.
  const sniffed = sniffDialect(decoded.sample, options.dialect);
  for (const e of sniffed.errors) report(e);
  const dialect = sniffed.dialect;
  Object.assign(detected, {
    delimiter: dialect.delimiter,
    quoteChar: dialect.quoteChar,
    lineTerminator: dialect.lineTerminator,
    header: dialect.header,
    headerRows: dialect.headerRows,
    dialectConfidence: sniffed.confidence,
    sniffed: sniffed.detected,
  });

  let reader: TableReader;
  try {
    reader = await readTable(decoded.text, dialect, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      source: place,
    });
  } catch (cause) {
    // A header over a limit, or a quote never closed in the header: reported, not thrown.
    if (!(cause instanceof CiudataError)) throw cause;
    for (const e of cause.errors) report(e);
    return finish([], 0, 0, null);
  }
  const labels = reader.labels;
  const iterator = reader.rows[Symbol.asyncIterator]();

  // Schema: given, or inferred from a sample of rows kept in memory and then replayed.
  const buffered: RawRow[][] = [];
  let sampleError: CiudataError | null = null;
  let schema: TableSchema;
  if (options.schema !== undefined) {
    const maxDepth = options.limits?.maxJsonDepth;
    const parsed = parseTableSchema(options.schema, maxDepth === undefined ? {} : { maxDepth });
    if (!parsed.ok) {
      for (const e of parsed.errors) report(e);
      return finish(labels, 0, 0, null);
    }
    schema = parsed.schema;
  } else {
    const want = options.inferSample ?? 1000;
    const sample: string[][] = [];
    while (sample.length < want) {
      let next: IteratorResult<RawRow[]>;
      try {
        next = await iterator.next();
      } catch (cause) {
        // A limit or a quote never closed within the sample: the rows before it are still checked.
        if (!(cause instanceof CiudataError)) throw cause;
        sampleError = cause;
        break;
      }
      if (next.done) break;
      buffered.push(next.value);
      for (const row of next.value) if (sample.length < want) sample.push(row.cells);
    }
    // With a header the labels give the width (surplus cells are extra cells); without one, the first
    // row does, as frictionless-py (field1…fieldN from the first row of the sample).
    const width =
      dialect.header && labels.length ? labels.length : (sample.find((r) => r.length > 0)?.length ?? 0);
    const inferLabels = Array.from({ length: width }, (_, i) => labels[i] || `field${i + 1}`);
    const rows = sample.map((r) => (r.length > width ? r.slice(0, width) : r));
    schema = inferSchema({ labels: inferLabels, rows }).schema;
    detected.schemaInferred = true;
  }
  detected.schema = schema;

  // Fields in data-column order: by position (`exact`), or by name for the other `fieldsMatch` modes.
  const schemaGiven = options.schema !== undefined;
  const ignoreCase = options.dialect?.headerCase === false;
  const mode =
    schemaGiven && dialect.header ? resolveFieldsMatch(schema, options.schemaSync === true) : "exact";
  if (mode !== "exact") detected.fieldsMatch = mode;
  const mapping = mapFields(labels, schema, mode, ignoreCase);
  if (mapping.fatal) {
    report(mapping.fatal);
    return finish(labels, 0, 0, schema);
  }
  const fields: readonly Field[] = mapping.fields;
  const missingValues = [
    ...(schema.missingValues ?? [""]),
    ...(dialect.nullSequence ? [dialect.nullSequence] : []),
  ];
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
    // Past the error limit the rest is only counted, so stats stay true and the read stays cheap.
    if (sink.limited()) return;
    const blank = rows.process(raw);
    if (checks.length) {
      const view: RowView = { rowNumber: raw.rowNumber, cells: raw.cells, values, blank };
      for (const check of checks) check.onRow?.(view, ctx);
    }
  };

  try {
    // Another reader (e.g. worker threads) may take the data rows; it returns null to leave them here.
    const elsewhere = options.rowRunner
      ? await runElsewhere(
          options.rowRunner,
          {
            source: opened,
            encoding: decoded.encoding.encoding,
            bomBytes: decoded.bomBytes,
            dialect,
            sample: decoded.sample,
            lastHeaderRow: dialect.header && dialect.headerRows.length ? Math.max(...dialect.headerRows) : 0,
            fields,
            labels,
            missingValues,
            lang,
            revealCells: options.revealCells === true,
            pickErrors: options.pickErrors,
            skipErrors: options.skipErrors,
            limitErrors: sink.limit,
            signal: options.signal,
            onProgress: options.onProgress,
          },
          checks,
          sampleError === null && decoded.errors.every((e) => e.severity !== "error"),
        )
      : null;
    if (elsewhere) {
      await iterator.return?.();
      Object.assign(detected, elsewhere.detected);
      bytesRead = elsewhere.bytes;
      rowCount = elsewhere.rows;
      const fromChecks: TableError[] = [];
      if (checks.length) {
        const replayCtx: CheckContext = { ...ctx, report: (e) => fromChecks.push(e) };
        elsewhere.replay((view) => {
          for (const check of checks) check.onRow?.(view, replayCtx);
        });
      }
      for (const e of mergeByRow(elsewhere.errors, fromChecks)) report(e);
    } else {
      for (const batch of buffered) for (const row of batch) processRow(row);
      buffered.length = 0;
      if (sampleError) throw sampleError;
      while (true) {
        const next = await iterator.next();
        if (next.done) break;
        for (const row of next.value) processRow(row);
      }
    }
    for (const check of checks) await check.onFinish?.(ctx);
  } catch (cause) {
    if (cause instanceof CiudataError) for (const e of cause.errors) report(e);
    else throw cause;
  }
  // Errors found by the decoder while streaming (e.g. invalid bytes after the sample).
  for (const e of decoded.errors) if (!errors.includes(e)) report(e);
  return finish(labels, rowCount, fieldCount, schema);
}

/**
 * Hands the data rows to a {@link RowRunner} when every check can be replayed from the values it
 * declares it reads (`valuesRead`) and nothing went wrong so far; `null` otherwise.
 */
async function runElsewhere(
  runner: RowRunner,
  plan: Omit<RowPlan, "valueFields">,
  checks: readonly Check[],
  clean: boolean,
): Promise<RowRunResult | null> {
  if (!clean) return null;
  const valueFields = new Set<number>();
  for (const check of checks) {
    if (!check.valuesRead) return null;
    for (const i of check.valuesRead()) valueFields.add(i);
  }
  return runner({ ...plan, valueFields: [...valueFields].sort((a, b) => a - b) });
}

function baseName(name: string | null): string | null {
  if (!name) return null;
  const last = name.split(/[\\/]/).pop() ?? name;
  return last.replace(/\.[^.]+$/, "") || last;
}
