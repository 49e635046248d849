import type { Inspection } from "@ciudata/table";
import type { Lang } from "../types";

const words = {
  es: {
    encoding: "Codificación",
    sure: "confianza",
    delimiter: "Separador",
    header: "Encabezado en la fila",
    titleRows: "filas de título omitidas:",
    rows: "Filas de datos",
    columns: "Columnas",
    types: "Tipos inferidos",
    format: "Formato",
    tab: "tabulador",
  },
  en: {
    encoding: "Encoding",
    sure: "confidence",
    delimiter: "Delimiter",
    header: "Header on row",
    titleRows: "title rows skipped:",
    rows: "Data rows",
    columns: "Columns",
    types: "Inferred types",
    format: "Format",
    tab: "tab",
  },
  pt: {
    encoding: "Codificação",
    sure: "confiança",
    delimiter: "Separador",
    header: "Cabeçalho na linha",
    titleRows: "linhas de título ignoradas:",
    rows: "Linhas de dados",
    columns: "Colunas",
    types: "Tipos inferidos",
    format: "Formato",
    tab: "tabulação",
  },
} as const;

/**
 * What `inspectTable` detected, as terminal text.
 * @internal
 */
export function detectedText(info: Inspection, lang: Lang): string {
  const w = words[lang];
  const d = info.detected;
  const lines: string[] = [];
  const confidence =
    typeof d.encodingConfidence === "number" ? ` (${w.sure} ${Math.round(d.encodingConfidence * 100)}%)` : "";
  lines.push(`${w.encoding}: ${String(d.encoding)}${confidence}${d.bom ? " + BOM" : ""}`);
  if (d.format) {
    lines.push(`${w.format}: ${String(d.format)}`);
    return `${lines.join("\n")}\n`;
  }
  const delimiter = d.delimiter === "\t" ? w.tab : `"${String(d.delimiter)}"`;
  lines.push(`${w.delimiter}: ${delimiter}`);
  const headerRows = Array.isArray(d.headerRows) ? (d.headerRows as number[]) : [];
  if (d.header !== false && headerRows.length) {
    const skipped = (headerRows[0] ?? 1) - 1;
    lines.push(`${w.header}: ${headerRows.join(", ")}${skipped > 0 ? ` (${w.titleRows} ${skipped})` : ""}`);
  }
  lines.push(`${w.rows}: ${info.rows}`);
  lines.push(`${w.columns}: ${info.columns}`);
  if (info.schema) {
    lines.push(`${w.types}:`);
    for (const f of info.schema.fields) {
      const extra = [
        f.format && f.format !== "default" ? f.format : null,
        f.type === "number" && f.decimalChar ? `decimalChar "${f.decimalChar}"` : null,
      ].filter(Boolean);
      lines.push(`  - ${f.name}: ${f.type ?? "any"}${extra.length ? ` (${extra.join(", ")})` : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
