export { type CellRange, type CellRangeOptions, readCellRange } from "./cell-ranges";
export {
  type ParallelRowsOptions,
  parallelRows,
  type RangePlan,
  rangeLayout,
  runWorker,
  workerScript,
} from "./parallel-rows";
export { tableRanges } from "./table-ranges";
