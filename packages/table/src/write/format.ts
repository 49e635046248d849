import Papa from "papaparse";
import type { ResolvedDialect } from "../dialect/schema";

/**
 * The dialect keys the writer uses, all optional (RFC 4180 defaults), and `escapeFormulas`: whether
 * cells a spreadsheet would run as a formula are neutralised (default `true`; see {@link escapeFormula}).
 */
export type WriteDialect = Partial<
  Pick<ResolvedDialect, "delimiter" | "quoteChar" | "doubleQuote" | "escapeChar" | "lineTerminator">
> & {
  /**
   * Prefix formula-leading text cells with `'` (OWASP CSV injection rule). Default `true`: files
   * are opened in spreadsheets. Turn it off only for machine-to-machine files, where the exact
   * text matters more than what a spreadsheet would do with it.
   */
  escapeFormulas?: boolean;
};

/** papaparse's `unparse` options for a dialect, plus whether to escape formulas first. */
/** @internal */
export interface Writer {
  config: Papa.UnparseConfig;
  /** A row of one empty cell, written quoted so it is not read back as an empty line. */
  emptyRow: string;
  formulas: boolean;
  /**
   * For a one-character delimiter and quote, the ASCII chars that make a cell quoted (1 at their code),
   * for the one-pass check; `null` otherwise.
   */
  scan: Uint8Array | null;
}

/** @internal */
export function writer(dialect: WriteDialect | undefined): Writer {
  const quote = dialect?.quoteChar ?? '"';
  const delimiter = dialect?.delimiter ?? ",";
  const escapeChar = dialect?.escapeChar ?? null;
  const useEscape = dialect?.doubleQuote === false && escapeChar !== null;
  return {
    config: {
      delimiter,
      quoteChar: quote,
      // papaparse escapes a quote as `escapeChar + quoteChar`: the quote itself doubles it.
      escapeChar: useEscape ? escapeChar : quote,
      newline: dialect?.lineTerminator ?? "\r\n",
      header: false,
      skipEmptyLines: false,
      // Formula escaping is ours (escapeFormula): papaparse's would also quote every escaped cell
      // and treat `-3` as a formula.
      escapeFormulae: false,
    },
    emptyRow: quote + quote,
    formulas: dialect?.escapeFormulas !== false,
    scan: delimiter.length === 1 && quote.length === 1 ? quoting(delimiter, quote) : null,
  };
}

/** `=`, `+`, `-`, `@`, tab and carriage return: what makes a spreadsheet read a cell as a formula. */
function formulaLeading(code: number): boolean {
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13;
}

/** A plain number, in either decimal style: `-3`, `+4`, `-3,5`, `-1.234,5`, `-1,234.5`, `-.5`, `-2e-3`. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Neutralises a cell a spreadsheet would evaluate (CSV/formula injection, OWASP rule): a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice
 * and Google Sheets show it as text. Plain numbers are left alone (`-3`, `+4`, `-3,5`, `-1.234,56`,
 * `-2e-3`): a negative count or coordinate is data, not a formula, and a spreadsheet reads it as the
 * same number either way. Anything else is returned unchanged.
 *
 * @example
 * ```ts
 * escapeFormula('=HYPERLINK("http://x","ver")'); // `'=HYPERLINK("http://x","ver")`
 * escapeFormula("@SUM(A1)"); // "'@SUM(A1)"
 * escapeFormula("-3,5"); // "-3,5" (a number)
 * escapeFormula("Peña"); // "Peña"
 * ```
 */
export function escapeFormula(cell: string): string {
  if (cell === "" || !formulaLeading(cell.charCodeAt(0))) return cell;
  return PLAIN_NUMBER.test(cell) ? cell : `'${cell}`;
}

/** The cells to hand to papaparse: holes of a sparse or short row as "", formulas escaped. */
function prepared(cells: readonly string[], w: Writer): string[] {
  const out = new Array<string>(cells.length);
  for (let j = 0; j < cells.length; j++) {
    // A hole or a missing cell of a short row is written as an empty cell, never as "undefined".
    const raw = (cells[j] as string | undefined) ?? "";
    out[j] = w.formulas ? escapeFormula(raw) : raw;
  }
  return out;
}

const loneEmpty = (cells: readonly string[]): boolean => cells.length === 1 && !cells[0];

/** papaparse's rule, without its per-call set-up: what must be quoted, and the quote escaped. */
function cellText(cell: string, w: Writer): string {
  if (w.scan && !mustQuote(cell, w.scan)) return cell;
  return quotedText(cell, w);
}

/** {@link cellText} of a cell the one-pass check has not cleared (it is written quoted when it must be). */
function quotedText(cell: string, w: Writer): string {
  const quote = w.config.quoteChar as string;
  const delimiter = w.config.delimiter as string;
  const hasQuote = cell.includes(quote);
  const escaped = hasQuote ? cell.replaceAll(quote, `${w.config.escapeChar}${quote}`) : cell;
  const quoted =
    hasQuote ||
    escaped.includes("\r") ||
    escaped.includes("\n") ||
    escaped.includes('"') ||
    escaped.includes("\ufeff") ||
    escaped.includes(delimiter) ||
    escaped.charCodeAt(0) === 32 ||
    escaped.charCodeAt(escaped.length - 1) === 32;
  return quoted ? `${quote}${escaped}${quote}` : escaped;
}

/**
 * Whether a cell needs quoting, in one pass over its characters (for one-character delimiter and
 * quote): it holds one of them, `"`, CR, LF or a byte order mark, or starts or ends with a space.
 */
function mustQuote(cell: string, scan: Uint8Array): boolean {
  const n = cell.length;
  if (n === 0) return false;
  if (cell.charCodeAt(0) === 32 || cell.charCodeAt(n - 1) === 32) return true;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c < 128 ? scan[c] === 1 : c === 0xfeff) return true;
  }
  return false;
}

/** The quoting table of {@link Writer.scan}: the delimiter, the quote, `"`, CR and LF (a BOM is checked apart). */
function quoting(delimiter: string, quote: string): Uint8Array | null {
  const d = delimiter.charCodeAt(0);
  const q = quote.charCodeAt(0);
  if (d >= 128 || q >= 128) return null;
  const key = d * 128 + q;
  let table = QUOTING.get(key);
  if (table === undefined) {
    table = new Uint8Array(128);
    for (const c of [d, q, 34, 10, 13]) table[c] = 1;
    QUOTING.set(key, table);
  }
  return table;
}

/** The quoting tables made so far, by delimiter and quote (a writer is made per call: made once each). */
const QUOTING = new Map<number, Uint8Array>();

/**
 * Writes rows with papaparse's quoting rules (one pass, no per-call set-up): cells joined by the
 * delimiter, rows by the newline; a row of one empty cell is written `""` (an empty line would read
 * back as no row).
 */
function formatRows(rows: readonly (readonly string[])[], w: Writer): string {
  const newline = w.config.newline as string;
  const delimiter = w.config.delimiter as string;
  // Rows whose cells need no quoting (most) are joined by the engine: one flat string each, then one
  // for all (far less garbage than adding cell by cell); the others are written cell by cell.
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly string[];
    const stop = firstToQuote(row, w);
    lines[i] = stop === row.length ? row.join(delimiter) : formatRow(row, w, delimiter, stop);
  }
  return lines.join(newline);
}

/**
 * Where the cells of a row stop being written as they are, each checked once: `row.length` when the
 * row is its cells joined (no cell to quote, escape or fill, not one empty cell), else the first cell
 * to quote or fill; -1 when the row is not checked here (formula escaping, a dialect without the
 * one-pass check, one empty cell).
 */
function firstToQuote(row: readonly string[], w: Writer): number {
  if (w.formulas || w.scan === null || loneEmpty(row)) return -1;
  for (let j = 0; j < row.length; j++) {
    const cell = row[j];
    // A hole or a missing cell (written "") is left to the general path.
    if (typeof cell !== "string" || mustQuote(cell, w.scan)) return j;
  }
  return row.length;
}

/**
 * One record, cell by cell, with papaparse's quoting rules. With `stop` from {@link firstToQuote}, the
 * cells before it are written as they are and the cell at it quoted, none of them checked again.
 */
function formatRow(row: readonly string[], w: Writer, delimiter: string, stop = -1): string {
  if (loneEmpty(row)) return w.emptyRow;
  // Without formula escaping the cells are written as they are (a hole as ""), with no copy of the row.
  const cells = w.formulas ? prepared(row, w) : row;
  let out = stop > 0 ? cells.slice(0, stop).join(delimiter) : "";
  for (let j = Math.max(stop, 0); j < cells.length; j++) {
    const cell = cells[j] as string | undefined;
    // A hole or a missing cell of a short row is written as an empty cell.
    const text = cell == null ? "" : j === stop ? quotedText(cell, w) : cellText(cell, w);
    out += (j === 0 ? "" : delimiter) + text;
  }
  return out;
}

/**
 * Writes rows through papaparse's `unparse`, one call per run of rows: a row of one empty cell is
 * written `""` between runs (papaparse would write an empty line, which reads back as no row).
 * Kept as the reference {@link formatRows} is tested against.
 *
 * @internal
 */
export function formatRowsWithPapa(rows: readonly (readonly string[])[], w: Writer): string {
  const newline = w.config.newline as string;
  let out = "";
  let run: string[][] = [];
  let runStart = 0;
  const flush = (): void => {
    if (run.length > 0) out += (runStart === 0 ? "" : newline) + Papa.unparse(run, w.config);
    run = [];
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly string[];
    if (!loneEmpty(row)) {
      if (run.length === 0) runStart = i;
      run.push(prepared(row, w));
      continue;
    }
    flush();
    out += (i === 0 ? "" : newline) + w.emptyRow;
  }
  flush();
  return out;
}

/**
 * Formats one CSV record (no line terminator) with papaparse's `unparse`. A cell is quoted when it
 * holds the delimiter, the quote char, `"`, CR, LF or a byte order mark, or starts/ends with a
 * space; quotes are doubled, or escaped with `escapeChar` when `doubleQuote` is false. A row of one empty cell is written `""` so it is not
 * read back as an empty line. Cells a spreadsheet would run as formulas get a leading `'` first
 * ({@link escapeFormula}) unless `escapeFormulas: false`.
 *
 * @example
 * ```ts
 * formatCsvRow(["a", "b;c", 'di"jo'], { delimiter: ";" }); // 'a;"b;c";"di""jo"'
 * formatCsvRow(["=1+1", "-3"]); // "'=1+1,-3"
 * formatCsvRow(["=1+1"], { escapeFormulas: false }); // "=1+1"
 * ```
 */
export function formatCsvRow(cells: readonly string[], dialect?: WriteDialect): string {
  return formatRows([cells], writer(dialect));
}

/**
 * The text of single CSV cells in a dialect, set up once for many calls (a log written line by line):
 * quoted when it must be, formula-leading text escaped unless `escapeFormulas: false`, as
 * {@link writeCsv} writes each cell.
 *
 * @example
 * ```ts
 * const cell = csvCellWriter();
 * cell("Peña, Ana"); //=> '"Peña, Ana"'
 * cell("=1+1"); //=> "'=1+1"
 * cell("12,5"); //=> '"12,5"'
 * ```
 */
export function csvCellWriter(dialect?: WriteDialect): (cell: string) => string {
  const w = writer(dialect);
  return w.formulas ? (cell) => cellText(escapeFormula(cell), w) : (cell) => cellText(cell, w);
}

/**
 * Writes rows as CSV text: records formatted with {@link formatCsvRow}, joined with the line
 * terminator (default `"\r\n"`, RFC 4180); no terminator after the last record. Formula-leading
 * text cells are escaped unless `escapeFormulas: false`.
 *
 * @example
 * ```ts
 * writeCsv([["id", "nombre"], ["1", "Peña, Ana"]]); // 'id,nombre\r\n1,"Peña, Ana"'
 * writeCsv([["x"], ["@cmd"]], { escapeFormulas: false }); // "x\r\n@cmd"
 * ```
 */
export function writeCsv(rows: readonly (readonly string[])[], dialect?: WriteDialect): string {
  return formatRows(rows, writer(dialect));
}
