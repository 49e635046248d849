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

/**
 * The table after suppression, margins included as the last row and column: the publisher's view (see
 * {@link CompactSuppression}: publish hidden cells alike, never their `reason`).
 */
export interface SuppressionResult {
  /** (rows + 1) × (columns + 1): the last row holds column totals, the last column row totals. */
  cells: SuppressedCell[][];
  threshold: number;
  primary: number;
  secondary: number;
}

/**
 * {@link suppressCounts}' result: one number and one status byte per cell, row-major, margins included.
 * It is the publisher's view (values of hidden cells, which are primary): publish every hidden cell alike
 * and one count of them (`primary + secondary`), since "this one is small, that one protects it" next to a
 * total can pin a small count (hidden cells of 1 and 5 next to a hidden sum of 6).
 */
export interface CompactSuppression {
  /** Rows of the table + 1 (the last holds the column totals). */
  rows: number;
  /** Columns of the table + 1 (the last holds the row totals). */
  columns: number;
  /** `rows × columns` values: cell (r, c) is at `r * columns + c`. */
  values: Float64Array;
  /** `rows × columns` statuses: 0 shown (`A`), 1 hidden as primary, 2 hidden as secondary (`Q`). */
  status: Uint8Array;
  threshold: number;
  primary: number;
  secondary: number;
}

/**
 * {@link suppressSmallCells} in compact form, for large tables: the same cells hidden, but memory of
 * nine bytes per cell instead of an object per cell (a table of 4 million counts stays under 100 MB).
 *
 * @example
 * ```ts
 * const r = suppressCounts([[12, 2, 30], [8, 15, 4]], { threshold: 5 });
 * r.status[0 * r.columns + 1]; //=> 1 (primary)
 * r.values[2 * r.columns + 3]; //=> 71 (the grand total)
 * ```
 */
export function suppressCounts(
  table: readonly (readonly number[])[],
  options: { threshold?: number } = {},
): CompactSuppression {
  const threshold = options.threshold ?? 5;
  const R = table.length;
  const C = table[0]?.length ?? 0;
  // Memory proportional to the table: one number and one status byte per cell, margins included; the
  // lines (rows and columns) are walked by index, never stored as lists of cell pairs.
  const W = C + 1;
  const value = new Float64Array((R + 1) * W);
  for (let r = 0; r < R; r++) {
    const row = table[r] ?? [];
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const v = row[c] ?? 0;
      value[r * W + c] = v;
      sum += v;
      value[R * W + c] = (value[R * W + c] as number) + v;
    }
    value[r * W + C] = sum;
    value[R * W + C] = (value[R * W + C] as number) + sum;
  }
  /** 0 shown, 1 primary, 2 secondary. */
  const status = new Uint8Array((R + 1) * W);
  /** Hidden cells per row line (R + 1) and per column line (C + 1). */
  const rowHidden = new Int32Array(R + 1);
  const colHidden = new Int32Array(C + 1);
  /** The sum of the hidden parts (margins excluded) per row line and per column line. */
  const rowHiddenSum = new Float64Array(R + 1);
  const colHiddenSum = new Float64Array(C + 1);
  let hiddenCount = 0;
  const mark = (r: number, c: number, why: 1 | 2) => {
    status[r * W + c] = why;
    rowHidden[r] = (rowHidden[r] as number) + 1;
    colHidden[c] = (colHidden[c] as number) + 1;
    const v = value[r * W + c] as number;
    if (c < C) rowHiddenSum[r] = (rowHiddenSum[r] as number) + v;
    if (r < R) colHiddenSum[c] = (colHiddenSum[c] as number) + v;
    hiddenCount++;
  };
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      const v = value[r * W + c] as number;
      if (v > 0 && v < threshold) mark(r, c, 1);
    }
  // Line l: rows 0..R are lines 0..R, columns 0..C are lines R+1..R+C+1.
  const lineCount = R + 1 + C + 1;
  const lineLength = (l: number) => (l <= R ? C + 1 : R + 1);
  const at = (l: number, i: number) => (l <= R ? l * W + i : i * W + (l - R - 1));
  const hiddenIn = (l: number) => (l <= R ? (rowHidden[l] as number) : (colHidden[l - R - 1] as number));
  /**
   * Whether a line gives away what its hidden cells hold: exactly one hidden cell, or a shown total that
   * bounds its hidden parts under the threshold. The total minus the shown parts is their sum `s`; a hidden
   * count is at least 1 (true zeros are shown), so with `n` hidden parts one of them is at most
   * `s − (n − 1)`: under the threshold, a reader knows every one of them is small (2, 2 and 2 add up to 6,
   * yet none can be 5).
   */
  const exposes = (l: number) => {
    const n = hiddenIn(l);
    if (n === 0) return false;
    if (n === 1) return true;
    const sum = l <= R ? (rowHiddenSum[l] as number) : (colHiddenSum[l - R - 1] as number);
    return status[at(l, lineLength(l) - 1)] === 0 && sum > 0 && sum - (n - 1) < threshold;
  };
  /** The cheapest other cell of a line to hide: the smallest positive interior count, else a margin. */
  const complement = (l: number): number => {
    let best = -1;
    let bestOpen = -1;
    const n = lineLength(l);
    for (let i = 0; i < n; i++) {
      const p = at(l, i);
      if (status[p] !== 0) continue;
      const v = value[p] as number;
      if (bestOpen === -1 || v < (value[bestOpen] as number)) bestOpen = p;
      const interior = p % W < C && p < R * W;
      if (interior && v > 0 && (best === -1 || v < (value[best] as number))) best = p;
    }
    return best !== -1 ? best : bestOpen;
  };
  const hideAt = (p: number) => mark(Math.floor(p / W), p % W, 2);
  for (let guard = 0; guard < (R + 1) * (C + 1); guard++) {
    let changed = false;
    for (let l = 0; l < lineCount; l++) {
      if (!exposes(l)) continue;
      const pick = complement(l);
      if (pick !== -1) {
        hideAt(pick);
        changed = true;
      }
    }
    if (changed) continue;
    // Exact recomputation through several lines at once (solved only for up to 600 hidden cells).
    if (hiddenCount === 0 || hiddenCount > 600) break;
    const ids = new Map<number, number>();
    const order: number[] = [];
    for (let p = 0; p < status.length; p++)
      if (status[p] !== 0) {
        ids.set(p, order.length);
        order.push(p);
      }
    const eq: number[][] = [];
    for (let l = 0; l < lineCount; l++) {
      if (hiddenIn(l) === 0) continue;
      const line: number[] = [];
      const n = lineLength(l);
      for (let i = 0; i < n; i++) {
        const id = ids.get(at(l, i));
        if (id !== undefined) line.push(id);
      }
      eq.push(line);
    }
    const exposed = recomputable(eq, order.length);
    if (exposed.length === 0) break;
    const p = order[exposed[0] as number] as number;
    let pick = complement(Math.floor(p / W));
    if (pick === -1) pick = complement(R + 1 + (p % W));
    if (pick === -1) break;
    hideAt(pick);
  }
  let primary = 0;
  let secondary = 0;
  for (let p = 0; p < status.length; p++) {
    if (status[p] === 1) primary++;
    else if (status[p] === 2) secondary++;
  }
  return { rows: R + 1, columns: W, values: value, status, threshold, primary, secondary };
}

/**
 * Small-cell suppression of a table of counts with row and column margins: counts from 1 to
 * threshold − 1 are hidden (primary; true zeros stay), then complementary cells are hidden so no line
 * (row, column, margins) has exactly one hidden cell, nor hidden cells that add up to a small count next
 * to a shown total, and no hidden cell can be recomputed exactly from the published totals (checked by
 * solving the linear system). Hidden cells get SDMX `OBS_STATUS = Q`.
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
  const r = suppressCounts(table, options);
  const cells: SuppressedCell[][] = new Array(r.rows);
  for (let i = 0; i < r.rows; i++) {
    const row: SuppressedCell[] = new Array(r.columns);
    for (let c = 0; c < r.columns; c++) {
      const s = r.status[i * r.columns + c];
      row[c] = {
        value: r.values[i * r.columns + c] as number,
        status: s === 0 ? "A" : "Q",
        reason: s === 1 ? "primary" : s === 2 ? "secondary" : null,
      };
    }
    cells[i] = row;
  }
  return { cells, threshold: r.threshold, primary: r.primary, secondary: r.secondary };
}
