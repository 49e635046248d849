export { requiredDimensionsCheck } from "./check";
export { requiredDimensionsIssues } from "./messages";
export {
  DEFAULT_DIMENSION_SYNONYMS,
  type DimensionDetector,
  detectDimensionsBySynonyms,
  labelMatches,
  type RequiredDimensionsOptions,
  requiredDimensions,
} from "./required-dimensions";
