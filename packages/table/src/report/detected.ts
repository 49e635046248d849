import type { ResolvedDialect } from "../dialect/schema";
import type { FormatInfo } from "../format/types";
import type { FieldsMatch, TableSchema } from "../schema";

/** What was read from a workbook: the report's `detected.sheet`. */
export interface SheetInfo {
  /** The sheet read. */
  name: string;
  /** Its 1-based position in the workbook. */
  position: number;
  /** Every worksheet of the workbook, in order. */
  sheets: string[];
  /** The row of the sheet holding the header. */
  headerRow: number;
  /** The rows above the header left out (a title, a subtitle, blank rows). */
  skippedRows: number[];
}

/**
 * What the reader detected while opening and reading a table, for people and tools: the report's
 * `tasks[i].detected`. Encoding keys are always there; the others once that step was reached (a
 * PDF has a `format` and no dialect). Later steps add their own keys (`threads` from a parallel
 * reader, `checks` from `@ciudata/quality`).
 *
 * @example
 * ```ts
 * const report = await validateTable("barrio;poblacion\nCentro;1234\n");
 * const detected: Detected = report.tasks[0]!.detected;
 * detected.delimiter; //=> ";"
 * detected.schemaInferred; //=> true
 * ```
 */
export interface Detected {
  /** The WHATWG encoding the text was decoded with. */
  encoding: string;
  /** 0..1, how strong the evidence for the encoding is. */
  encodingConfidence: number;
  /** Whether the bytes started with a byte-order mark. */
  bom: boolean;
  /**
   * The format of the bytes when they are not delimited text: a spreadsheet read as a table (`xlsx`,
   * `ods`, with `sheet`), or a format that is not a table (`pdf`, `html`, `xls`…: then nothing else was read).
   */
  format?: FormatInfo["kind"] | "ods";
  /** The sheet read from a spreadsheet, its header row and the rows skipped above it. */
  sheet?: SheetInfo;
  delimiter?: string;
  quoteChar?: string;
  lineTerminator?: string;
  header?: boolean;
  headerRows?: number[];
  /** 0 (guess) to 1 (certain or given). */
  dialectConfidence?: number;
  /** The dialect keys decided by sniffing (not given). */
  sniffed?: Array<keyof ResolvedDialect>;
  /** `true` when the schema was inferred from a sample of rows (not given). */
  schemaInferred?: boolean;
  /** The schema used, given or inferred. */
  schema?: TableSchema;
  /** How labels were matched with fields, when not `exact`. */
  fieldsMatch?: FieldsMatch;
  /** Worker threads that read the data rows (a parallel reader). */
  threads?: number;
  /** Names of the extra checks run over the table (written by `@ciudata/quality`). */
  checks?: string[];
}
