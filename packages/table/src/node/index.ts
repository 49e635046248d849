export { inspectFile, validateFile } from "./files";
export { openPath } from "./path";
export { writeFileAtomic } from "./write-atomic";
