// @ciudata/quality: the city's quality review standard as a validator, scored by dimension.
// Browser-safe: reading Data Packages from disk lives in `@ciudata/quality/node`.

export {
  type CheckDescriptor,
  CheckDescriptorSchema,
  type Checklist,
  ChecklistSchema,
  type ParsedChecklist,
  parseChecklist,
} from "./checklist";
export { type AgeConsistencyOptions, ageConsistency } from "./checks/age-consistency";
export { asciiValue } from "./checks/ascii-value";
// ---- Consistency ----
export {
  type CategoryVariantsOptions,
  categoryVariants,
  clusterVariants,
  DEFAULT_CATEGORY_SYNONYMS,
  type VariantCluster,
} from "./checks/category-variants";
export { type CrossFieldOptions, type CrossFieldRule, crossField } from "./checks/cross-field";
export { type DeviatedCellOptions, deviatedCell } from "./checks/deviated-cell";
export { type DeviatedValueOptions, deviatedValue } from "./checks/deviated-value";
// ---- Frictionless checks ----
export { duplicateRow } from "./checks/duplicate-row";
export { type ForbiddenValueOptions, forbiddenValue } from "./checks/forbidden-value";
export { collectKeys, type ForeignKeyOptions, type ForeignKeyValues, foreignKey } from "./checks/foreign-key";
export type { DateInput } from "./checks/freshness";
// ---- Timeliness ----
export { type FreshnessOptions, freshness, type IsoDuration, parseIsoDuration } from "./checks/freshness";
export {
  createHasher,
  HASH_ALGORITHMS,
  type HashAlgorithm,
  type Hasher,
  type IntegrityCheck,
  type IntegrityOptions,
  integrity,
} from "./checks/integrity";
export { type LetterCaseOptions, letterCase } from "./checks/letter-case";
// ---- Bias ----
export { type MissingByGroupOptions, missingByGroup } from "./checks/missing-by-group";
export {
  checkPeriodicity,
  type Periodicity,
  type PeriodicityCheckOptions,
  type PeriodicityOptions,
  type PeriodicityResult,
  parsePeriodicity,
  periodicity,
  type UpdateMetadata,
} from "./checks/periodicity";
export { type PrimaryKeyOptions, primaryKey } from "./checks/primary-key";
export {
  DEFAULT_DIMENSION_SYNONYMS,
  type DimensionDetector,
  detectDimensionsBySynonyms,
  type RequiredDimensionsOptions,
  requiredDimensions,
} from "./checks/required-dimensions";
export { type RequiredValueOptions, requiredValue } from "./checks/required-value";
export { type RowConstraintOptions, rowConstraint } from "./checks/row-constraint";
export { type SequentialValueOptions, sequentialValue } from "./checks/sequential-value";
export { type TableDimensionsOptions, tableDimensions } from "./checks/table-dimensions";
export {
  type TerritoryCoverageOptions,
  type TerritoryUnit,
  territoryCoverage,
} from "./checks/territory-coverage";
export { truncatedValue } from "./checks/truncated-value";
export { type UniqueValuesOptions, uniqueValues } from "./checks/unique-error";
export { type UniqueKeysOptions, uniqueKeys } from "./checks/unique-keys";
export { type WhitespaceOptions, whitespace } from "./checks/whitespace";
// ---- Conformance ----
export { flattenLike, runTableCases, type SuiteFiles, type TableCaseResult } from "./conformance";
// ---- Quality dimensions and scores ----
export * from "./dimensions";
export { EvaluationError, type ExpressionIssue, evaluate, parseExpression } from "./expression";
export type { CompareOp, Node as ExpressionNode } from "./expression/ast";
export type { Value as ExpressionValue } from "./expression/evaluate";
export { registerQualityMessages } from "./locales";
export { EXTRA_ERROR_TYPES, registerExtraMessages } from "./locales-extra";
export { inlineCsv, type PackageOptions, validatePackage, validateResource } from "./package";
// ---- Profiles (the Argentine publishing guide, and a city's own) ----
export * from "./profiles";
// ---- Reports ----
export * from "./render";
// ---- Validating ----
export { QUALITY_CHECKS, type QualityCheckFactory, type Review, type ReviewOptions, review } from "./review";
export * from "./score";
// ---- Text helpers ----
export { fingerprint, foldAccents, foldText, ngramFingerprint } from "./text";
export { type QualityOptions, validate } from "./validate";
