export { type DuckDBModule, loadDuckDB } from "./duckdb";
export { inspectFile, openFile, validateFile } from "./files";
export {
  type CellRange,
  type CellRangeOptions,
  type ParallelRowsOptions,
  parallelRows,
  type RangePlan,
  type RawRows,
  rangeLayout,
  readCellRange,
  runWorker,
  tableRanges,
  workerScript,
} from "./parallel";
export { type OpenPathOptions, openPath } from "./path";
export { assertNotInput, resolveWithin, sameFile, type UnsafePathReason } from "./safe-path";
export { liveTemps, processAlive, registerTemp, releaseTemp, sweepStaleTemps, tempPath } from "./temp-files";
export { type AtomicData, type WriteAtomicOptions, writeFileAtomic } from "./write-atomic";
