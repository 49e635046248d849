import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collection, feature, square, twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createAreaIndex, pointInPolygon } from "./locate";

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
