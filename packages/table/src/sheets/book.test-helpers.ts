// Workbooks written part by part with fflate, independently of `toXlsx`, so the reader is tested
// against bytes it did not make.
import { strToU8, zipSync } from "fflate";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One sheet of a test workbook: its name and its `<sheetData>` content (rows as XML). */
export interface TestSheet {
  name: string;
  rows: string;
  state?: "hidden";
}

/**
 * An `.xlsx` made of the given parts: shared strings, the styles (cell style 1 is a date format, 2 a
 * date-time, 3 a plain number with two decimals), and the sheets.
 */
export function xlsxBytes(
  sheets: readonly TestSheet[],
  options: { shared?: string[]; date1904?: boolean } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          "",
        )}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd hh:mm"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${(
        options.shared ?? []
      )
        .map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`))
        .join("")}</sst>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>`,
    );
  });
  return zipSync(files);
}

/** An `.ods` whose `content.xml` body holds the given `<table:table>` elements. */
export function odsBytes(tables: string): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8(content),
    "META-INF/manifest.xml": strToU8(
      '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
    ),
  });
}

/** A password-protected `.xlsx` as Excel saves it: an OLE compound file holding an `EncryptedPackage` stream. */
export function encryptedBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  bytes.set(
    [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]),
    1152,
  );
  return bytes;
}

/** The hospitals book of the acceptance tests: title in A1 (merged), a blank row, the header on row 3. */
export const HOSPITALS_CSV =
  'id,nombre,fecha_alta,camas,total\n1,Hospital Central,2024-03-15,120,240\n2,"Clínica Norte, sede 2",2023-12-31,45,90\n3,Posta Sur,1999-01-01,8,16\n';

export function hospitalsXlsx(): Uint8Array {
  const shared = [
    "Hospitales de la ciudad 2024",
    "id",
    "nombre",
    "fecha_alta",
    "camas",
    "total",
    "Hospital Central",
    "Clínica Norte, sede 2",
    "Posta Sur",
  ];
  const row = (r: number, id: number, name: number, serial: number, beds: number) =>
    `<row r="${r}"><c r="A${r}"><v>${id}</v></c><c r="B${r}" t="s"><v>${name}</v></c><c r="C${r}" s="1"><v>${serial}</v></c><c r="D${r}"><v>${beds}</v></c><c r="E${r}"><f>D${r}*2</f><v>${beds * 2}</v></c></row>`;
  const rows = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
    `<row r="3">${["A", "B", "C", "D", "E"].map((c, i) => `<c r="${c}3" t="s"><v>${i + 1}</v></c>`).join("")}</row>`,
    row(4, 1, 6, 45366, 120),
    row(5, 2, 7, 45291, 45),
    row(6, 3, 8, 36161, 8),
  ].join("");
  return xlsxBytes(
    [
      { name: "Hospitales", rows },
      {
        name: "Notas",
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>fuente: ministerio</t></is></c></row>',
      },
    ],
    { shared },
  );
}

const cell = (v: string, attrs = "") => `<table:table-cell${attrs}><text:p>${v}</text:p></table:table-cell>`;
const num = (v: number) =>
  `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;

export function hospitalsOds(): Uint8Array {
  const row = (id: number, name: string, date: string, shown: string, beds: number) =>
    `<table:table-row>${num(id)}${cell(name)}<table:table-cell office:value-type="date" office:date-value="${date}"><text:p>${shown}</text:p></table:table-cell>${num(beds)}<table:table-cell table:formula="of:=[.D${id + 3}]*2" office:value-type="float" office:value="${beds * 2}"><text:p>${beds * 2}</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16379"/></table:table-row>`;
  return odsBytes(
    `<table:table table:name="Hospitales"><table:table-column table:number-columns-repeated="16384"/><table:table-row>${cell("Hospitales de la ciudad 2024", ' table:number-columns-spanned="5"')}<table:covered-table-cell table:number-columns-repeated="4"/><table:table-cell table:number-columns-repeated="16379"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16384"/></table:table-row><table:table-row>${["id", "nombre", "fecha_alta", "camas", "total"].map((h) => cell(h)).join("")}<table:table-cell table:number-columns-repeated="16379"/></table:table-row>${row(1, "Hospital Central", "2024-03-15", "15/03/24", 120)}${row(2, "Clínica Norte, sede 2", "2023-12-31", "31/12/23", 45)}${row(3, "Posta Sur", "1999-01-01", "01/01/99", 8)}<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table><table:table table:name="Notas"><table:table-row>${cell("fuente: ministerio")}</table:table-row></table:table>`,
  );
}
