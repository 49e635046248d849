/**
 * Builds labels from header rows: one row gives its cells as they are; several rows are joined
 * column by column with `join`, skipping blank parts.
 *
 * @example
 * ```ts
 * joinHeaderRows([["Población", "", ""], ["", "Varón", "Mujer"]], " "); // ["Población", "Varón", "Mujer"]
 * joinHeaderRows([["2010", "2010"], ["Varón", "Mujer"]], " "); // ["2010 Varón", "2010 Mujer"]
 * ```
 */
export function joinHeaderRows(rows: readonly (readonly string[])[], join: string): string[] {
  if (rows.length === 0) return [];
  if (rows.length === 1) return [...(rows[0] as readonly string[])];
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const labels: string[] = [];
  for (let j = 0; j < width; j++) {
    const parts: string[] = [];
    for (const row of rows) {
      const part = row[j];
      if (part !== undefined && part.trim() !== "") parts.push(part);
    }
    labels.push(parts.join(join));
  }
  return labels;
}
