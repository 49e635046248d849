import type { PolygonRings } from "../areas/types";

/**
 * A uniform grid over a box: `nx` × `ny` cells, numbered row by row from the lower-left corner. Points
 * and vertices go into it through the same formula (`(x - minX) * sx`), so rounding never puts a
 * vertex and a point at the same place in different cells.
 */
export interface GridShape {
  readonly nx: number;
  readonly ny: number;
  readonly minX: number;
  readonly minY: number;
  /** Cells per unit of x and of y (`0` for a box without width or height: one cell). */
  readonly sx: number;
  readonly sy: number;
}

/**
 * How far (in cells) from an edge a cell still counts as crossed: far more than the rounding of
 * coordinates into the grid (about 1e-9 of a cell), so a cell left unmarked has no edge on it or within
 * reach, and every point of it is on the same side of every edge as its centre.
 */
const MARGIN = 0.01;

/** About `count` cells over the box, as square as the box allows; one cell for a box without area. */
export function gridShape(box: readonly [number, number, number, number], count: number): GridShape {
  const [minX, minY, maxX, maxY] = box;
  const width = maxX - minX;
  const height = maxY - minY;
  if (!(width > 0 && height > 0)) return { nx: 1, ny: 1, minX, minY, sx: 0, sy: 0 };
  const side = Math.sqrt((width * height) / Math.max(1, count));
  const nx = Math.max(1, Math.min(count, Math.round(width / side)));
  const ny = Math.max(1, Math.min(count, Math.round(height / side)));
  return { nx, ny, minX, minY, sx: nx / width, sy: ny / height };
}

/** The cell of a point inside the grid's box. */
export function cellOf(g: GridShape, x: number, y: number): number {
  const i = Math.min(g.nx - 1, Math.floor((x - g.minX) * g.sx));
  const j = Math.min(g.ny - 1, Math.floor((y - g.minY) * g.sy));
  return j * g.nx + i;
}

/** The centre of cell `(i, j)`. */
export function centreOf(g: GridShape, i: number, j: number): [number, number] {
  return g.sx === 0 ? [g.minX, g.minY] : [g.minX + (i + 0.5) / g.sx, g.minY + (j + 0.5) / g.sy];
}

/** Calls `mark(cell)` for every cell an edge of the rings passes through or comes near (a cell can repeat). */
export function markEdges(rings: PolygonRings, g: GridShape, mark: (cell: number) => void): void {
  for (const ring of rings)
    for (let k = 0; k + 3 < ring.length; k += 2) {
      const au = ((ring[k] as number) - g.minX) * g.sx;
      const av = ((ring[k + 1] as number) - g.minY) * g.sy;
      const bu = ((ring[k + 2] as number) - g.minX) * g.sx;
      const bv = ((ring[k + 3] as number) - g.minY) * g.sy;
      markEdge(au, av, bu, bv, g.nx, g.ny, mark);
    }
}

/** Marks every cell the edge (in grid units) passes through or comes within `MARGIN` of, row by row. */
function markEdge(
  au: number,
  av: number,
  bu: number,
  bv: number,
  nx: number,
  ny: number,
  mark: (k: number) => void,
): void {
  const firstRow = Math.max(0, Math.floor(Math.min(av, bv) - MARGIN));
  const lastRow = Math.min(ny - 1, Math.floor(Math.max(av, bv) + MARGIN));
  for (let r = firstRow; r <= lastRow; r++) {
    // The part of the edge within the row (with the margin): its extent across.
    let lowU = Math.min(au, bu);
    let highU = Math.max(au, bu);
    if (av !== bv) {
      const t0 = Math.min(1, Math.max(0, (r - MARGIN - av) / (bv - av)));
      const t1 = Math.min(1, Math.max(0, (r + 1 + MARGIN - av) / (bv - av)));
      const u0 = au + (bu - au) * t0;
      const u1 = au + (bu - au) * t1;
      lowU = Math.min(u0, u1);
      highU = Math.max(u0, u1);
    }
    const first = Math.max(0, Math.floor(lowU - MARGIN));
    const last = Math.min(nx - 1, Math.floor(highU + MARGIN));
    for (let c = first; c <= last; c++) mark(r * nx + c);
  }
}
