import type { SheetRow } from "./types";

/** Rows looked at to find the header. */
export const HEADER_WINDOW = 30;

const filled = (row: SheetRow) => row.cells.reduce((n, c) => (c.trim() === "" ? n : n + 1), 0);

/**
 * The position (in `rows`) of the header: the first row filled at least half as wide as the widest
 * of the first rows, so a title (one cell, often merged across the columns) or a subtitle above the
 * header is skipped. A sheet of one column has its header on its first row.
 *
 * @example
 * ```ts
 * headerIndex([{ rowNumber: 1, cells: ["Hospitales 2024"] }, { rowNumber: 3, cells: ["id", "nombre"] }]); //=> 1
 * ```
 */
export function headerIndex(rows: readonly SheetRow[]): number {
  const widths = rows.slice(0, HEADER_WINDOW).map(filled);
  const widest = Math.max(0, ...widths);
  const found = widths.findIndex((w) => w >= Math.max(1, Math.ceil(widest / 2)) && (widest < 2 || w >= 2));
  return Math.max(0, found);
}
