import { defineCatalogs } from "@ciudata/core";

/** The texts of what `inspect` detected (`commands/_detected-text.ts`), in es, en and pt. */
export const detectedTextMessages = defineCatalogs({
  es: {
    encoding: (p: { encoding: string; confidence: number | null; bom: boolean }, w) =>
      `Codificación: ${p.encoding}${p.confidence === null ? "" : ` (confianza ${w.percent(p.confidence, 0)})`}${p.bom ? " + BOM" : ""}`,
    delimiter: (p: { delimiter: string }) => `Separador: ${p.delimiter}`,
    tab: "tabulador",
    header: (p: { rows: string; skipped: number }, w) =>
      `Encabezado en la fila: ${p.rows}${p.skipped > 0 ? ` (filas de título omitidas: ${w.number(p.skipped)})` : ""}`,
    rows: (p: { rows: number }, w) => `Filas de datos: ${w.number(p.rows)}`,
    blankRows: (p: { rows: number }, w) =>
      `Líneas en blanco (no cuentan como filas de datos): ${w.number(p.rows)}`,
    columns: (p: { columns: number }, w) => `Columnas: ${w.number(p.columns)}`,
    types: "Tipos inferidos:",
    format: (p: { format: string }) => `Formato: ${p.format}`,
    sheet: (p: { sheet: string; position: number; sheets: string[] }, w) =>
      `Hoja: «${p.sheet}» (${w.number(p.position)} de ${w.number(p.sheets.length)}: ${w.list(p.sheets.map((s) => `«${s}»`))})`,
  },
  en: {
    encoding: (p, w) =>
      `Encoding: ${p.encoding}${p.confidence === null ? "" : ` (confidence ${w.percent(p.confidence, 0)})`}${p.bom ? " + BOM" : ""}`,
    delimiter: (p) => `Delimiter: ${p.delimiter}`,
    tab: "tab",
    header: (p, w) =>
      `Header on row: ${p.rows}${p.skipped > 0 ? ` (title rows skipped: ${w.number(p.skipped)})` : ""}`,
    rows: (p, w) => `Data rows: ${w.number(p.rows)}`,
    blankRows: (p, w) => `Blank lines (not counted as data rows): ${w.number(p.rows)}`,
    columns: (p, w) => `Columns: ${w.number(p.columns)}`,
    types: "Inferred types:",
    format: (p) => `Format: ${p.format}`,
    sheet: (p, w) =>
      `Sheet: "${p.sheet}" (${w.number(p.position)} of ${w.number(p.sheets.length)}: ${w.list(p.sheets.map((s) => `"${s}"`))})`,
  },
  pt: {
    encoding: (p, w) =>
      `Codificação: ${p.encoding}${p.confidence === null ? "" : ` (confiança ${w.percent(p.confidence, 0)})`}${p.bom ? " + BOM" : ""}`,
    delimiter: (p) => `Separador: ${p.delimiter}`,
    tab: "tabulação",
    header: (p, w) =>
      `Cabeçalho na linha: ${p.rows}${p.skipped > 0 ? ` (linhas de título ignoradas: ${w.number(p.skipped)})` : ""}`,
    rows: (p, w) => `Linhas de dados: ${w.number(p.rows)}`,
    blankRows: (p, w) => `Linhas em branco (não contam como linhas de dados): ${w.number(p.rows)}`,
    columns: (p, w) => `Colunas: ${w.number(p.columns)}`,
    types: "Tipos inferidos:",
    format: (p) => `Formato: ${p.format}`,
    sheet: (p, w) =>
      `Planilha: "${p.sheet}" (${w.number(p.position)} de ${w.number(p.sheets.length)}: ${w.list(p.sheets.map((s) => `"${s}"`))})`,
  },
});
