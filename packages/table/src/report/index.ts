export type { Detected, SheetInfo } from "./detected";
export { type ErrorParam, type ErrorTag, type TableError, type TableErrorInit, tableError } from "./error";
export type { Locale } from "./locales/types";
export { errorTitle, localize, renderMessage, tableIssues } from "./localize";
export { type ErrorSelection, type FindingKey, isSelected, selectFindings } from "./pick";
export {
  createReport,
  type FlattenKey,
  flatten,
  type Lang,
  REPORT_FORMAT_VERSION,
  type Report,
  type ReportTask,
  type TaskStats,
} from "./report";
export {
  type FindingGroup,
  type FindingTotals,
  type Footprint,
  type TypeTotals,
  tallyFindings,
} from "./totals";
