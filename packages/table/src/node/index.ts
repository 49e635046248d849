export { inspectFile, validateFile } from "./files";
export { type OpenPathOptions, openPath } from "./path";
export { writeFileAtomic } from "./write-atomic";
