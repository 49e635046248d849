import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collection, feature, square, twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createAreaIndex } from "./locate";
import { pointInPolygon } from "./pip";

const index = createAreaIndex(readAreas(twoBarrios));
const codeAt = (lon: number, lat: number): string | null => {
  const { area } = index.locate(lon, lat);
  return area === -1 ? null : (index.layer.areas[area]?.code ?? null);
};

describe("createAreaIndex", () => {
  it("finds the area of points inside, in holes, on islands and outside", () => {
    expect(codeAt(-58.45, -34.65)).toBe("B-OESTE");
    expect(codeAt(-58.39, -34.69)).toBe("A-ESTE");
    // In A's hole, but inside C's square that fills part of it.
    expect(codeAt(-58.35, -34.65)).toBe("C-ISLA");
    // In A's hole, outside C.
    expect(codeAt(-58.365, -34.665)).toBeNull();
    // C's far island (the second polygon of its MultiPolygon).
    expect(codeAt(-58.17, -34.68)).toBe("C-ISLA");
    expect(codeAt(-57, -34)).toBeNull();
    expect(codeAt(Number.NaN, -34.65)).toBeNull();
  });

  it("puts a point on a shared border in the area with the lowest code, flagged, whatever the order of the areas", () => {
    expect(index.locate(-58.4, -34.65)).toEqual({ area: 1, onBoundary: true }); // A-ESTE < B-OESTE
    const reversed = createAreaIndex(
      readAreas(collection(...[...(twoBarrios as { features: unknown[] }).features].reverse())),
    );
    const at = reversed.locate(-58.4, -34.65);
    expect(reversed.layer.areas[at.area]?.code).toBe("A-ESTE");
    expect(at.onBoundary).toBe(true);
    // A corner shared by both.
    expect(index.locate(-58.4, -34.7)).toEqual({ area: 1, onBoundary: true });
    // A point on the outer border of one area only.
    expect(index.locate(-58.5, -34.65)).toEqual({ area: 0, onBoundary: true });
  });

  it("never counts a point strictly inside a hole as inside the polygon (property)", () => {
    const outer = square(-58.5, -34.7, 0.2);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.09, noNaN: true }),
        fc.double({ min: 0.01, max: 0.09, noNaN: true }),
        fc.double({ min: 0.001, max: 0.08, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (hx, hy, size, u, v, reverseHole) => {
          const holeRing = square(-58.5 + hx, -34.7 + hy, size);
          const hole = reverseHole ? [...holeRing].reverse() : holeRing;
          const layer = readAreas(collection(feature({ codigo: "X" }, [outer, hole])));
          // Strictly inside the hole: away from its edges.
          const x = -58.5 + hx + size * (0.01 + 0.98 * u);
          const y = -34.7 + hy + size * (0.01 + 0.98 * v);
          const rings = layer.areas[0]?.polygons[0] ?? [];
          expect(pointInPolygon(rings, x, y)).toBe(-1);
          expect(createAreaIndex(layer).locate(x, y).area).toBe(-1);
          // And without the hole, the same point is inside.
          expect(pointInPolygon(rings.slice(0, 1), x, y)).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers like the plain crossing test over every edge, vertices and edges included (property)", () => {
    // A star-shaped polygon with a hole: random radii around a centre, the hole a smaller star.
    const star = (n: number, radii: number[], scale: number): [number, number][] => {
      const ring = radii.slice(0, n).map((r, k): [number, number] => {
        const t = (2 * Math.PI * k) / n;
        return [-58.4 + scale * r * Math.cos(t), -34.6 + scale * r * Math.sin(t)];
      });
      ring.push(ring[0] as [number, number]);
      return ring;
    };
    const radii = fc.array(fc.double({ min: 0.5, max: 1, noNaN: true }), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 60 }),
        radii,
        radii,
        fc.array(
          fc.tuple(
            fc.double({ min: -1.1, max: 1.1, noNaN: true }),
            fc.double({ min: -1.1, max: 1.1, noNaN: true }),
          ),
          {
            maxLength: 30,
          },
        ),
        (n, outerRadii, holeRadii, offsets) => {
          const outer = star(n, outerRadii, 0.01);
          const hole = star(n, holeRadii, 0.004);
          const layer = readAreas(collection(feature({ codigo: "X" }, [outer, hole])));
          const rings = layer.areas[0]?.polygons[0] ?? [];
          const index = createAreaIndex(layer);
          // Random points, every vertex, and the midpoint of every edge.
          const points: [number, number][] = [
            ...offsets.map(([u, v]): [number, number] => [-58.4 + 0.01 * u, -34.6 + 0.01 * v]),
            ...outer,
            ...hole,
            ...outer
              .slice(1)
              .map((p, k): [number, number] => [
                (((outer[k] as number[])[0] as number) + p[0]) / 2,
                (((outer[k] as number[])[1] as number) + p[1]) / 2,
              ]),
          ];
          for (const [x, y] of points) {
            const plain = pointInPolygon(rings, x, y);
            const at = index.locate(x, y);
            expect(at.area, `${x} ${y}`).toBe(plain === -1 ? -1 : 0);
            expect(at.onBoundary, `${x} ${y}`).toBe(plain === 0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("createAreaIndex on a tiling (the answer grid and the exact test)", () => {
  /**
   * A tiling of n × m cells over a box, whose shared borders are the same jittered polylines in both
   * neighbours (as in official layers), with codes in a shuffled order so the lowest-code rule matters.
   */
  const tiling = (n: number, m: number, jitter: readonly number[], order: readonly number[]) => {
    const [x0, y0, w, h] = [-58.5, -34.7, 0.2 / n, 0.2 / m];
    let next = 0;
    const wiggle = () => ((jitter[next++ % jitter.length] as number) - 0.5) * 0.3;
    // Inner vertices of the vertical line i between rows j and j + 1, and of the horizontal line j.
    const v = Array.from({ length: n + 1 }, (_, i) =>
      Array.from({ length: m }, (_, j) =>
        [0.25, 0.5, 0.75].map((t): [number, number] => [
          x0 + i * w + (i === 0 || i === n ? 0 : wiggle() * w),
          y0 + (j + t) * h,
        ]),
      ),
    );
    const hz = Array.from({ length: m + 1 }, (_, j) =>
      Array.from({ length: n }, (_, i) =>
        [0.25, 0.5, 0.75].map((t): [number, number] => [
          x0 + (i + t) * w,
          y0 + j * h + (j === 0 || j === m ? 0 : wiggle() * h),
        ]),
      ),
    );
    const features = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < m; j++) {
        const ring: [number, number][] = [
          [x0 + i * w, y0 + j * h],
          ...(hz[j]?.[i] ?? []),
          [x0 + (i + 1) * w, y0 + j * h],
          ...(v[i + 1]?.[j] ?? []),
          [x0 + (i + 1) * w, y0 + (j + 1) * h],
          ...[...(hz[j + 1]?.[i] ?? [])].reverse(),
          [x0 + i * w, y0 + (j + 1) * h],
          ...[...(v[i]?.[j] ?? [])].reverse(),
          [x0 + i * w, y0 + j * h],
        ];
        const code = `T${String(order[(i * m + j) % order.length] ?? 0).padStart(3, "0")}-${i}-${j}`;
        features.push(feature({ codigo: code }, [ring]));
      }
    return collection(...features);
  };

  /** The area a plain crossing test of every polygon gives: strictly inside first, then on a border, lowest code. */
  const plainLocate = (layer: ReturnType<typeof readAreas>, x: number, y: number) => {
    let inside: string | null = null;
    let border: string | null = null;
    for (const area of layer.areas)
      for (const rings of area.polygons) {
        const where = pointInPolygon(rings, x, y);
        if (where === 1 && (inside === null || area.code < inside)) inside = area.code;
        if (where === 0 && (border === null || area.code < border)) border = area.code;
      }
    return inside !== null
      ? { code: inside, onBoundary: false }
      : { code: border, onBoundary: border !== null };
  };

  it("answers like a plain crossing test of every polygon on random points, vertices, edges and their lines, whatever the grid (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(999), { minLength: 1, maxLength: 36 }),
        fc.constantFrom(undefined, 1, 7, 64, 500, 20_000),
        fc.array(
          fc.tuple(
            fc.double({ min: -0.1, max: 1.1, noNaN: true }),
            fc.double({ min: -0.1, max: 1.1, noNaN: true }),
          ),
          {
            maxLength: 60,
          },
        ),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 40 }),
        (n, m, jitter, order, cells, randomPoints, onEdges) => {
          const layer = readAreas(tiling(n, m, jitter, order));
          const index = createAreaIndex(layer, cells === undefined ? {} : { cells });
          const vertices = layer.areas.flatMap((a) =>
            a.polygons.flatMap((rings) =>
              rings.flatMap((ring) =>
                Array.from({ length: ring.length / 2 }, (_, k): [number, number] => [
                  ring[2 * k] as number,
                  ring[2 * k + 1] as number,
                ]),
              ),
            ),
          );
          const points: [number, number][] = [
            ...randomPoints.map(([u, v]): [number, number] => [-58.5 + 0.2 * u, -34.7 + 0.2 * v]),
            ...vertices,
            // On an edge (up to rounding), and on the horizontal and vertical lines through a vertex.
            ...onEdges.flatMap(([k, t]): [number, number][] => {
              const a = vertices[k % vertices.length] as [number, number];
              const b = vertices[(k + 1) % vertices.length] as [number, number];
              return [
                [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
                [-58.5 + 0.2 * t, a[1]],
                [a[0], -34.7 + 0.2 * t],
              ];
            }),
          ];
          for (const [x, y] of points) {
            const plain = plainLocate(layer, x, y);
            const at = index.locate(x, y);
            const code = at.area === -1 ? null : (layer.areas[at.area]?.code ?? null);
            expect({ code, onBoundary: at.onBoundary }, `${x} ${y} (cells ${cells})`).toEqual(plain);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("answers most points of a fine tiling from the grid, and says how much memory it holds", () => {
    const layer = readAreas(tiling(6, 6, [0.1, 0.9, 0.4, 0.7], [5, 3, 8, 1]));
    const index = createAreaIndex(layer);
    expect(index.size.cells).toBeGreaterThanOrEqual(4096);
    expect(index.size.borderCells).toBeLessThan(index.size.cells / 2);
    // 2 bytes a cell at least, and every vertex (16 bytes) held once.
    expect(index.size.bytes).toBeGreaterThan(index.size.cells * 2 + 36 * 17 * 16);
    expect(createAreaIndex(layer, { cells: 100 }).size.cells).toBeLessThanOrEqual(121);
  });
});
