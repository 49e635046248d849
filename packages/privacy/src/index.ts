// @ciudata/privacy: find personal data, measure re-identification risk, make a dataset safe to publish.
// Browser-safe: file paths, keys from the environment and atomic writes live in `@ciudata/privacy/node`;
// Latin American IDs with check digits live in `@ciudata/privacy/ids`.

// ---- Aggregate tables ----
export {
  type CompactSuppression,
  type SuppressedCell,
  type SuppressionResult,
  suppressCounts,
  suppressSmallCells,
  THRESHOLD_PRESETS,
} from "./aggregate/suppress";
// ---- Conformance (the Node runners are in `/node`) ----
export { runIdVectors } from "./conformance/ids";
export { runSdcSuite, type SdcSuiteFiles } from "./conformance/sdc";
export { type ConformanceCase, type ConformanceGroup, countCases } from "./conformance/types";
// ---- Finding personal data ----
export {
  CATEGORY_ROLE,
  type Category,
  type Jurisdiction,
  lawsFor,
  type Role,
  SENSITIVE_LAWS,
  type SensitiveCategory,
} from "./detect/categories";
export { type ColumnFinding, classifyColumn, type PlaceNames } from "./detect/column";
export { personalFields } from "./detect/personal";
export { type InstitutionRows, type ScanOptions, type ScanReport, scanTable } from "./detect/scan";
// ---- Words: pass privacyIssues to localize/renderMessage when a report may hold privacy issues ----
export { privacyIssues } from "./messages/issues";
export { privacyMessages } from "./messages/messages";
// ---- Reading ----
export { columnIndexes, requireColumns } from "./read/columns";
export { type RowStream, type StreamRowsOptions, streamRows } from "./read/rows";
// ---- Re-identification risk ----
export { type RiskCheck, riskCheck } from "./risk/check";
export {
  type LocalSuppressionOptions,
  type LocalSuppressionResult,
  localSuppression,
} from "./risk/local-suppression";
export { measureRisk, riskOfRows } from "./risk/measure";
export { DEFAULT_MISSING } from "./risk/missing";
export type { KViolation, LDiversity, RiskOptions, RiskReport } from "./risk/types";
// ---- Free text ----
export {
  findPersonalData,
  type RedactOptions,
  redactText,
  type TextCategory,
  type TextSpan,
} from "./text/redact";
// ---- Anonymising with a plan ----
export {
  type AnonymizeOptions,
  type AnonymizeReport,
  anonymize,
  anonymizeTable,
  type BelowK,
} from "./transform/anonymize";
export {
  type ColumnTransform,
  ColumnTransformSchema,
  type Plan,
  PlanSchema,
  parsePlan,
} from "./transform/plan";
