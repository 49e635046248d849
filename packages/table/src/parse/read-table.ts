import type { ResolvedDialect } from "../dialect/schema";
import { joinHeaderRows } from "./header";
import { parseRows } from "./rows";
import type { ParseOptions, RawRow } from "./types";

/** A table with its header consumed: `rows` yields the data rows (comment rows removed). */
export interface TableReader {
  dialect: ResolvedDialect;
  labels: string[];
  /** The header rows actually found. */
  headerRowNumbers: number[];
  rows: AsyncIterable<RawRow[]>;
}

type CommentTest = ((row: RawRow) => boolean) | null;

function commentTest(dialect: ResolvedDialect): CommentTest {
  const numbers = new Set(dialect.commentRows);
  const char = dialect.commentChar;
  if (numbers.size === 0 && (char === null || char === "")) return null;
  return (row) =>
    numbers.has(row.rowNumber) || (char !== null && char !== "" && (row.cells[0] as string).startsWith(char));
}

async function* dataRows(
  source: AsyncIterator<RawRow[]>,
  first: RawRow[],
  isComment: CommentTest,
): AsyncGenerator<RawRow[], void, undefined> {
  try {
    let batch: RawRow[] | undefined = first;
    while (true) {
      if (batch !== undefined) {
        const kept = isComment === null ? batch : batch.filter((row) => !isComment(row));
        if (kept.length > 0) yield kept;
      }
      const next = await source.next();
      if (next.done === true) return;
      batch = next.value;
    }
  } finally {
    await source.return?.();
  }
}

/**
 * Opens a table: consumes the header row(s) (several `headerRows` are joined with `headerJoin`),
 * then streams data rows, skipping `commentRows` and rows starting with `commentChar` while
 * keeping their row numbers. Rows before the last header row are never data. With
 * `header: false`, `labels` is `[]` and the first record is data row 1.
 *
 * @example
 * ```ts
 * async function* text() { yield "id;nombre\n1;Ana\n"; }
 * const table = await readTable(text(), resolveDialect({ delimiter: ";" }));
 * table.labels; // ["id", "nombre"]
 * for await (const batch of table.rows) console.log(batch); // [{ rowNumber: 2, cells: ["1", "Ana"] }]
 * ```
 */
export async function readTable(
  text: AsyncIterable<string>,
  dialect: ResolvedDialect,
  options: ParseOptions = {},
): Promise<TableReader> {
  const source = parseRows(text, dialect, options);
  const isComment = commentTest(dialect);
  const headerNumbers = dialect.header ? [...new Set(dialect.headerRows)].sort((a, b) => a - b) : [];
  const lastHeader = headerNumbers[headerNumbers.length - 1];
  if (lastHeader === undefined) {
    return { dialect, labels: [], headerRowNumbers: [], rows: dataRows(source, [], isComment) };
  }
  const wanted = new Set(headerNumbers);
  const headerRows: string[][] = [];
  const found: number[] = [];
  let rest: RawRow[] = [];
  try {
    while (true) {
      const next = await source.next();
      if (next.done === true) break;
      const batch = next.value;
      let i = 0;
      for (; i < batch.length; i++) {
        const row = batch[i] as RawRow;
        if (row.rowNumber > lastHeader) break;
        if (wanted.has(row.rowNumber)) {
          headerRows.push(row.cells);
          found.push(row.rowNumber);
        }
      }
      if (i < batch.length) {
        rest = batch.slice(i);
        break;
      }
    }
  } catch (error) {
    await source.return();
    throw error;
  }
  return {
    dialect,
    labels: joinHeaderRows(headerRows, dialect.headerJoin),
    headerRowNumbers: found,
    rows: dataRows(source, rest, isComment),
  };
}
