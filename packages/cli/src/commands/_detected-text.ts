import { type Lang, translator } from "@ciudata/core";
import type { Inspection } from "@ciudata/table";
import { detectedTextMessages } from "../messages/detected-text";

/**
 * What `inspectTable` detected, as terminal text.
 * @internal
 */
export function detectedText(info: Inspection, lang: Lang): string {
  const { t } = translator(detectedTextMessages, lang);
  const d = info.detected;
  const lines: string[] = [];
  const confidence = typeof d.encodingConfidence === "number" ? d.encodingConfidence : null;
  lines.push(t("encoding", { encoding: String(d.encoding), confidence, bom: Boolean(d.bom) }));
  if (d.format) lines.push(t("format", { format: String(d.format) }));
  if (d.sheet)
    lines.push(t("sheet", { sheet: d.sheet.name, position: d.sheet.position, sheets: d.sheet.sheets }));
  else if (d.format) return `${lines.join("\n")}\n`;
  const delimiter = d.delimiter === "\t" ? t("tab") : `"${String(d.delimiter)}"`;
  if (!d.sheet) lines.push(t("delimiter", { delimiter }));
  const headerRows = Array.isArray(d.headerRows) ? (d.headerRows as number[]) : [];
  if (d.header !== false && headerRows.length) {
    const skipped = (headerRows[0] ?? 1) - 1;
    lines.push(t("header", { rows: headerRows.join(", "), skipped }));
  }
  lines.push(t("rows", { rows: info.rows }));
  if (info.blankRows) lines.push(t("blankRows", { rows: info.blankRows }));
  lines.push(t("columns", { columns: info.columns }));
  if (info.schema) {
    lines.push(t("types"));
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
