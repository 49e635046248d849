import { type DateKind, dateKindOf, serialToIso } from "./dates";
import type { SheetRow, Workbook } from "./types";
import { attributes, elementsOf, splitElements, unescapeXml, utf8Pieces } from "./xml";
import { readEntry, streamEntry, type ZipEntry, ZipFormatError } from "./zip";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A path inside the archive, resolved against the folder of the part that names it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relationships(
  bytes: Uint8Array,
  entries: Map<string, ZipEntry>,
  part: string,
): Map<string, { target: string; type: string }> {
  const slash = part.lastIndexOf("/");
  const path = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const entry = entries.get(path);
  const out = new Map<string, { target: string; type: string }>();
  if (!entry) return out;
  for (const xml of elementsOf(text(readEntry(bytes, entry)), "Relationship")) {
    const a = attributes(xml);
    if (a.Id && a.Target) out.set(a.Id, { target: resolvePart(part, a.Target), type: a.Type ?? "" });
  }
  return out;
}

/** Excel's `_xHHHH_` escapes (a carriage return is stored as `_x000D_`), then XML references. */
function cellText(raw: string): string {
  const plain = unescapeXml(raw);
  return plain.includes("_x")
    ? plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : plain;
}

/** The text of a shared or inline string: its `<t>` runs (rich text included), phonetic runs left out. */
function stringOf(xml: string): string {
  // Most strings are one plain run: no rich text, no phonetic guide.
  if (!xml.includes("<r") && !xml.includes(":r")) return cellText(PLAIN_T.exec(xml)?.[1] ?? "");
  const body = xml.replace(/<(?:\w+:)?rPh[\s>][\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1] as string;
  return cellText(out);
}

const PLAIN_T = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/;

/** `A` → 0, `AB` → 27: the column of a cell reference such as `AB12`. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

interface Styles {
  /** What each cell style (the `s` attribute) shows of a number. */
  dates: DateKind[];
}

function readStyles(xml: string | null): Styles {
  if (xml === null) return { dates: [] };
  const codes = new Map<number, string>();
  for (const f of elementsOf(xml, "numFmt")) {
    const a = attributes(f);
    if (a.numFmtId !== undefined && a.formatCode !== undefined) codes.set(Number(a.numFmtId), a.formatCode);
  }
  const cellXfs = elementsOf(xml, "cellXfs")[0] ?? "";
  const dates = elementsOf(cellXfs, "xf").map((xf) =>
    dateKindOf(Number(attributes(xf.slice(0, xf.indexOf(">") + 1)).numFmtId ?? 0), codes),
  );
  return { dates };
}

const CELL = /<(?:\w+:)?c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)/;
const CELL_REF = /\sr\s*=\s*["']([A-Z]+)/;
const CELL_TYPE = /\st\s*=\s*["'](\w+)/;
const CELL_STYLE = /\ss\s*=\s*["'](\d+)/;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;

/**
 * Opens an Office Open XML workbook (`.xlsx`, `.xlsm`): its sheet names from `workbook.xml`, the number
 * formats that make a number a date from `styles.xml`, the shared strings; each sheet's rows are read
 * lazily from its part, cached formula values (`<v>`) included.
 */
export function openXlsx(bytes: Uint8Array, entries: Map<string, ZipEntry>): Workbook {
  const root = relationships(bytes, entries, "");
  const office = [...root.values()].find((r) => r.type.endsWith("/officeDocument"));
  const workbookPath = office && entries.has(office.target) ? office.target : "xl/workbook.xml";
  const workbookEntry = entries.get(workbookPath);
  if (!workbookEntry) throw new ZipFormatError("no workbook part");
  const workbook = text(readEntry(bytes, workbookEntry));
  const props = attributes(elementsOf(workbook, "workbookPr")[0] ?? "");
  const date1904 = props.date1904 === "1" || props.date1904 === "true";
  const rels = relationships(bytes, entries, workbookPath);
  const sheets: { name: string; path: string }[] = [];
  const hidden = new Set<number>();
  for (const xml of elementsOf(workbook, "sheet")) {
    const a = attributes(xml);
    const rel = a.id === undefined ? undefined : rels.get(a.id);
    if (!rel?.type.endsWith("/worksheet")) continue;
    if (a.state === "hidden" || a.state === "veryHidden") hidden.add(sheets.length);
    sheets.push({ name: a.name ?? `${sheets.length + 1}`, path: rel.target });
  }
  const relOf = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const stylesEntry = entries.get(relOf("/styles") ?? "xl/styles.xml");
  const styles = readStyles(stylesEntry ? text(readEntry(bytes, stylesEntry)) : null);
  let shared: string[] | null = null;
  const sharedStrings = (): string[] => {
    if (shared) return shared;
    shared = [];
    const entry = entries.get(relOf("/sharedStrings") ?? "xl/sharedStrings.xml");
    if (entry) {
      for (const si of splitElements(utf8Pieces(streamEntry(bytes, entry)), ["si"]))
        shared.push(stringOf(si.xml));
    }
    return shared;
  };

  function* rows(index: number): Generator<SheetRow> {
    const sheet = sheets[index];
    const entry = sheet ? entries.get(sheet.path) : undefined;
    if (!entry) return;
    const strings = sharedStrings();
    let previous = 0;
    for (const piece of splitElements(utf8Pieces(streamEntry(bytes, entry)), ["row"])) {
      const open = piece.xml.slice(0, piece.xml.indexOf(">") + 1);
      const r = Number(ROW_NUMBER.exec(open)?.[1]);
      const rowNumber = Number.isInteger(r) && r > previous ? r : previous + 1;
      previous = rowNumber;
      const cells: string[] = [];
      let column = -1;
      let any = false;
      CELL.lastIndex = open.length;
      for (let m = CELL.exec(piece.xml); m !== null; m = CELL.exec(piece.xml)) {
        // Three small searches, not a full attribute map: this runs once per cell of the sheet.
        const tag = m[1] as string;
        const ref = CELL_REF.exec(tag)?.[1];
        column = ref ? columnOf(ref) : column + 1;
        const value = cellValue(
          CELL_TYPE.exec(tag)?.[1] ?? "n",
          CELL_STYLE.exec(tag)?.[1],
          m[2] ?? "",
          strings,
        );
        if (value === "") continue;
        while (cells.length < column) cells.push("");
        cells[column] = value;
        any = true;
      }
      if (any) yield { rowNumber, cells };
    }
  }

  function cellValue(
    type: string,
    style: string | undefined,
    body: string,
    strings: readonly string[],
  ): string {
    if (type === "inlineStr") return stringOf(body);
    const v = VALUE.exec(body);
    if (!v) return "";
    const raw = v[1] as string;
    switch (type) {
      case "s":
        return strings[Number(raw)] ?? "";
      case "b":
        return raw === "1" ? "true" : raw === "0" ? "false" : raw;
      case "str":
      case "e":
        return cellText(raw);
      case "d":
        return unescapeXml(raw).replace(/T00:00:00(?:\.0+)?Z?$/, "");
      default: {
        const kind = styles.dates[Number(style ?? 0)] ?? null;
        if (kind === null) return raw.trim();
        return serialToIso(Number(raw), kind, date1904) ?? raw.trim();
      }
    }
  }

  return { kind: "xlsx", sheets: sheets.map((s) => s.name), hidden, rows };
}
