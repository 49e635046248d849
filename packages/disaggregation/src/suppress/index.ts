export {
  EXACT_AUDIT_LIMIT,
  type Line,
  linesOf,
  primarySuppression,
  recomputableCells,
  suppressCells,
  suppressTable,
} from "./suppress";
export type { CellSuppressor, SuppressionCell } from "./types";
