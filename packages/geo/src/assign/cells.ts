import type { PolygonRings } from "../areas/types";
import { centreOf, type GridShape, gridShape, markEdges } from "./grid";

/**
 * The answer grid: a fine grid over the layer where each cell holds, decided once, the area that wholly
 * contains it (`area + 2`), `NONE` (no area touches it) or `BORDER` (an edge passes through or near it:
 * its points take the exact test). Most points then answer with one array lookup.
 */
export interface AnswerGrid extends GridShape {
  /** Per cell: `BORDER`, `NONE` or the area's index + 2 (a `Uint16Array` up to 65,533 areas). */
  readonly cells: Uint16Array | Int32Array;
  /** Cells an edge passes through or near. */
  readonly borderCells: number;
}

export const BORDER = 0;
export const NONE = 1;

/**
 * Builds the answer grid of about `count` cells over `parts` (their rings), asking `exact(x, y)` the
 * area of one point per edge-free region: a cell that no edge comes near has the answer of its left or
 * lower neighbour when that one is edge-free too (their union holds no border, so nothing changes across
 * it), else of its own centre.
 */
export function answerGrid(
  parts: readonly PolygonRings[],
  box: readonly [number, number, number, number],
  count: number,
  areas: number,
  exact: (x: number, y: number) => { area: number; onBoundary: boolean },
): AnswerGrid {
  const g = gridShape(box, count);
  const { nx, ny } = g;
  const cells = areas <= 0xffff - 2 ? new Uint16Array(nx * ny) : new Int32Array(nx * ny);
  cells.fill(NONE);
  let borderCells = 0;
  const mark = (k: number): void => {
    if (cells[k] !== BORDER) borderCells++;
    cells[k] = BORDER;
  };
  for (const rings of parts) markEdges(rings, g, mark);
  // Edge-free cells: one exact answer per region, spread to the right and upwards.
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      if (cells[k] === BORDER) continue;
      if (i > 0 && cells[k - 1] !== BORDER) cells[k] = cells[k - 1] as number;
      else if (j > 0 && cells[k - nx] !== BORDER) cells[k] = cells[k - nx] as number;
      else {
        const at = exact(...centreOf(g, i, j));
        // A centre on a border cannot be in an edge-free cell; were it, the cell takes the exact test.
        if (at.onBoundary) mark(k);
        else cells[k] = at.area === -1 ? NONE : at.area + 2;
      }
    }
  return { ...g, cells, borderCells };
}
