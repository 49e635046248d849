export {
  DIMENSION_INFO,
  DIMENSIONS,
  type Dimension,
  type DimensionInfo,
  dimensionDefinition,
  dimensionLabel,
  isDimension,
  type Localized,
  localized,
} from "./dimensions";
export {
  CONSTRAINT_DIMENSIONS,
  type DimensionOfOptions,
  dimensionOf,
  ERROR_DIMENSIONS,
  PREFIX_DIMENSIONS,
  UNSCORED_PREFIXES,
} from "./mapping";
export { findingSelector } from "./select";
