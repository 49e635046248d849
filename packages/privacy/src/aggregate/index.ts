export { recomputable } from "./solve";
export {
  type CompactSuppression,
  type SuppressedCell,
  type SuppressionResult,
  suppressCounts,
  suppressSmallCells,
  THRESHOLD_PRESETS,
} from "./suppress";
