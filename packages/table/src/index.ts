// @ciudata/table: read any municipal table right, stream it, cast it by Table Schema v2.
// Browser-safe: Node-only helpers (paths, atomic writes) live in `@ciudata/table/node`.

// ---- Bytes, encodings and formats ----
export {
  isOpenedSource,
  type OpenedSource,
  type OpenSourceOptions,
  openSource,
  redactUrl,
  type SourceInput,
} from "./bytes";
// ---- Casting cells ----
export {
  type Caster,
  type CasterOptions,
  type CastFailure,
  type ConstraintViolation,
  compilePattern,
  createCaster,
  createConstraintChecker,
  Decimal,
  type GeoPoint,
  isCastFailure,
  type PatternOptions,
  type PatternProblem,
  type PatternProblemReason,
  PlainDate,
  patternError,
  patternProblem,
  type SafePattern,
  type YearMonth,
} from "./cast";
// ---- Cleaning a table: named steps and a change log ----
export {
  allSteps,
  CLEAN_STEPS,
  type CleanChange,
  type CleanedRow,
  type Cleaner,
  type CleanNote,
  type CleanNoteReason,
  type CleanOptions,
  type CleanProfile,
  type CleanProfileOutcome,
  CleanProfileSchema,
  type CleanStep,
  type CleanSummary,
  CleanVariantsSchema,
  type ColumnDecision,
  type ColumnFixers,
  cleanIssues,
  cleanRows,
  createCleaner,
  type FileFacts,
  type FileStep,
  fileChanges,
  type ParsedCleanProfile,
  parseCleanProfile,
  RowFingerprints,
  rowFingerprint,
} from "./clean";
// ---- Conformance ----
export { type CellCaseResult, runCellCases } from "./conformance";
// ---- Dialects, streaming parse and writing CSV ----
export {
  checkDialect,
  DEFAULT_DIALECT,
  type Dialect,
  type DialectCheck,
  type DialectDetection,
  DialectSchema,
  type ResolvedDialect,
  resolveDialect,
  sniffDialect,
} from "./dialect";
export {
  type Bom,
  COMMON_ENCODINGS,
  canonicalEncoding,
  type DecodedSource,
  type DecodeSourceOptions,
  type DetectEncodingOptions,
  decodeSource,
  detectBom,
  detectEncoding,
  type EncodingInfo,
  findMojibake,
  type MojibakeMatch,
  repairMojibake,
} from "./encoding";
export { type FormatInfo, formatError, sniffFormat } from "./format";
// ---- Inferring a schema ----
export {
  type InferOptions,
  type InferredField,
  type InferSample,
  inferSchema,
} from "./infer";
export {
  DEFAULT_LIMITS,
  type LimitName,
  type ParseOptions,
  parseRows,
  type RawRow,
  type ReadLimits,
  readTable,
  type TableReader,
} from "./parse";
export { ownCopy } from "./parse/own-copy";
// ---- The report model every validator shares ----
export {
  createReport,
  type Detected,
  type ErrorParam,
  type ErrorSelection,
  type ErrorTag,
  errorTitle,
  type FindingGroup,
  type FindingKey,
  type FindingTotals,
  type FlattenKey,
  type Footprint,
  flatten,
  isSelected,
  localize,
  REPORT_FORMAT_VERSION,
  type Report,
  type ReportTask,
  renderMessage,
  type SheetInfo,
  selectFindings,
  type TableError,
  type TableErrorInit,
  type TaskStats,
  type TypeTotals,
  tableError,
  tableIssues,
  tallyFindings,
} from "./report";
// ---- Reading and checking a table, in one pass ----
export {
  type CellMask,
  type Check,
  type CheckContext,
  type Inspection,
  inspectTable,
  type Masking,
  maskedColumns,
  type OpenedTable,
  type OpenStop,
  type OpenTableInput,
  type OpenTableOptions,
  openTable,
  type RowPlan,
  type RowRunner,
  type RowRunResult,
  type RowView,
  type ValidateInput,
  type ValidateOptions,
  validateTable,
} from "./runner";
// ---- Table Schema v2 descriptors ----
export {
  assertTableSchema,
  type Constraints,
  ConstraintsSchema,
  type DataPackage,
  type DescriptorOptions,
  FIELD_TYPES,
  type Field,
  FieldSchema,
  type FieldsMatch,
  type FieldType,
  type ForeignKey,
  ForeignKeySchema,
  type JsonDocumentOptions,
  jsonDepthError,
  PackageSchema,
  type ParseOutcome,
  parseField,
  parseJsonDocument,
  parsePackage,
  parseResource,
  parseTableSchema,
  type Reference,
  type Resource,
  ResourceSchema,
  type TableSchema,
  TableSchemaSchema,
} from "./schema";
// ---- Spreadsheets: read as tables everywhere; written by toXlsx ----
export { type SheetChoice, type ToXlsxOptions, toXlsx, type XlsxCell } from "./sheets";
export { escapeFormula, formatCsvRow, type WriteDialect, writeCsv } from "./write";
