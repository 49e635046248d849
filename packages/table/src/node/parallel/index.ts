export { type CellRange, type CellRangeOptions, type RawRows, readCellRange } from "./cell-ranges";
export {
  type ParallelRowsOptions,
  parallelRows,
  type RangePlan,
  rangeLayout,
  runWorker,
  workerScript,
} from "./parallel-rows";
export { tableRanges } from "./table-ranges";
