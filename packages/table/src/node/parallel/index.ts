export { type CellRange, readCellRange } from "./cell-ranges";
export {
  type ParallelRowsOptions,
  parallelRows,
  type RangePlan,
  rangeLayout,
  runWorker,
  workerScript,
} from "./parallel-rows";
