// @ciudata/quality: the city's quality review standard as a validator, scored by dimension.
// Browser-safe: reading Data Packages and large files from disk lives in `@ciudata/quality/node`.

// ---- Quality dimensions and scores ----
export {
  DIMENSION_INFO,
  DIMENSIONS,
  type Dimension,
  type DimensionInfo,
  type DimensionOfOptions,
  dimensionDefinition,
  dimensionLabel,
  dimensionOf,
  findingSelector,
  type Localized,
} from "./dimensions";
// ---- The row formula language (row-constraint checks, `ciudata extract --where`) ----
export {
  type CompareOp,
  type EvaluationCode,
  EvaluationError,
  type ExpressionIssue,
  evaluate,
  isTruthy,
  type Node,
  parseExpression,
  toValue,
  type Value,
} from "./expression";
export { type PackageOptions, validatePackage, validateResource } from "./package";
// ---- Profiles (the Argentine publishing guide, and a city's own) ----
export {
  AR_DATOS_ABIERTOS,
  BUILTIN_PROFILES,
  type ParseProfileOptions,
  type Profile,
  type ProfileInput,
  type ProfileParse,
  type ProfileRule,
  ProfileSchema,
  parseProfile,
} from "./profiles";
export {
  type CompiledChecks,
  type CompiledRisk,
  type CompileOptions,
  type CompileRiskOptions,
  type CountColumn,
  compileChecks,
  compileRisk,
  duckdbDialect,
  type KeyCheck,
  type NotPushed,
  postgresDialect,
  type ReferencedTable,
  type SqlDialect,
  sqlPattern,
  trinoDialect,
} from "./pushdown";
// ---- Messages (catalog values, es/en/pt) ----
export { qualityIssues } from "./quality-issues";
// ---- Reports ----
export {
  type GithubOptions,
  type QualityReport,
  type RenderOptions,
  type ReportMap,
  renderGithub,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  toQualityReport,
} from "./render";
// ---- Validating and reviewing ----
export {
  detectQuasiIdentifiers,
  type QuasiIdentifier,
  type QuasiIdentifierReason,
  type RegistryReview,
  type RegistryReviewOptions,
  type Review,
  type ReviewOptions,
  registryReview,
  review,
} from "./review";
export {
  type DimensionScore,
  type DimensionStatus,
  FORMULA_VERSION,
  type Outcome,
  type Penalties,
  parseThresholds,
  type QualityScores,
  type ScoreOptions,
  type ScoreUnit,
  scoreReport,
  type Threshold,
  type ThresholdLevel,
  type ThresholdResult,
  type Thresholds,
} from "./score";
// ---- Column statistics ----
export {
  type ColumnStats,
  type DescribeOptions,
  describeTable,
  type HistogramBin,
  type Quantiles,
  type StatValue,
  type Summary,
  type TableStats,
  type TopValues,
} from "./stats";
export { type QualityOptions, validate } from "./validate";
