export { type ParallelRowsOptions, parallelRows } from "./parallel-rows";
