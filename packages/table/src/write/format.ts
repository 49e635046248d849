import type { ResolvedDialect } from "../dialect/schema";

/** The dialect keys the writer uses; all optional (RFC 4180 defaults). */
export type WriteDialect = Partial<
  Pick<ResolvedDialect, "delimiter" | "quoteChar" | "doubleQuote" | "escapeChar" | "lineTerminator">
>;

interface Writer {
  delimiter: string;
  quote: string;
  escaped: string;
}

function writer(dialect: WriteDialect | undefined): Writer {
  const delimiter = dialect?.delimiter ?? ",";
  const quote = dialect?.quoteChar ?? '"';
  const escapeChar = dialect?.escapeChar ?? null;
  const useEscape = dialect?.doubleQuote === false && escapeChar !== null;
  return { delimiter, quote, escaped: useEscape ? escapeChar + quote : quote + quote };
}

function needsQuotes(cell: string, w: Writer): boolean {
  if (cell === "") return false;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return (
    first === 32 ||
    last === 32 ||
    cell.includes(w.delimiter) ||
    cell.includes(w.quote) ||
    cell.includes("\n") ||
    cell.includes("\r")
  );
}

function formatRow(cells: readonly string[], w: Writer): string {
  if (cells.length === 1 && cells[0] === "") return w.quote + w.quote;
  let out = "";
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j] as string;
    if (j > 0) out += w.delimiter;
    out += needsQuotes(cell, w) ? w.quote + cell.split(w.quote).join(w.escaped) + w.quote : cell;
  }
  return out;
}

/**
 * Formats one CSV record (no line terminator). A cell is quoted when it holds the delimiter, the
 * quote char, CR or LF, or starts/ends with a space; quotes are doubled, or escaped with
 * `escapeChar` when `doubleQuote` is false. A row of one empty cell is written `""` so it is not
 * read back as an empty line.
 *
 * @example
 * ```ts
 * formatCsvRow(["a", "b;c", 'di"jo'], { delimiter: ";" }); // 'a;"b;c";"di""jo"'
 * ```
 */
export function formatCsvRow(cells: readonly string[], dialect?: WriteDialect): string {
  return formatRow(cells, writer(dialect));
}

/**
 * Writes rows as CSV text: records formatted with {@link formatCsvRow}, joined with the line
 * terminator (default `"\r\n"`, RFC 4180); no terminator after the last record.
 *
 * @example
 * ```ts
 * writeCsv([["id", "nombre"], ["1", "Peña, Ana"]]); // 'id,nombre\r\n1,"Peña, Ana"'
 * ```
 */
export function writeCsv(rows: readonly (readonly string[])[], dialect?: WriteDialect): string {
  const w = writer(dialect);
  const terminator = dialect?.lineTerminator ?? "\r\n";
  const lines: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = formatRow(rows[i] as readonly string[], w);
  return lines.join(terminator);
}
