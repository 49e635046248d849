import proj4 from "proj4";
import { geoError } from "../errors";

// Projected systems Latin American city files use, as proj strings from their EPSG parameters. proj4js
// ships only EPSG:4326, 4269, 3857 and the WGS 84 UTM zones (32601–32660, 32701–32760); every other code is
// defined here. SIRGAS and POSGAR realisations match WGS 84 to about a metre: no datum shift at city scale.
const GRS80 = "+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";

/** Argentina's Gauss-Krüger zones 1–7 (central meridians −72 to −54, false easting zone × 10⁶ + 500,000). */
function gaussKruger(zone: number, ellipsoid: string): string {
  return `+proj=tmerc +lat_0=-90 +lon_0=${-75 + 3 * zone} +k=1 +x_0=${zone * 1_000_000 + 500_000} +y_0=0 ${ellipsoid}`;
}

function utm(zone: number, south: boolean): string {
  return `+proj=utm +zone=${zone}${south ? " +south" : ""} ${GRS80}`;
}

const DEFINITIONS: Readonly<Record<string, { name: string; proj: string }>> = Object.fromEntries([
  // POSGAR 2007 (5343–5349), POSGAR 98 (22171–22177), POSGAR 94 (22181–22187) / Argentina 1–7.
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((zone) => [
    [`EPSG:${5342 + zone}`, { name: `POSGAR 2007 / Argentina ${zone}`, proj: gaussKruger(zone, GRS80) }],
    [`EPSG:${22170 + zone}`, { name: `POSGAR 98 / Argentina ${zone}`, proj: gaussKruger(zone, GRS80) }],
    [
      `EPSG:${22180 + zone}`,
      { name: `POSGAR 94 / Argentina ${zone}`, proj: gaussKruger(zone, "+ellps=WGS84 +units=m +no_defs") },
    ],
  ]),
  // Buenos Aires city's local transverse Mercator (origin at the old Flores grid point).
  [
    "EPSG:9498",
    {
      name: "POSGAR 2007 / CABA 2019",
      proj: `+proj=tmerc +lat_0=-34.6292666666667 +lon_0=-58.4633083333333 +k=1 +x_0=20000 +y_0=70000 ${GRS80}`,
    },
  ],
  // Brazil, SIRGAS 2000 / UTM 18S–25S.
  ...[18, 19, 20, 21, 22, 23, 24, 25].map((zone) => [
    `EPSG:${31960 + zone}`,
    { name: `SIRGAS 2000 / UTM zone ${zone}S`, proj: utm(zone, true) },
  ]),
  // Chile, SIRGAS-Chile / UTM 19S and 18S.
  ["EPSG:5361", { name: "SIRGAS-Chile / UTM zone 19S", proj: utm(19, true) }],
  ["EPSG:5362", { name: "SIRGAS-Chile / UTM zone 18S", proj: utm(18, true) }],
  // Mexico, ITRF2008 / UTM 11N–16N and the national LCC of INEGI.
  ...[11, 12, 13, 14, 15, 16].map((zone) => [
    `EPSG:${6355 + zone}`,
    { name: `Mexico ITRF2008 / UTM zone ${zone}N`, proj: utm(zone, false) },
  ]),
  [
    "EPSG:6372",
    {
      name: "Mexico ITRF2008 / LCC",
      proj: `+proj=lcc +lat_0=12 +lon_0=-102 +lat_1=17.5 +lat_2=29.5 +x_0=2500000 +y_0=0 ${GRS80}`,
    },
  ],
  // Colombia, MAGNA-SIRGAS 2018 / Origen-Nacional.
  [
    "EPSG:9377",
    {
      name: "MAGNA-SIRGAS 2018 / Origen-Nacional",
      proj: `+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=5000000 +y_0=2000000 ${GRS80}`,
    },
  ],
  // Web Mercator (tiles; its aliases) and WGS 84 / UTM (south and north zones of the region).
  ["EPSG:3857", { name: "WGS 84 / Pseudo-Mercator", proj: "" }],
  ...[17, 18, 19, 20, 21, 22, 23, 24, 25].map((zone) => [
    `EPSG:${32700 + zone}`,
    { name: `WGS 84 / UTM zone ${zone}S`, proj: "" },
  ]),
  ...[11, 12, 13, 14, 15, 16, 17, 18, 19].map((zone) => [
    `EPSG:${32600 + zone}`,
    { name: `WGS 84 / UTM zone ${zone}N`, proj: "" },
  ]),
]);

/**
 * The projected coordinate systems `--crs` accepts, by EPSG code with their names: Argentina's
 * POSGAR 2007/98/94 Gauss-Krüger zones and CABA 2019, Brazil's SIRGAS 2000 / UTM, Chile's SIRGAS-Chile /
 * UTM, Mexico's ITRF2008 UTM and LCC, Colombia's Origen-Nacional, WGS 84 / UTM and Web Mercator.
 *
 * @example
 * ```ts
 * KNOWN_CRS["EPSG:5347"]; //=> "POSGAR 2007 / Argentina 5"
 * ```
 */
export const KNOWN_CRS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([code, d]) => [code, d.name]),
);

/** A function from projected (x = easting, y = northing) to `[lon, lat]`. */
export type Unproject = (x: number, y: number) => [number, number];

/**
 * The function that turns coordinates of a projected system into longitude and latitude (WGS 84):
 * `EPSG:5347`, `epsg:9498` or `5347` name the system. An unknown code throws a `CiudataError`
 * `geo/unknown-crs` listing the ones known ({@link KNOWN_CRS}).
 *
 * @param code The EPSG code.
 * @example
 * ```ts
 * const toLonLat = unprojection("EPSG:5347");
 * toLonLat(5500000, 6160000); //=> [-60, -34.68…]
 * ```
 */
export function unprojection(code: string): Unproject {
  const key = normaliseCode(code);
  const known = DEFINITIONS[key];
  if (known === undefined)
    throw geoError("geo/unknown-crs", { file: code, crs: code, known: Object.keys(DEFINITIONS).join(", ") });
  const converter = proj4(known.proj === "" ? key : known.proj, "EPSG:4326");
  return (x, y) => converter.forward([x, y]) as [number, number];
}

/**
 * `epsg:5347`, `EPSG::5347`, `5347` or an OGC URN as `EPSG:5347`; `""` when it names no EPSG code.
 *
 * @example
 * ```ts
 * normaliseCrs("urn:ogc:def:crs:EPSG::9498"); //=> "EPSG:9498"
 * ```
 */
export function normaliseCode(code: string): string {
  const digits = /(?:^|EPSG:+)(\d{4,5})$/i.exec(code.trim())?.[1];
  return digits === undefined ? "" : `EPSG:${digits}`;
}
