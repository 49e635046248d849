import { recomputable } from "./solve";

/** Threshold presets used by statistical and health agencies (OECD 3 or 5, CMS 11, WA DOH 10). */
export const THRESHOLD_PRESETS = [3, 5, 10, 11] as const;

/** One published cell. */
export interface SuppressedCell {
  value: number;
  /** SDMX OBS_STATUS: `A` normal, `Q` missing value; suppressed. */
  status: "A" | "Q";
  /** Why it is hidden: a small count (primary) or to protect one (secondary). */
  reason: "primary" | "secondary" | null;
}

/** The table after suppression, margins included as the last row and column. */
export interface SuppressionResult {
  /** (rows + 1) × (columns + 1): the last row holds column totals, the last column row totals. */
  cells: SuppressedCell[][];
  threshold: number;
  primary: number;
  secondary: number;
}

/**
 * Small-cell suppression of a table of counts with row and column margins: counts from 1 to
 * threshold − 1 are hidden (primary; true zeros stay), then complementary cells are hidden so no line
 * (row, column, margins) has exactly one hidden cell and no hidden cell can be recomputed exactly from
 * the published totals (checked by solving the linear system). Hidden cells get SDMX `OBS_STATUS = Q`.
 *
 * @example
 * ```ts
 * const r = suppressSmallCells([[12, 2, 30], [8, 15, 4]], { threshold: 5 });
 * r.cells[0]?.[1]?.status; //=> "Q"
 * r.primary; //=> 2
 * ```
 */
export function suppressSmallCells(
  table: readonly (readonly number[])[],
  options: { threshold?: number } = {},
): SuppressionResult {
  const threshold = options.threshold ?? 5;
  const R = table.length;
  const C = table[0]?.length ?? 0;
  const value = (r: number, c: number): number => {
    if (r < R && c < C) return table[r]?.[c] ?? 0;
    if (r < R) return (table[r] ?? []).reduce((a, b) => a + b, 0);
    if (c < C) return table.reduce((a, row) => a + (row[c] ?? 0), 0);
    return table.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
  };
  const cells: SuppressedCell[][] = Array.from({ length: R + 1 }, (_, r) =>
    Array.from({ length: C + 1 }, (_, c) => {
      const v = value(r, c);
      const small = r < R && c < C && v > 0 && v < threshold;
      return { value: v, status: small ? "Q" : "A", reason: small ? "primary" : null } as SuppressedCell;
    }),
  );
  // Each line: interior cells + its total (an additive relation).
  const lines: Array<Array<[number, number]>> = [];
  for (let r = 0; r <= R; r++)
    lines.push(Array.from({ length: C + 1 }, (_, c) => [r, c] as [number, number]));
  for (let c = 0; c <= C; c++)
    lines.push(Array.from({ length: R + 1 }, (_, r) => [r, c] as [number, number]));
  const hidden = (r: number, c: number) => cells[r]?.[c]?.status === "Q";
  const hide = (r: number, c: number) => {
    const cell = cells[r]?.[c] as SuppressedCell;
    cell.status = "Q";
    cell.reason = "secondary";
  };
  /** The cheapest other cell of a line to hide: the smallest positive interior count, else a margin. */
  const complement = (line: Array<[number, number]>): [number, number] | undefined => {
    const open = line.filter(([r, c]) => !hidden(r, c));
    const interior = open.filter(([r, c]) => r < R && c < C && (cells[r]?.[c]?.value ?? 0) > 0);
    const pool = interior.length ? interior : open;
    return pool.sort((a, b) => (cells[a[0]]?.[a[1]]?.value ?? 0) - (cells[b[0]]?.[b[1]]?.value ?? 0))[0];
  };
  for (let guard = 0; guard < (R + 1) * (C + 1); guard++) {
    let changed = false;
    for (const line of lines) {
      const n = line.filter(([r, c]) => hidden(r, c)).length;
      if (n !== 1) continue;
      const pick = complement(line);
      if (pick) {
        hide(pick[0], pick[1]);
        changed = true;
      }
    }
    if (changed) continue;
    // Exact recomputation through several lines at once.
    const ids = new Map<string, number>();
    const order: Array<[number, number]> = [];
    for (let r = 0; r <= R; r++)
      for (let c = 0; c <= C; c++)
        if (hidden(r, c)) {
          ids.set(`${r},${c}`, order.length);
          order.push([r, c]);
        }
    if (order.length === 0 || order.length > 600) break;
    const eq = lines
      .map((line) => line.filter(([r, c]) => hidden(r, c)).map(([r, c]) => ids.get(`${r},${c}`) as number))
      .filter((l) => l.length);
    const exposed = recomputable(eq, order.length).map((i) => order[i] as [number, number]);
    if (exposed.length === 0) break;
    const [er, ec] = exposed[0] as [number, number];
    const rowLine = lines[er] as Array<[number, number]>;
    const pick = complement(rowLine) ?? complement(lines[R + 1 + ec] as Array<[number, number]>);
    if (!pick) break;
    hide(pick[0], pick[1]);
  }
  let primary = 0;
  let secondary = 0;
  for (const row of cells)
    for (const cell of row) {
      if (cell.reason === "primary") primary++;
      else if (cell.reason === "secondary") secondary++;
    }
  return { cells, threshold, primary, secondary };
}
