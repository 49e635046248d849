// @ciudata/geo: areas from GeoJSON and TopoJSON, coordinates from tables, every row in its territory (browser-safe).

export { type ReadAreasOptions, readAreas } from "./areas/read";
export type { Area, AreaLayer, FieldChoice, PolygonRings } from "./areas/types";
export { geoIssues } from "./messages/issues";
