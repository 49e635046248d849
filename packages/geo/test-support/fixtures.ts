// Small layers for tests: squares in lon/lat around Buenos Aires, written as GeoJSON.

type Ring = [number, number][];

/** A closed square ring with its lower-left corner at (x, y). */
export function square(x: number, y: number, size: number): Ring {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

/** A feature with properties and a Polygon (rings given) or a MultiPolygon (polygons given). */
export function feature(properties: Record<string, unknown>, ...polygons: Ring[][]): unknown {
  return {
    type: "Feature",
    properties,
    geometry:
      polygons.length === 1
        ? { type: "Polygon", coordinates: polygons[0] }
        : { type: "MultiPolygon", coordinates: polygons },
  };
}

/** A FeatureCollection of the features. */
export function collection(...features: unknown[]): unknown {
  return { type: "FeatureCollection", features };
}

/**
 * Two barrios sharing the border x = -58.4: "B-OESTE" west of it, "A-ESTE" east of it with a hole, and
 * "C-ISLA" inside the hole plus an island far east (a MultiPolygon).
 */
export const twoBarrios = collection(
  feature({ codigo: "B-OESTE", nombre: "Oeste" }, [square(-58.5, -34.7, 0.1)]),
  feature({ codigo: "A-ESTE", nombre: "Este" }, [square(-58.4, -34.7, 0.1), square(-58.37, -34.67, 0.04)]),
  feature({ codigo: "C-ISLA", nombre: "Isla" }, [square(-58.36, -34.66, 0.02)], [square(-58.2, -34.7, 0.05)]),
);
