export { flattenLike } from "./compare";
export { runTableCases, type SuiteFiles, type TableCaseResult } from "./tables";
