export { type CellRange, readCellRange } from "./cell-ranges";
export { type ParallelRowsOptions, parallelRows, type RangePlan, rangeLayout } from "./parallel-rows";
