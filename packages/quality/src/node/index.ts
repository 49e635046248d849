export type { TableCaseResult } from "../conformance";
export { runTableSuite } from "./conformance";
export { validatePackageFile } from "./package-file";
export { validateFile } from "./validate-file";
