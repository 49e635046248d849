export { recomputable } from "./solve";
export {
  type SuppressedCell,
  type SuppressionResult,
  suppressSmallCells,
  THRESHOLD_PRESETS,
} from "./suppress";
