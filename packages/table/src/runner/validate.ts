import { type OpenedSource, openSource, type SourceInput } from "../bytes";
import { createCaster, createConstraintChecker, isCastFailure } from "../cast";
import { sniffDialect } from "../dialect";
import { decodeSource } from "../encoding";
import { inferSchema } from "../infer";
import { type RawRow, readTable } from "../parse";
import { CiudataError } from "../report/ciudata-error";
import { type TableError, tableError } from "../report/error";
import { localize } from "../report/localize";
import { maskCell } from "../report/mask";
import { createReport, type Report, type ReportTask } from "../report/report";
import { type Field, parseTableSchema, type TableSchema } from "../schema";
import type { CheckContext, RowView } from "./check";
import { checkLabelsByName, mapFields, resolveFieldsMatch } from "./fields-match";
import { checkLabels } from "./labels";
import type { ValidateOptions } from "./options";

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
  const limit = options.limitErrors ?? 1000;
  const errors: TableError[] = [];
  const warnings: string[] = [];
  let errorCount = 0;
  let warningCount = 0;
  let limited = false;
  const matches = (e: TableError, list: readonly string[]) =>
    list.includes(e.type) || e.tags.some((t) => list.includes(t));
  const report = (e: TableError) => {
    if (options.pickErrors && !matches(e, options.pickErrors)) return;
    if (options.skipErrors && matches(e, options.skipErrors)) return;
    if (e.severity === "error") {
      if (errorCount >= limit) {
        limited = true;
        return;
      }
      errorCount++;
    } else warningCount++;
    errors.push(e);
  };
  const mask = options.revealCells ? (c: string) => c : maskCell;

  let opened: OpenedSource;
  try {
    opened = isOpened(input)
      ? input
      : await openSource(input, {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
  } catch (cause) {
    if (cause instanceof CiudataError)
      return { report: localize(createReport([], [...cause.errors]), lang), schema: null };
    throw cause;
  }
  const name = options.name ?? baseName(opened.name) ?? "table";
  const place =
    opened.name ?? (typeof input === "string" ? "inline" : String(input instanceof URL ? input : "stream"));

  const decoded = await decodeSource(opened, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const detected: Record<string, unknown> = {
    encoding: decoded.encoding.encoding,
    encodingConfidence: decoded.encoding.confidence,
    bom: decoded.encoding.bom,
  };
  const finish = (
    labels: string[],
    rows: number,
    fields: number,
    schema: TableSchema | null,
  ): ReadOutcome => {
    if (limited) warnings.push(`reached error limit: ${limit}`);
    const task: ReportTask = {
      valid: errorCount === 0,
      name,
      type: "table",
      place,
      labels,
      stats: {
        bytes: decoded.bytesRead(),
        rows,
        fields,
        errors: errorCount,
        warnings: warningCount,
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
    report(
      tableError("source-error", {
        note: "the source is empty",
        params: { path: place, reason: "empty", hint: hintEmpty[lang] },
      }),
    );
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

  const reader = await readTable(decoded.text, dialect, options.signal ? { signal: options.signal } : {});
  const labels = reader.labels;
  const iterator = reader.rows[Symbol.asyncIterator]();

  // Schema: given, or inferred from a sample of rows kept in memory and then replayed.
  const buffered: RawRow[][] = [];
  let schema: TableSchema;
  if (options.schema !== undefined) {
    const parsed = parseTableSchema(options.schema);
    if (!parsed.ok) {
      for (const e of parsed.errors) report(e);
      return finish(labels, 0, 0, null);
    }
    schema = parsed.schema;
  } else {
    const want = options.inferSample ?? 1000;
    const sample: string[][] = [];
    while (sample.length < want) {
      const next = await iterator.next();
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
  const casters = fields.map((f) => createCaster(f, { missingValues }));
  // Fields without constraints get no checker at all: nothing to call on the hot path.
  const constraints = fields.map((f) =>
    f.constraints && Object.keys(f.constraints).length > 0 ? createConstraintChecker(f) : null,
  );
  const ctx: CheckContext = { labels, fields, schema, lang, report, mask };
  const checks = options.checks ?? [];

  if (dialect.header) {
    if (mode === "exact") checkLabels(labels, fields, schema, ctx, schemaGiven, ignoreCase);
    else checkLabelsByName(labels, schema, mode, ignoreCase, ctx);
  }
  for (const check of checks) check.onStart?.(ctx);

  const fieldCount = fields.length;
  let rowCount = 0;
  const values: unknown[] = new Array(fieldCount).fill(undefined);
  const keepValues = checks.length > 0;

  const reportConstraint = (
    rowNumber: number,
    i: number,
    cell: string,
    violation: { constraint: string; requirement: unknown },
    cells: readonly string[],
  ) => {
    report(
      withCells(
        tableError("constraint-error", {
          rowNumber,
          fieldNumber: i + 1,
          fieldName: (fields[i] as Field).name,
          cell: mask(cell),
          note: `constraint "${violation.constraint}" is "${String(violation.requirement)}"`,
          params: { constraint: violation.constraint, requirement: String(violation.requirement) },
        }),
        cells,
        mask,
      ),
    );
  };

  const processRow = (raw: RawRow) => {
    rowCount++;
    // Past the error limit the rest is only counted, so stats stay true and the read stays cheap.
    if (limited) return;
    const { cells, rowNumber } = raw;
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] !== "") {
        blank = false;
        break;
      }
    }
    // One array reused for every row: checks read it during onRow and copy what they keep.
    if (keepValues) values.fill(undefined);
    if (blank) {
      report(
        withCells(
          tableError("blank-row", {
            rowNumber,
            note: "all cells are empty",
            params: { hint: hintBlankRow[lang] },
          }),
          cells,
          mask,
        ),
      );
    } else {
      const n = cells.length;
      for (let i = 0; i < fieldCount; i++) {
        if (i >= n) {
          // A cell the row lacks is read as null: only `required` can fail (before the missing-cell).
          const violation = constraints[i]?.(null);
          if (violation) reportConstraint(rowNumber, i, "", violation, cells);
          continue;
        }
        const field = fields[i] as Field;
        const cell = cells[i] as string;
        const value = (casters[i] as (c: string) => unknown)(cell);
        if (isCastFailure(value)) {
          report(
            withCells(
              tableError("type-error", {
                rowNumber,
                fieldNumber: i + 1,
                fieldName: field.name,
                cell: mask(cell),
                note: `type is "${field.type ?? "any"}/${field.format ?? "default"}"`,
                params: {
                  expected: describeType(field),
                  received: mask(cell),
                  masked: mask(cell) !== cell,
                  reason: value.reason,
                  example: exampleFor(field),
                },
              }),
              cells,
              mask,
            ),
          );
          continue;
        }
        if (keepValues) values[i] = value;
        const checkConstraints = constraints[i];
        if (!checkConstraints) continue;
        const violation = checkConstraints(value);
        if (violation) reportConstraint(rowNumber, i, cell, violation, cells);
      }
      const width = fieldCount;
      if (n > width) {
        for (let i = width; i < n; i++)
          report(
            withCells(
              tableError("extra-cell", {
                rowNumber,
                fieldNumber: i + 1,
                fieldName: "",
                cell: mask(cells[i] as string),
                note: `expected ${width} cells, found ${n}`,
                params: { cells: n, labels: width, hint: hintExtraCell[lang] },
              }),
              cells,
              mask,
            ),
          );
      } else if (n < width) {
        for (let i = n; i < width; i++)
          report(
            withCells(
              tableError("missing-cell", {
                rowNumber,
                fieldNumber: i + 1,
                fieldName: fields[i]?.name ?? labels[i] ?? null,
                note: `expected ${width} cells, found ${n}`,
                params: { cells: n, labels: width, hint: hintMissingCell[lang] },
              }),
              cells,
              mask,
            ),
          );
      }
    }
    if (checks.length) {
      const view: RowView = { rowNumber, cells, values, blank };
      for (const check of checks) check.onRow?.(view, ctx);
    }
  };

  try {
    for (const batch of buffered) for (const row of batch) processRow(row);
    buffered.length = 0;
    while (true) {
      const next = await iterator.next();
      if (next.done) break;
      for (const row of next.value) processRow(row);
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
 * Adds the row's cells (masked) to a row or cell error, as frictionless' `cells`. Only called when an
 * error is reported: nothing on the hot path of a valid row.
 */
function withCells(error: TableError, cells: readonly string[], mask: (c: string) => string): TableError {
  const out = error as TableError & { cells: string[] };
  out.cells = cells.map(mask);
  return out;
}

const hintEmpty = {
  es: "el archivo no tiene contenido: revise que se haya descargado o exportado completo",
  en: "the file has no content: check that it was downloaded or exported in full",
  pt: "o arquivo não tem conteúdo: verifique se foi baixado ou exportado por completo",
} as const;
const hintBlankRow = {
  es: "borre la fila o complete sus datos",
  en: "delete the row or fill in its data",
  pt: "apague a linha ou preencha seus dados",
} as const;
const hintExtraCell = {
  es: "revise separadores dentro de los valores (use comillas) o agregue la columna al encabezado",
  en: "check for delimiters inside values (quote them) or add the column to the header",
  pt: "verifique separadores dentro dos valores (use aspas) ou adicione a coluna ao cabeçalho",
} as const;
const hintMissingCell = {
  es: "complete las celdas que faltan (pueden quedar vacías, pero con su separador)",
  en: "add the missing cells (they may be empty, but with their delimiter)",
  pt: "complete as células que faltam (podem ficar vazias, mas com seu separador)",
} as const;

function describeType(field: Field): string {
  const type = field.type ?? "any";
  const format = field.format && field.format !== "default" ? ` (${field.format})` : "";
  const chars =
    type === "number" && (field.decimalChar || field.groupChar)
      ? ` decimalChar "${field.decimalChar ?? "."}"${field.groupChar ? ` groupChar "${field.groupChar}"` : ""}`
      : "";
  return `${type}${format}${chars}`;
}

function exampleFor(field: Field): string | null {
  switch (field.type) {
    case "integer":
      return "42";
    case "number":
      return field.decimalChar === "," ? "1234,56" : "1234.56";
    case "boolean":
      return (field.trueValues as string[] | undefined)?.[0] ?? "true";
    case "date":
      return field.format && field.format !== "default" && field.format !== "any"
        ? field.format.replace("%d", "31").replace("%m", "12").replace("%Y", "2024").replace("%y", "24")
        : "2024-12-31";
    case "datetime":
      return "2024-12-31T23:59:00";
    case "time":
      return "23:59:00";
    case "year":
      return "2024";
    case "yearmonth":
      return "2024-12";
    case "geopoint":
      return "-68.8458,-32.8895";
    case "duration":
      return "P1Y2M";
    default:
      return null;
  }
}

function baseName(name: string | null): string | null {
  if (!name) return null;
  const last = name.split(/[\\/]/).pop() ?? name;
  return last.replace(/\.[^.]+$/, "") || last;
}
