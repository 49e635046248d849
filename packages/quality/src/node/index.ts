export type { TableCaseResult } from "../conformance";
export { runTableSuite } from "./conformance";
export { type DescribeFileOptions, describeFile } from "./describe-file";
export { validatePackageFile } from "./package-file";
export { validateFile } from "./validate-file";
