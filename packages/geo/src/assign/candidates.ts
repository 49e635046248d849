import type { PolygonRings } from "../areas/types";
import { centreOf, type GridShape, gridShape, markEdges } from "./grid";
import { type BandedParts, INSIDE, OUTSIDE, pointInPart } from "./pip";

/**
 * The candidates of every cell of a coarse grid over the layer, listed once: the polygons whose edges
 * pass through or near the cell (their points are tested) and the polygons that wholly contain it (their
 * points are inside, no test). A polygon whose box meets the cell but which neither crosses nor contains
 * it is not listed: its points there are outside.
 */
export interface CandidateGrid extends GridShape {
  /** Where each cell's entries start in `items` (one more entry than cells). */
  readonly start: Uint32Array;
  /** Per entry: the polygon's index × 2, plus 1 when it wholly contains the cell. */
  readonly items: Uint32Array;
}

/**
 * Lists the candidates of about `count` cells over the polygons. For each polygon, only the cells of its
 * box: the ones its edges come near are marked; each run of the others is inside or outside as a whole
 * (no edge of the polygon between neighbours), so one test per run decides it (a cell takes the answer
 * of its left or lower neighbour when that one is unmarked too).
 */
export function candidateGrid(
  parts: readonly PolygonRings[],
  banded: BandedParts,
  boxes: Float64Array,
  box: readonly [number, number, number, number],
  count: number,
): CandidateGrid {
  const g = gridShape(box, count);
  const cellsOf: number[] = [];
  const entries: number[] = [];
  // One polygon's cells at a time: -1 marked by its edges, 0 outside, 1 inside (reused).
  let local = new Int8Array(0);
  parts.forEach((rings, p) => {
    const i0 = Math.max(0, Math.floor(((boxes[p * 4] as number) - g.minX) * g.sx) - 1);
    const j0 = Math.max(0, Math.floor(((boxes[p * 4 + 1] as number) - g.minY) * g.sy) - 1);
    const i1 = Math.min(g.nx - 1, Math.floor(((boxes[p * 4 + 2] as number) - g.minX) * g.sx) + 1);
    const j1 = Math.min(g.ny - 1, Math.floor(((boxes[p * 4 + 3] as number) - g.minY) * g.sy) + 1);
    const w = i1 - i0 + 1;
    const size = w * (j1 - j0 + 1);
    if (local.length < size) local = new Int8Array(size);
    local.fill(OUTSIDE + 1, 0, size);
    markEdges(rings, g, (k) => {
      const i = (k % g.nx) - i0;
      const j = Math.floor(k / g.nx) - j0;
      if (i >= 0 && i < w && j >= 0 && j <= j1 - j0) local[j * w + i] = -1;
    });
    for (let j = 0; j <= j1 - j0; j++)
      for (let i = 0; i < w; i++) {
        const k = j * w + i;
        const cell = (j + j0) * g.nx + (i + i0);
        if (local[k] !== -1) {
          if (i > 0 && local[k - 1] !== -1) local[k] = local[k - 1] as number;
          else if (j > 0 && local[k - w] !== -1) local[k] = local[k - w] as number;
          else {
            const [x, y] = centreOf(g, i + i0, j + j0);
            const where = pointInPart(banded, p, x, y);
            // A centre on the polygon's border cannot be in an unmarked cell; were it, the cell is tested.
            local[k] = where === INSIDE ? 1 : where === OUTSIDE ? 0 : -1;
          }
        }
        if (local[k] === 0) continue;
        cellsOf.push(cell);
        entries.push(p * 2 + (local[k] === 1 ? 1 : 0));
      }
  });
  // Grouped by cell (a counting sort), polygons in order within a cell.
  const start = new Uint32Array(g.nx * g.ny + 1);
  for (const cell of cellsOf) start[cell + 1] = (start[cell + 1] as number) + 1;
  for (let k = 0; k < g.nx * g.ny; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const items = new Uint32Array(entries.length);
  const fill = start.slice(0, g.nx * g.ny);
  cellsOf.forEach((cell, e) => {
    items[fill[cell] as number] = entries[e] as number;
    fill[cell] = (fill[cell] as number) + 1;
  });
  return { ...g, start, items };
}
