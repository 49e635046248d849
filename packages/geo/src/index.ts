// @ciudata/geo: areas from GeoJSON and TopoJSON, coordinates from tables, every row in its territory (browser-safe).

export { type ReadAreasOptions, readAreas } from "./areas/read";
export type { Area, AreaLayer, FieldChoice, PolygonRings } from "./areas/types";
export { type AreaIndex, type AreaIndexOptions, createAreaIndex, type Located } from "./assign/locate";
export { pointInPolygon } from "./assign/pip";
export {
  createGeoScan,
  FINDING_KINDS,
  type FindingKind,
  type GeoFinding,
  type GeoScan,
  type GeoScanOptions,
  type GeoScanResult,
  normaliseTerritory,
  type Placement,
  type PlacementKind,
} from "./check/scan";
export { GEO_CHECK_TYPES, type GeoChecksOptions, geoChecks } from "./checks/geo-checks";
export { geoCheckIssues } from "./checks/messages";
export {
  type Coarsener,
  type CoarsenOptions,
  type CoarsenResult,
  type CoarsenTo,
  createCoarsener,
  snapToGrid,
} from "./coarsen/coarsen";
export {
  type CoordinateColumnOptions,
  type CoordinateColumns,
  detectCoordinateColumns,
} from "./coords/detect";
export { parseCoordinate, parsePointCell } from "./coords/parse";
export {
  type CoverageCount,
  type CoverageCountOptions,
  type CoverageCounts,
  type CoverageDimension,
  type CoverageDimensionKind,
  compareCodes,
  createCoverageCount,
  dimensionOf,
  type Territory,
} from "./coverage/count";
export {
  matchPopulation,
  type PopulationColumnsOptions,
  type PopulationMatch,
  type PopulationRow,
  type PopulationRule,
  type PopulationTable,
  populationFromRows,
} from "./coverage/population";
export {
  type CoverageCell,
  type CoverageRow,
  type CoverageTable,
  type CoverageTableOptions,
  coverageTable,
} from "./coverage/table";
export { KNOWN_CRS, normaliseCode as normaliseCrs, type Unproject, unprojection } from "./crs/crs";
export { type ChoroplethDatum, type ChoroplethOptions, choropleth } from "./map/choropleth";
export { classOf, quantileBreaks } from "./map/classes";
export { coverageMapData } from "./map/coverage";
export { choroplethMessages } from "./map/messages";
export { geoIssues } from "./messages/issues";
