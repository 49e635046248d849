import { CiudataError } from "@ciudata/core";
import type { SheetInfo } from "../report/detected";
import type { TableError } from "../report/error";
import { joinSheets, sheetError, sheetNote } from "./errors";
import { HEADER_WINDOW, headerIndex } from "./header";
import { openOds } from "./ods";
import type { SheetRow, Workbook } from "./types";
import { openXlsx } from "./xlsx";
import { ZipFormatError, zipEntries } from "./zip";

/** A sheet chosen by name or by 1-based position (a name wins: a sheet may be called `"2"`). */
export type SheetChoice = string | number;

/** A workbook sheet made into rows for the table reader. */
export interface SheetText {
  kind: "xlsx" | "ods";
  info: SheetInfo;
  /** The note saying which sheet was read and what was skipped, when there is something to say. */
  note: TableError | null;
  /** The sheet as comma-separated text, one record per sheet row from row 1 (blank rows as empty cells). */
  text: Generator<string>;
}

const UTF16_ENCRYPTED = new Uint8Array([..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]));

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0] as number;
  for (
    let at = bytes.indexOf(first);
    at >= 0 && at <= bytes.length - needle.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/**
 * Whether the bytes are an Office file encrypted with a password: an OLE compound file holding an
 * `EncryptedPackage` stream (how Excel saves a password-protected `.xlsx`).
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && includes(bytes, UTF16_ENCRYPTED);
}

/** Opens a workbook, or `null` when the ZIP is neither an `.xlsx` nor an `.ods` (a `.docx`, a plain archive). */
export function openWorkbook(bytes: Uint8Array, path: string | null): Workbook | null {
  try {
    const entries = zipEntries(bytes);
    const mimetype = entries.get("mimetype");
    const ods =
      mimetype !== undefined &&
      new TextDecoder()
        .decode(bytes.subarray(0, 200))
        .includes("application/vnd.oasis.opendocument.spreadsheet");
    if (ods || (entries.has("content.xml") && !entries.has("[Content_Types].xml")))
      return openOds(bytes, entries);
    if (entries.has("xl/workbook.xml") || [...entries.keys()].some((k) => /^xl\/workbook\d*\.xml$/.test(k))) {
      return openXlsx(bytes, entries);
    }
    return null;
  } catch (cause) {
    if (cause instanceof ZipFormatError || cause instanceof Error) {
      throw new CiudataError([sheetError("corrupt", path, { detail: cause.message })], { cause });
    }
    throw cause;
  }
}

function chooseSheet(book: Workbook, choice: SheetChoice | undefined, path: string | null): number {
  if (choice !== undefined && `${choice}`.trim() !== "") {
    const byName = book.sheets.indexOf(`${choice}`);
    if (byName >= 0) return byName;
    const folded = book.sheets.findIndex((s) => s.trim().toLowerCase() === `${choice}`.trim().toLowerCase());
    if (folded >= 0) return folded;
    const n = Number(choice);
    if (Number.isInteger(n) && n >= 1 && n <= book.sheets.length) return n - 1;
    throw new CiudataError([
      sheetError("no-sheet", path, { sheet: `${choice}`, sheets: joinSheets(book.sheets), kind: book.kind }),
    ]);
  }
  if (book.sheets.length === 0) throw new CiudataError([sheetError("no-sheets", path, { kind: book.kind })]);
  const order = book.sheets
    .map((_, i) => i)
    .sort((a, b) => Number(book.hidden.has(a)) - Number(book.hidden.has(b)));
  for (const i of order) {
    for (const _ of book.rows(i)) return i;
  }
  throw new CiudataError([
    sheetError("empty-sheet", path, {
      sheet: book.sheets[0] as string,
      sheets: joinSheets(book.sheets),
      kind: book.kind,
    }),
  ]);
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
const field = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Text handed to the table reader at once. */
const PIECE = 64 * 1024;

function* csvOf(first: readonly SheetRow[], rest: Iterator<SheetRow>, width: number): Generator<string> {
  const blank = ",".repeat(Math.max(0, width - 1));
  let out = "";
  let row = 0;
  const emit = (r: SheetRow) => {
    while (++row < r.rowNumber) out += `${blank}\n`;
    const cells =
      r.cells.length < width ? [...r.cells, ...Array<string>(width - r.cells.length).fill("")] : r.cells;
    out += `${cells.map(field).join(",")}\n`;
  };
  for (const r of first) emit(r);
  while (true) {
    if (out.length >= PIECE) {
      yield out;
      out = "";
    }
    const next = rest.next();
    if (next.done) break;
    emit(next.value);
  }
  if (out) yield out;
}

/** Damage met while the rows are read (a part cut short) becomes a located `sheet-error`. */
function* guarded(text: Generator<string>, path: string | null, kind: string): Generator<string> {
  try {
    yield* text;
  } catch (cause) {
    if (cause instanceof CiudataError) throw cause;
    throw new CiudataError([sheetError("corrupt", path, { detail: (cause as Error).message, kind })], {
      cause,
    });
  }
}

/**
 * Reads one sheet of a workbook (`.xlsx` or `.ods` bytes) as comma-separated text the table reader
 * parses like any CSV: the sheet chosen by name or position (default: the first visible sheet with
 * data), its header found below any title rows, dates shown as dates, formulas as their cached values.
 * Throws a `sheet-error` `CiudataError` for a damaged workbook, a sheet that does not exist, an empty one.
 *
 * @example
 * ```ts
 * const sheet = readSheetText(bytes, "libro.xlsx", "Datos");
 * sheet?.info.headerRow; //=> 3
 * ```
 */
export function readSheetText(
  bytes: Uint8Array,
  path: string | null,
  choice?: SheetChoice,
): SheetText | null {
  const book = openWorkbook(bytes, path);
  if (book === null) return null;
  try {
    const index = chooseSheet(book, choice, path);
    const iterator = book.rows(index)[Symbol.iterator]();
    const first: SheetRow[] = [];
    while (first.length < HEADER_WINDOW) {
      const next = iterator.next();
      if (next.done) break;
      first.push(next.value);
    }
    const name = book.sheets[index] as string;
    if (first.length === 0) {
      throw new CiudataError([
        sheetError("empty-sheet", path, { sheet: name, sheets: joinSheets(book.sheets), kind: book.kind }),
      ]);
    }
    const header = first[headerIndex(first)] as SheetRow;
    const skipped = header.rowNumber - 1;
    const info: SheetInfo = {
      name,
      position: index + 1,
      sheets: [...book.sheets],
      headerRow: header.rowNumber,
      skippedRows: Array.from({ length: skipped }, (_, i) => i + 1),
    };
    const others = book.sheets.filter((_, i) => i !== index);
    const note =
      skipped > 0 || others.length > 0
        ? sheetNote({
            path: path ?? "",
            kind: book.kind,
            sheet: name,
            position: index + 1,
            others: joinSheets(others),
            skipped,
            headerRow: header.rowNumber,
          })
        : null;
    const text = guarded(csvOf(first, iterator, Math.max(1, header.cells.length)), path, book.kind);
    return { kind: book.kind, info, note, text };
  } catch (cause) {
    if (cause instanceof CiudataError) throw cause;
    throw new CiudataError(
      [sheetError("corrupt", path, { detail: (cause as Error).message, kind: book.kind })],
      {
        cause,
      },
    );
  }
}
