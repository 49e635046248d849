export type { TableCaseResult } from "../conformance";
export { runTableSuite } from "./conformance";
export { type DescribeFileOptions, describeFile } from "./describe-file";
export { validatePackageFile } from "./package-file";
export {
  checkInDuckDB,
  type PushdownOptions,
  type PushedCount,
  type PushedFinding,
  type PushedMissing,
  type PushedResult,
  type PushedRiskOptions,
} from "./pushdown";
export { checkInPostgres, type PostgresPushdownOptions } from "./pushdown-postgres";
export { validateFile } from "./validate-file";
