import { strToU8, zipSync } from "fflate";

/** A cell {@link toXlsx} writes: text, a number, a boolean, or `null` for an empty cell. */
export type XlsxCell = string | number | boolean | null;

/** Options of {@link toXlsx}. */
export interface ToXlsxOptions {
  /** The name of the sheet (at most 31 characters, none of `\ / ? * [ ] :`). Defaults to `"Hoja1"`. */
  sheetName?: string;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const contentTypes = (sheets: number) =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbookRels = (sheets: number) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** `0` → `A`, `27` → `AB`. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold.
  /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for an XML element: markup escaped; characters XML cannot hold (controls, lone surrogates) and
 * the carriage return as Excel writes them (`_x000D_`), a literal `_xHHHH_` protected the same way.
 */
function xmlText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function cellXml(value: XlsxCell, ref: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "number" && Number.isFinite(value))
    return `<c r="${ref}"><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
}

/**
 * Writes a table as a minimal Excel workbook (`.xlsx`) of one sheet: the header on row 1, then the
 * rows; text as inline strings (a cell starting with `=` stays text, never a formula), numbers as
 * numbers, booleans as booleans, `null` and `""` as empty cells. A number that is not finite (`NaN`,
 * `Infinity`) is written as its text. Runs in browsers too.
 *
 * @param header The column names.
 * @param rows The rows, cells in the header's order.
 * @param options The sheet's name.
 * @returns The bytes of the `.xlsx` file.
 *
 * @example
 * ```ts
 * const bytes = toXlsx(["barrio", "poblacion"], [["Centro", 1234], ["Norte", 567]]);
 * await writeFile("barrios.xlsx", bytes); // opens in Excel, LibreOffice and Google Sheets
 * ```
 */
export function toXlsx(
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
  options: ToXlsxOptions = {},
): Uint8Array {
  return toXlsxSheets([{ name: options.sheetName ?? "Hoja1", header, rows }]);
}

/** One sheet {@link toXlsxSheets} writes: its name, header and rows. */
export interface XlsxSheet {
  /** At most 31 characters, none of `\ / ? * [ ] :` (those become spaces). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
}

function sheetXml(header: readonly string[], rows: readonly (readonly XlsxCell[])[]): string {
  const names: string[] = [];
  const parts: string[] = [`${XML}<worksheet xmlns="${MAIN}"><sheetData>`];
  const all = [header, ...rows];
  for (let r = 0; r < all.length; r++) {
    const row = all[r] as readonly XlsxCell[];
    let cells = "";
    for (let c = 0; c < row.length; c++) {
      names[c] ??= columnName(c);
      cells += cellXml(row[c] ?? null, `${names[c]}${r + 1}`);
    }
    if (cells) parts.push(`<row r="${r + 1}">${cells}</row>`);
  }
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

/**
 * Writes several tables as one Excel workbook (`.xlsx`), one sheet each, in order, the way {@link toXlsx}
 * writes one (an XLSForm is three: `survey`, `choices`, `settings`). Runs in browsers too.
 *
 * @param sheets The sheets, in order (at least one).
 * @returns The bytes of the `.xlsx` file.
 *
 * @example
 * ```ts
 * const bytes = toXlsxSheets([
 *   { name: "survey", header: ["type", "name"], rows: [["text", "barrio"]] },
 *   { name: "settings", header: ["form_id"], rows: [["barrios"]] },
 * ]);
 * ```
 */
export function toXlsxSheets(sheets: readonly XlsxSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes(sheets.length)),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRels(sheets.length)),
    "xl/styles.xml": strToU8(STYLES),
  };
  const entries = sheets.map((sheet, i) => {
    const name = xmlText(sheet.name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || `Hoja${i + 1}`).replace(
      /"/g,
      "&quot;",
    );
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet.header, sheet.rows));
    return `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
  });
  files["xl/workbook.xml"] = strToU8(
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${entries.join("")}</sheets></workbook>`,
  );
  return zipSync(files);
}
