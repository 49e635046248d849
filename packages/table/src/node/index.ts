export { inspectFile, validateFile } from "./files";
export { type ParallelRowsOptions, parallelRows } from "./parallel";
export { type OpenPathOptions, openPath } from "./path";
export { assertNotInput, resolveWithin, sameFile, type UnsafePathReason } from "./safe-path";
export { writeFileAtomic } from "./write-atomic";
