export type {
  Check,
  CheckContext,
  RangeCheck,
  RangeCheckContext,
  RangeCheckFactory,
  RangeCheckPlan,
  RangeMergeContext,
  RangeState,
  RowView,
} from "./check";
export { type Inspection, inspectTable } from "./inspect";
export type { CellMask, Masking } from "./mask";
export { maskedColumns } from "./mask";
export {
  type OpenedTable,
  type OpenStop,
  type OpenTableInput,
  type OpenTableOptions,
  openTable,
} from "./open-table";
export type { ValidateOptions } from "./options";
export type { RowPlan, RowRunner, RowRunResult } from "./row-runner";
export { type ValidateInput, validateTable } from "./validate";
