export {
  type DetectOptions,
  detectDimensions,
  detectLayout,
  type Layout,
  type LongColumn,
  type WideGroup,
  type WidePart,
} from "./detect";
export { DEFAULT_DIMENSION_SYNONYMS, detectDimensionsBySynonyms, labelMatches } from "./synonyms";
