export { inspectFile, validateFile } from "./files";
export { type ParallelRowsOptions, parallelRows } from "./parallel";
export { type OpenPathOptions, openPath } from "./path";
export { writeFileAtomic } from "./write-atomic";
