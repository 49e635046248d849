/** How {@link splitSample} reads a sample. */
export interface SplitOptions {
  delimiter: string;
  quoteChar: string;
  /** Escape character inside quoted fields, or null. */
  escapeChar: string | null;
  /** Stop after this many records. */
  maxRecords: number;
}

/** Records of a sample, and whether the last one was cut (open quote or no final line break). */
export interface SplitSample {
  records: string[][];
  /** True when the last record did not end with a line break (it may be truncated). */
  lastUnterminated: boolean;
}

/**
 * A small quote-aware record splitter used only for sniffing (the reader uses papaparse).
 * Any of `\r\n`, `\r`, `\n` ends a record outside quotes; an empty line is the record `[""]`.
 *
 * @example
 * ```ts
 * splitSample('a;"b;c"\n1;2', { delimiter: ";", quoteChar: '"', escapeChar: null, maxRecords: 10 }).records;
 * // [["a", "b;c"], ["1", "2"]]
 * ```
 */
export function splitSample(sample: string, options: SplitOptions): SplitSample {
  const { delimiter, quoteChar, escapeChar, maxRecords } = options;
  const records: string[][] = [];
  let row: string[] = [];
  let field = "";
  let start = 0; // start of the current unquoted run
  let inQuotes = false;
  let quotedField = false;
  const n = sample.length;
  let i = 0;
  while (i < n) {
    const c = sample[i] as string;
    if (inQuotes) {
      if (escapeChar !== null && c === escapeChar && escapeChar !== quoteChar && i + 1 < n) {
        field += sample.slice(start, i) + sample[i + 1];
        i += 2;
        start = i;
        continue;
      }
      if (c === quoteChar) {
        if (sample[i + 1] === quoteChar) {
          field += sample.slice(start, i + 1);
          i += 2;
          start = i;
          continue;
        }
        field += sample.slice(start, i);
        inQuotes = false;
        i++;
        start = i;
        continue;
      }
      i++;
      continue;
    }
    if (c === delimiter) {
      row.push(field + sample.slice(start, i));
      field = "";
      quotedField = false;
      i++;
      start = i;
      continue;
    }
    if (c === "\n" || c === "\r") {
      row.push(field + sample.slice(start, i));
      records.push(row);
      if (records.length >= maxRecords) return { records, lastUnterminated: false };
      row = [];
      field = "";
      quotedField = false;
      i += c === "\r" && sample[i + 1] === "\n" ? 2 : 1;
      start = i;
      continue;
    }
    if (c === quoteChar && !quotedField && i === start && field === "") {
      inQuotes = true;
      quotedField = true;
      i++;
      start = i;
      continue;
    }
    i++;
  }
  if (start < n || row.length > 0 || field !== "" || inQuotes) {
    row.push(field + sample.slice(start, n));
    records.push(row);
    return { records, lastUnterminated: true };
  }
  return { records, lastUnterminated: false };
}

/**
 * True for a record that is an empty line.
 *
 * @example
 * ```ts
 * isBlankRecord([""]); // true
 * isBlankRecord(["", ""]); // false (a row of empty cells)
 * ```
 */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.length === 1 && cells[0] === "";
}

/**
 * Number of cells that are not empty after trimming.
 *
 * @example
 * ```ts
 * nonEmptyCount(["Reporte 2024", " ", ""]); // 1
 * ```
 */
export function nonEmptyCount(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) if (cell.trim() !== "") count++;
  return count;
}
