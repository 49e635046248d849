import type { SheetRow, Workbook } from "./types";
import { attributes, splitElements, unescapeXml, utf8Pieces } from "./xml";
import { streamEntry, type ZipEntry, ZipFormatError } from "./zip";

/**
 * The most cells or rows a `number-columns-repeated` / `number-rows-repeated` run makes real. Runs of
 * empty cells are never made (a 16,384-column empty tail allocates nothing); a run of the same value
 * longer than this is cut, as no spreadsheet holds more columns.
 */
const MAX_REPEAT = 16_384;

/** The text of a cell's paragraphs: spans dropped, `<text:s text:c="3"/>` spaces and tabs kept. */
function paragraphs(body: string): string {
  const out: string[] = [];
  for (const p of body.matchAll(/<text:(?:p|h)(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/text:(?:p|h)>)/g)) {
    const inner = (p[1] ?? "")
      .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_, n?: string) =>
        " ".repeat(Math.min(Number(n ?? 1), 1000)),
      )
      .replace(/<text:tab\s*\/>/g, "\t")
      .replace(/<text:line-break\s*\/>/g, "\n")
      .replace(/<office:annotation[\s\S]*?<\/office:annotation>/g, "")
      .replace(/<[^>]*>/g, "");
    out.push(unescapeXml(inner));
  }
  return out.join("\n");
}

/** `PT10H30M05S` → `10:30:05` (a duration of a day or more keeps its hours, e.g. `36:00:00`). */
function timeOf(duration: string): string {
  const m = /^-?P(?:(\d+)D)?T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration);
  if (!m) return duration;
  const pad = (n: number) => String(n).padStart(2, "0");
  const hours = Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0);
  return `${pad(hours)}:${pad(Number(m[3] ?? 0))}:${pad(Math.round(Number(m[4] ?? 0)))}`;
}

function cellValue(a: Record<string, string>, body: string): string {
  switch (a["value-type"]) {
    case "float":
    case "percentage":
    case "currency":
      return a.value ?? paragraphs(body);
    case "date":
      return (a["date-value"] ?? "").replace(/T00:00:00(?:\.0+)?$/, "");
    case "time":
      return timeOf(a["time-value"] ?? "");
    case "boolean":
      return a["boolean-value"] ?? "";
    default:
      return paragraphs(body);
  }
}

const CELL =
  /<table:(?:covered-)?table-cell(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g;

function repeat(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * Opens an OpenDocument spreadsheet (`.ods`): its tables from `content.xml`, read again for each sheet
 * asked for, streaming; repeated rows and cells are expanded only when they hold something.
 */
export function openOds(bytes: Uint8Array, entries: Map<string, ZipEntry>): Workbook {
  const content = entries.get("content.xml");
  if (!content) throw new ZipFormatError("no content.xml part");
  const tables = () => splitElements(utf8Pieces(streamEntry(bytes, content)), ["table-row"], ["table"]);
  const sheets: string[] = [];
  const hidden = new Set<number>();
  for (const piece of tables()) {
    if (piece.kind === "open" && piece.name === "table")
      sheets.push(attributes(piece.xml).name ?? `${sheets.length + 1}`);
  }

  function* rows(index: number): Generator<SheetRow> {
    let table = -1;
    let depth = 0;
    let rowNumber = 0;
    for (const piece of tables()) {
      if (piece.name === "table") {
        if (piece.kind === "open" && depth++ === 0) table++;
        else if (piece.kind === "close") depth--;
        if (table > index) return;
        continue;
      }
      if (table !== index || depth !== 1) continue;
      const open = piece.xml.slice(0, piece.xml.indexOf(">") + 1);
      const times = repeat(attributes(open)["number-rows-repeated"]);
      const cells: string[] = [];
      let column = 0;
      for (const m of piece.xml.slice(open.length).matchAll(CELL)) {
        const a = attributes(m[1] as string);
        const span = repeat(a["number-columns-repeated"]);
        const value = cellValue(a, m[2] ?? "");
        if (value !== "") {
          while (cells.length < column) cells.push("");
          for (let i = 0; i < Math.min(span, MAX_REPEAT); i++) cells.push(value);
        }
        column += span;
      }
      if (cells.length === 0) {
        rowNumber += times;
        continue;
      }
      for (let i = 0; i < Math.min(times, MAX_REPEAT * 64); i++)
        yield { rowNumber: ++rowNumber, cells: [...cells] };
      if (times > MAX_REPEAT * 64) rowNumber += times - MAX_REPEAT * 64;
    }
  }

  return { kind: "ods", sheets, hidden, rows };
}
