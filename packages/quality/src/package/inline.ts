import { writeCsv } from "@ciudata/table";

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
};

/**
 * Writes a resource's inline `data` as CSV text for the one-pass reader: an array of rows (the first
 * is the header) or an array of objects (keys of the first object become the header). `null` becomes
 * an empty cell, objects and arrays their JSON.
 *
 * @example
 * ```ts
 * inlineCsv([["id", "name"], [1, "london"], [2, null]]); //=> 'id,name\n1,london\n2,'
 * ```
 */
export function inlineCsv(data: unknown): string | null {
  if (!Array.isArray(data)) return null;
  const first = data[0];
  let rows: unknown[][];
  if (first !== null && typeof first === "object" && !Array.isArray(first)) {
    const keys = Object.keys(first);
    rows = [keys, ...data.map((row) => keys.map((k) => (row as Record<string, unknown>)?.[k]))];
  } else rows = data.map((row) => (Array.isArray(row) ? row : [row]));
  return `${writeCsv(
    rows.map((row) => row.map(cellText)),
    // Read back by the validator, never opened in a spreadsheet: the exact text matters.
    { lineTerminator: "\n", escapeFormulas: false },
  )}\n`;
}
