import { CiudataError, type Issue } from "@ciudata/core";
import { isOpenedSource } from "../bytes/is-opened";
import { openSource } from "../bytes/open-source";
import type { OpenedSource, SourceInput } from "../bytes/types";
import type { Dialect, ResolvedDialect } from "../dialect/schema";
import { type DialectDetection, sniffDialect } from "../dialect/sniff";
import { type DecodedSource, decodeSource } from "../encoding/decode-source";
import { emptySourceError } from "../encoding/errors";
import type { EncodingInfo } from "../encoding/types";
import type { FormatInfo } from "../format/types";
import { inferSchema } from "../infer";
import type { ReadLimits } from "../parse/limits";
import { readTable, type TableReader } from "../parse/read-table";
import type { RawRow } from "../parse/types";
import type { Detected } from "../report/detected";
import { type Field, parseTableSchema, type TableSchema } from "../schema";
import { type FieldsMatch, mapFields, resolveFieldsMatch } from "./fields-match";

/** Options of {@link openTable}: how to open, decode, sniff and settle the schema. */
export interface OpenTableOptions {
  /** A Table Schema descriptor; without one the schema is inferred from the first `inferSample` rows. */
  schema?: unknown;
  /** Table Dialect values that override what is sniffed. */
  dialect?: Dialect;
  /** Force an encoding (any WHATWG label, e.g. `"windows-1252"`), skipping detection. */
  encoding?: string;
  /**
   * The sheet of a spreadsheet (`.xlsx`, `.ods`) to read, by name or 1-based position (default: the
   * first visible sheet with data; the report's `detected.sheet` says which was read).
   */
  sheet?: string | number;
  /** Resource name (defaults to the file name without extension, else `"table"`). */
  name?: string;
  /**
   * frictionless-py's deprecated `detector.schemaSync`: match labels with fields BY NAME, reporting only
   * missing required fields (the same as `fieldsMatch: "partial"`, which a schema's own `fieldsMatch` overrides).
   */
  schemaSync?: boolean;
  /** Rows used to infer a schema when none is given (default 1000). */
  inferSample?: number;
  /** Stop reading when aborted. */
  signal?: AbortSignal;
  /** Called as bytes are read. */
  onProgress?: (progress: { bytesRead: number; totalBytes: number | null }) => void;
  /** `fetch` used for URL sources (defaults to the global one). */
  fetch?: typeof fetch;
  /**
   * Raise (or lower) the reader limits: record and header size, columns, bytes downloaded from a URL
   * (see `ReadLimits`, defaults in `DEFAULT_LIMITS`). Input over a limit is reported as a `limit-error`.
   */
  limits?: Partial<ReadLimits>;
}

/**
 * Why the rows of an {@link OpenedTable} cannot be read: `"source"` when nothing could be opened or
 * decoded (its issues belong to no table), `"table"` when the source opened but holds no readable
 * table (not a delimited text, empty, a broken header, an invalid schema, labels that cannot be
 * matched with fields).
 */
export type OpenStop = "source" | "table";

/**
 * A table opened and settled, rows not read yet: the first half of `validateTable`. Problems met
 * on the way are in `issues` (never thrown); `stopped` says when there are no rows to read.
 */
export interface OpenedTable {
  /** Resource name: the given one, or the file name without extension, or `"table"`. */
  name: string;
  /** Where it came from: a file name, a URL, `"inline"` or `"stream"`. */
  place: string;
  /** The source as opened (`null` when it could not be). */
  source: OpenedSource | null;
  /** The encoding chosen and why (`null` when nothing was decoded). */
  encoding: EncodingInfo | null;
  /** A non-tabular format recognised in the bytes (PDF, HTML, XLSX…), or `null`. */
  format: FormatInfo | null;
  /** The dialect in force: sniffed, the user's values winning. */
  dialect: ResolvedDialect | null;
  /** How the dialect was sniffed: confidence and the keys decided by sniffing. */
  dialectDetection: Omit<DialectDetection, "errors"> | null;
  /** The labels (header) as read. */
  labels: string[];
  /** The schema in force, given or inferred (`schemaSource` says which). */
  schema: TableSchema | null;
  schemaSource: "given" | "inferred" | null;
  /** The schema's fields in data-column order (see `fieldsMatch`). */
  fields: readonly Field[];
  /** How labels were matched with fields. */
  fieldsMatch: FieldsMatch;
  /** The cells read as missing: the schema's `missingValues` and the dialect's `nullSequence`. */
  missingValues: string[];
  /** What was detected, as the report's `tasks[i].detected` shows it (`null` before decoding). */
  detected: Detected | null;
  /** Problems met while opening, in order (language-neutral; word them with `renderMessage`). */
  issues: Issue[];
  /** Why there are no rows to read, or `null` when `rows()` can be read. */
  stopped: OpenStop | null;
  /**
   * The data rows (header and comment rows left out) with their physical row numbers, once: the
   * rows sampled for inference first, then the rest of the stream. Throws a `CiudataError` for a
   * problem that stops the read (a limit, a quote never closed).
   */
  rows(): AsyncIterable<RawRow>;
  /** The same rows in the batches the parser yields (cheaper for long tables). */
  batches(): AsyncIterable<readonly RawRow[]>;
  /** Problems the decoder met while the rows were streamed (e.g. invalid bytes past the sample). */
  streamIssues(): Issue[];
  /** Bytes read from the source so far. */
  bytesRead(): number;
  /** Stops reading and releases the source when the rows are not read to the end. */
  close(): Promise<void>;
}

/** @internal what the runner needs beside the public view. */
export interface Opening {
  table: OpenedTable;
  decoded: DecodedSource | null;
  /** A problem met while sampling rows for inference (thrown by `rows()` after the sampled rows). */
  sampleError: CiudataError | null;
  /** The rows sampled to infer the schema (none when a schema was given). */
  sample: readonly (readonly string[])[];
}

/** The input {@link openTable} takes: anything `openSource` opens, or a source already opened. */
export type OpenTableInput = SourceInput | OpenedSource;

/**
 * Opens a table and settles how to read it, without reading its rows: opens the source, decodes it
 * (encoding detected or given), recognises non-tabular formats, sniffs the dialect, reads the
 * header, takes the schema given or infers one from a sample, and maps the fields to the columns.
 * Never throws for bad data: problems are `issues`, and `stopped` says when there is nothing to read.
 *
 * @example
 * ```ts
 * const table = await openTable("barrio;poblacion\nCentro;1234\nNorte;567\n");
 * table.dialect?.delimiter; //=> ";"
 * table.schema?.fields.map((f) => f.type); //=> ["string", "integer"]
 * for await (const row of table.rows()) row.cells; //=> ["Centro", "1234"], then ["Norte", "567"]
 * ```
 */
export async function openTable(input: OpenTableInput, options: OpenTableOptions = {}): Promise<OpenedTable> {
  return (await openTableParts(input, options)).table;
}

/** @internal {@link openTable} with the decoded source the runner hands to a `RowRunner`. */
export async function openTableParts(
  input: OpenTableInput,
  options: OpenTableOptions = {},
): Promise<Opening> {
  const table = unopened(
    [],
    options.name ?? "table",
    typeof input === "string" ? "inline" : String(input instanceof URL ? input : "stream"),
  );
  const issues = table.issues;
  const outcome: Opening = { table, decoded: null, sampleError: null, sample: [] };

  let opened: OpenedSource;
  try {
    opened = isOpenedSource(input)
      ? input
      : await openSource(input, {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
          ...(options.limits?.maxDownloadBytes !== undefined
            ? { maxBytes: options.limits.maxDownloadBytes }
            : {}),
        });
  } catch (cause) {
    if (cause instanceof CiudataError) {
      issues.push(...cause.errors);
      return outcome;
    }
    throw cause;
  }
  table.source = opened;
  // Until the rows are read, closing releases the source itself (a file opened for the sample).
  table.close = async () => {
    try {
      await opened.chunks[Symbol.asyncIterator]().return?.();
    } catch {
      // already closed, or being read
    }
  };
  table.name = options.name ?? baseName(opened.name) ?? "table";
  if (opened.name) table.place = opened.name;

  let decoded: DecodedSource;
  try {
    decoded = await decodeSource(opened, {
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (cause) {
    // e.g. a download over its limit before the first bytes were sniffed.
    if (cause instanceof CiudataError) {
      issues.push(...cause.errors);
      return outcome;
    }
    throw cause;
  }
  outcome.decoded = decoded;
  const opening = [...decoded.errors];
  table.encoding = decoded.encoding;
  table.format = decoded.format;
  table.bytesRead = () => decoded.bytesRead();
  table.streamIssues = () => decoded.errors.filter((e) => !opening.includes(e));
  table.stopped = "table";
  const detected: Detected = {
    encoding: decoded.encoding.encoding,
    encodingConfidence: decoded.encoding.confidence,
    bom: decoded.encoding.bom,
  };
  table.detected = detected;

  issues.push(...opening);
  if (decoded.format) {
    detected.format = decoded.format.kind;
    return outcome;
  }
  if (decoded.sample.length === 0 && decoded.errors.length === 0) {
    issues.push(emptySourceError(table.place));
    return outcome;
  }

  if (decoded.sheet) {
    detected.format = decoded.sheet.kind;
    detected.sheet = decoded.sheet.info;
  }
  // Dialect: sniffed from the sample, the user's values win (a spreadsheet's text has its own).
  const sniffed = sniffDialect(decoded.sample, sheetDialect(decoded, options.dialect));
  issues.push(...sniffed.errors);
  const dialect = sniffed.dialect;
  table.dialect = dialect;
  table.dialectDetection = { dialect, confidence: sniffed.confidence, detected: sniffed.detected };
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
      source: table.place,
    });
  } catch (cause) {
    // A header over a limit, or a quote never closed in the header: reported, not thrown.
    if (!(cause instanceof CiudataError)) throw cause;
    issues.push(...cause.errors);
    return outcome;
  }
  const labels = reader.labels;
  table.labels = labels;
  const iterator = reader.rows[Symbol.asyncIterator]();
  table.close = async () => {
    await iterator.return?.();
  };

  // Schema: given, or inferred from a sample of rows kept in memory and then replayed.
  const buffered: RawRow[][] = [];
  let schema: TableSchema;
  if (options.schema !== undefined) {
    const maxDepth = options.limits?.maxJsonDepth;
    const parsed = parseTableSchema(options.schema, maxDepth === undefined ? {} : { maxDepth });
    if (!parsed.ok) {
      issues.push(...parsed.errors);
      return outcome;
    }
    schema = parsed.schema;
    table.schemaSource = "given";
  } else {
    const want = options.inferSample ?? 1000;
    const sample: string[][] = [];
    while (sample.length < want) {
      let next: IteratorResult<RawRow[]>;
      try {
        next = await iterator.next();
      } catch (cause) {
        // A limit or a quote never closed within the sample: the rows before it are still read.
        if (!(cause instanceof CiudataError)) throw cause;
        outcome.sampleError = cause;
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
    outcome.sample = sample;
    schema = inferSchema({ labels: inferLabels, rows }).schema;
    detected.schemaInferred = true;
    table.schemaSource = "inferred";
  }
  detected.schema = schema;
  table.schema = schema;

  // Fields in data-column order: by position (`exact`), or by name for the other `fieldsMatch` modes.
  const mode =
    options.schema !== undefined && dialect.header
      ? resolveFieldsMatch(schema, options.schemaSync === true)
      : "exact";
  table.fieldsMatch = mode;
  if (mode !== "exact") detected.fieldsMatch = mode;
  const mapping = mapFields(labels, schema, mode, options.dialect?.headerCase === false);
  if (mapping.fatal) {
    issues.push(mapping.fatal);
    return outcome;
  }
  table.fields = mapping.fields;
  table.missingValues = [
    ...(schema.missingValues ?? [""]),
    ...(dialect.nullSequence ? [dialect.nullSequence] : []),
  ];
  table.stopped = null;

  let taken = false;
  const sampleError = outcome.sampleError;
  async function* batches(): AsyncGenerator<readonly RawRow[], void, undefined> {
    if (taken) throw new Error("openTable: the rows of a table can be read once");
    taken = true;
    while (buffered.length > 0) yield buffered.shift() as RawRow[];
    if (sampleError) throw sampleError;
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  table.batches = batches;
  table.rows = async function* rows() {
    for await (const batch of batches()) yield* batch;
  };
  return outcome;
}

/**
 * @internal a table whose source could not be opened (`stopped: "source"`), its problems as issues.
 */
export function unopened(issues: Issue[], name: string, place: string): OpenedTable {
  return {
    name,
    place,
    source: null,
    encoding: null,
    format: null,
    dialect: null,
    dialectDetection: null,
    labels: [],
    schema: null,
    schemaSource: null,
    fields: [],
    fieldsMatch: "exact",
    missingValues: [],
    detected: null,
    issues,
    stopped: "source",
    rows: () => noRows(),
    batches: () => noRows(),
    streamIssues: () => [],
    bytesRead: () => 0,
    close: async () => {},
  };
}

/**
 * The dialect given for the text of a spreadsheet: comma separated, header found in the sheet; the
 * user may still say there is no header or where it is. Other sources: the user's dialect.
 */
export function sheetDialect(decoded: DecodedSource, given: Dialect | undefined): Dialect | undefined {
  if (!decoded.sheet) return given;
  return {
    ...decoded.sheet.dialect,
    ...(given?.header === false ? { header: false } : {}),
    ...(given?.headerRows ? { headerRows: given.headerRows } : {}),
    ...(given?.nullSequence !== undefined ? { nullSequence: given.nullSequence } : {}),
  };
}

async function* noRows<T>(): AsyncGenerator<T, void, undefined> {}

function baseName(name: string | null): string | null {
  if (!name) return null;
  const last = name.split(/[\\/]/).pop() ?? name;
  return last.replace(/\.[^.]+$/, "") || last;
}
