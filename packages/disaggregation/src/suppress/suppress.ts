import type { SuppressionCell } from "./types";

/** A set of cells that add up to another: `parts` sum to `total` along one dimension. */
export interface Line {
  total: number;
  parts: number[];
}

const KEY_SEP = "\u0001";

/**
 * The additive lines of a table: for every cell whose key has `_T` in a dimension, the cells that differ
 * only there (with a real code) are its parts.
 *
 * @example
 * ```ts
 * linesOf([{ key: ["F"], value: 2 }, { key: ["M"], value: 3 }, { key: ["_T"], value: 5 }]);
 * //=> [{ total: 2, parts: [0, 1] }]
 * ```
 */
export function linesOf(cells: readonly SuppressionCell[]): Line[] {
  const index = new Map<string, number>();
  for (const [i, c] of cells.entries()) index.set(c.key.join(KEY_SEP), i);
  const lines = new Map<string, Line>();
  cells.forEach((c, i) => {
    c.key.forEach((code, d) => {
      if (code === "_T") return;
      const totalKey = c.key.map((k, j) => (j === d ? "_T" : k)).join(KEY_SEP);
      const total = index.get(totalKey);
      if (total === undefined) return;
      const id = `${d}${KEY_SEP}${totalKey}`;
      let line = lines.get(id);
      if (!line) {
        line = { total, parts: [] };
        lines.set(id, line);
      }
      line.parts.push(i);
    });
  });
  return [...lines.values()];
}

/**
 * Primary suppression by the threshold rule: non-zero counts below the threshold (true zeros are kept).
 *
 * @example
 * ```ts
 * [...primarySuppression([{ key: ["F"], value: 2 }, { key: ["M"], value: 0 }, { key: ["_T"], value: 9 }], 3)]; //=> [0]
 * ```
 */
export function primarySuppression(cells: readonly SuppressionCell[], threshold: number): Set<number> {
  const out = new Set<number>();
  cells.forEach((c, i) => {
    if (c.value > 0 && c.value < threshold) out.add(i);
  });
  return out;
}

const P = 1_000_003; // prime: products stay below 2^53
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [P, mod(a), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/**
 * The withheld cells whose value can still be worked out exactly from what is published: the margins and
 * the other cells give linear equations, and a cell is recomputable when the equations pin it down
 * (exact elimination over a large prime field). Use it to audit a suppression.
 *
 * @example
 * ```ts
 * const cells = [{ key: ["F"], value: 2 }, { key: ["M"], value: 30 }, { key: ["_T"], value: 32 }];
 * recomputableCells(cells, new Set([0])); //=> [0] (32 − 30)
 * recomputableCells(cells, new Set([0, 1])); //=> []
 * ```
 */
export function recomputableCells(
  cells: readonly SuppressionCell[],
  suppressed: ReadonlySet<number>,
  lines: readonly Line[] = linesOf(cells),
): number[] {
  const unknowns = [...suppressed].sort((a, b) => a - b);
  const column = new Map(unknowns.map((u, j) => [u, j]));
  const rows: number[][] = [];
  for (const line of lines) {
    const row = new Array<number>(unknowns.length).fill(0);
    let touches = false;
    const add = (cell: number, coef: number) => {
      const j = column.get(cell);
      if (j === undefined) return;
      row[j] = mod((row[j] ?? 0) + coef);
      touches = true;
    };
    for (const p of line.parts) add(p, 1);
    add(line.total, -1);
    if (touches) rows.push(row);
  }
  // Reduced row echelon form.
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < unknowns.length && rank < rows.length; col++) {
    let pivot = -1;
    for (let r = rank; r < rows.length; r++)
      if ((rows[r] as number[])[col] !== 0) {
        pivot = r;
        break;
      }
    if (pivot === -1) continue;
    [rows[rank], rows[pivot]] = [rows[pivot] as number[], rows[rank] as number[]];
    const pr = rows[rank] as number[];
    const inv = inverse(pr[col] as number);
    for (let c = col; c < pr.length; c++) pr[c] = mod((pr[c] as number) * inv);
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const row = rows[r] as number[];
      const f = row[col] as number;
      if (f === 0) continue;
      for (let c = col; c < row.length; c++) row[c] = mod((row[c] as number) - f * (pr[c] as number));
    }
    pivots.push(col);
    rank++;
  }
  const out: number[] = [];
  for (let r = 0; r < rank; r++) {
    const row = rows[r] as number[];
    let nonzero = 0;
    for (const v of row) if (v !== 0 && ++nonzero > 1) break;
    if (nonzero === 1) out.push(unknowns[pivots[r] as number] as number);
  }
  return out.sort((a, b) => a - b);
}

/** The cell of a line to withhold next: the smallest non-zero part not yet withheld, else the total. */
function complement(
  cells: readonly SuppressionCell[],
  line: Line,
  suppressed: ReadonlySet<number>,
  fixed: ReadonlySet<number>,
): number | null {
  let best: number | null = null;
  let bestValue = Infinity;
  for (const p of line.parts) {
    if (suppressed.has(p) || fixed.has(p)) continue;
    const v = (cells[p] as SuppressionCell).value;
    const score = v === 0 ? Number.MAX_SAFE_INTEGER : v;
    if (score < bestValue) {
      best = p;
      bestValue = score;
    }
  }
  if (best === null && !suppressed.has(line.total) && !fixed.has(line.total)) best = line.total;
  return best;
}

/** Largest number of withheld cells checked by exact elimination (beyond it, the line rule alone is used). */
export const EXACT_AUDIT_LIMIT = 3000;

/** Options of {@link suppressTable} for tables whose lines are not given by `_T` keys. */
export interface SuppressTableOptions {
  /** The cells withheld first (default: {@link primarySuppression} by the threshold); they are the ones protected. */
  primary?: ReadonlySet<number>;
  /** Cells published whatever happens (never picked as a complement), e.g. a figure already shown elsewhere. */
  fixed?: ReadonlySet<number>;
  /** The additive lines (default: those of the cells' `_T` keys). */
  lines?: readonly Line[];
  /**
   * The least a reader may take a withheld cell to hold (default 1: true zeros are published, so a
   * withheld count is at least 1; 0 when zeros may be withheld too).
   */
  floor?: number;
}

/**
 * Primary and secondary suppression for a table with its margins: cells below the threshold are withheld,
 * then complementary cells so that no line (parts and their total) has exactly one withheld cell, nor
 * withheld parts that a published total bounds under the threshold (with `p` withheld parts adding up to
 * `s`, one of them can hold at most `s − (p − 1) × floor`: that must reach the threshold, else a reader
 * knows every one of them is small; the reader also never learns which withheld cells are the small ones:
 * publish them alike, as the one count `primary + secondary`), and, up to
 * `EXACT_AUDIT_LIMIT` withheld cells, until no primary cell is recomputable from the published ones.
 *
 * @example
 * ```ts
 * const cells = [{ key: ["F"], value: 2 }, { key: ["M"], value: 30 }, { key: ["_T"], value: 32 }];
 * suppressTable(cells, 5); //=> { primary: Set {0}, secondary: Set {1} }
 * ```
 */
export function suppressTable(
  cells: readonly SuppressionCell[],
  threshold: number,
  options: SuppressTableOptions = {},
): { primary: Set<number>; secondary: Set<number> } {
  const primary = new Set(options.primary ?? primarySuppression(cells, threshold));
  const fixed = options.fixed ?? new Set<number>();
  const floor = options.floor ?? 1;
  const all = new Set(primary);
  if (primary.size === 0) return { primary, secondary: new Set() };
  const lines = options.lines ?? linesOf(cells);
  const byCell = new Map<number, Line[]>();
  for (const line of lines)
    for (const c of [line.total, ...line.parts]) {
      const list = byCell.get(c) ?? [];
      list.push(line);
      byCell.set(c, list);
    }
  const lineRule = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        // Exactly one withheld cell, or a published total that bounds its withheld parts under the threshold.
        let n = all.has(line.total) ? 1 : 0;
        let parts = 0;
        let sum = 0;
        let protects = false;
        for (const c of line.parts)
          if (all.has(c)) {
            n++;
            parts++;
            sum += (cells[c] as SuppressionCell).value;
            if (primary.has(c)) protects = true;
          }
        const small =
          !all.has(line.total) && (sum > 0 || protects) && parts > 0 && sum - (parts - 1) * floor < threshold;
        if (n !== 1 && !small) continue;
        const next = complement(cells, line, all, fixed);
        if (next !== null) {
          all.add(next);
          changed = true;
        }
      }
    }
  };
  lineRule();
  while (all.size <= EXACT_AUDIT_LIMIT) {
    const exposed = recomputableCells(cells, all, lines).filter((c) => primary.has(c));
    if (exposed.length === 0) break;
    let added = false;
    for (const line of byCell.get(exposed[0] as number) ?? []) {
      const next = complement(cells, line, all, fixed);
      if (next !== null) {
        all.add(next);
        added = true;
        break;
      }
    }
    if (!added) {
      // Every line of the exposed cell is fully withheld: widen to the smallest published cell of a touching line.
      let best: number | null = null;
      for (const line of lines)
        for (const c of [line.total, ...line.parts])
          if (!all.has(c) && !fixed.has(c) && [line.total, ...line.parts].some((x) => all.has(x)))
            if (best === null || (cells[c] as SuppressionCell).value < (cells[best] as SuppressionCell).value)
              best = c;
      if (best === null) break;
      all.add(best);
    }
    lineRule();
  }
  const secondary = new Set([...all].filter((c) => !primary.has(c)));
  return { primary, secondary };
}

/**
 * The built-in {@link CellSuppressor}: primary plus secondary suppression (see {@link suppressTable}).
 *
 * @example
 * ```ts
 * const withheld = suppressCells([{ key: ["F"], value: 2 }, { key: ["M"], value: 30 }, { key: ["_T"], value: 32 }], 5);
 * [...withheld]; //=> [0, 1]
 * ```
 */
export function suppressCells(cells: SuppressionCell[], threshold: number): Set<number> {
  const { primary, secondary } = suppressTable(cells, threshold);
  return new Set([...primary, ...secondary]);
}
