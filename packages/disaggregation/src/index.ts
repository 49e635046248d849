// @ciudata/disaggregation: the disaggregated-data standard as code. Browser-safe: file helpers live in `./node`.

// ---- Aggregation and suppression ----
export {
  type AggregateCell,
  type AggregateOptions,
  type AggregateResult,
  type Aggregator,
  aggregateJson,
  aggregateRows,
  aggregateTable,
  aggregationCheck,
  createAggregator,
  type TerritoryChoice,
} from "./aggregate/aggregate";
// ---- Checks for the one-pass runner ----
export {
  type AgeBandProblems,
  ageBandsCheck,
  codeListCheck,
  crossCellsCheck,
  type DisaggregationCheckOptions,
  disaggregationChecks,
  findAgeBandProblems,
  MAX_CROSS_CELL_GROUPS,
  requiredDimensionsCheck,
  totalsCheck,
  unknownShareCheck,
} from "./checks";
// ---- Code lists ----
export {
  AGE_PRESETS,
  type AgePresetName,
  ageCode,
  bandOf,
  describeAgeCode,
  parseAgeCode,
} from "./codelists/age";
export {
  type BarrioListOptions,
  type BarrioListOutcome,
  barrioListFromCsv,
  barrioListFromJson,
} from "./codelists/barrios";
export {
  BR_UFS,
  CL_REGIONES,
  CO_DEPARTAMENTOS,
  MX_CDMX_ALCALDIAS,
  MX_ENTIDADES,
  PE_DEPARTAMENTOS,
} from "./codelists/countries";
export {
  WG_DOMAINS,
  WG_RESPONSE,
  type WgAnswers,
  type WgDomain,
  washingtonGroupStatus,
} from "./codelists/disability";
export { BUILTIN_CODE_LISTS, codeRole, getCodeList, isInCodeList } from "./codelists/registry";
export {
  TERRITORY_SCHEME_IDS,
  TERRITORY_SCHEMES,
  type TerritoryScheme,
  type TerritorySchemeId,
  territoryScheme,
} from "./codelists/schemes";
export {
  SDMX_AGE,
  SDMX_CONF_STATUS,
  SDMX_DISABILITY,
  SDMX_OBS_STATUS,
  SDMX_QUANTILE,
  SDMX_SEX,
  SDMX_URBANISATION,
} from "./codelists/sdmx";
export {
  AR_DNI_SEX,
  HL7_ADMINISTRATIVE_GENDER,
  INDEC_2022_AFRODESCENDANT,
  INDEC_2022_GENDER_IDENTITY,
  INDEC_2022_INDIGENOUS,
  INDEC_2022_SEX_AT_BIRTH,
  ISO_5218,
  MIGRATION_STATUS,
  MX_CURP_SEX,
} from "./codelists/sex-gender";
export {
  AR_PROVINCIAS,
  CABA_COMUNAS,
  MENDOZA_DEPARTAMENTOS,
  normaliseTerritoryCode,
  TERRITORY_FORMAT_LISTS,
  TERRITORY_FORMATS,
  type TerritoryFormat,
} from "./codelists/territory";
export type {
  AgeBand,
  Code,
  CodeList,
  CodeRole,
  Confidence,
  LocalizedLabel,
  TerritoryLevel,
} from "./codelists/types";
// ---- Finding the dimensions of a table ----
export {
  DEFAULT_DIMENSION_SYNONYMS,
  type DetectOptions,
  detectDimensions,
  detectDimensionsBySynonyms,
  detectLayout,
  type Layout,
  type LongColumn,
  labelMatches,
  type WideGroup,
  type WidePart,
} from "./detect";
// ---- Words: pass disaggregationIssues to localize/renderMessage when a report may hold these issues ----
export { disaggregationIssues } from "./messages/issues";
export { parseAgeText } from "./normalise/age-text";
// ---- Normalising spellings to codes ----
export { type AuditEntry, type AuditSummary, NormaliseAudit } from "./normalise/audit";
export {
  MAPPING_FORMAT,
  type Mapping,
  type MappingFile,
  type MappingOutcome,
  parseMapping,
  type UnmappedNote,
} from "./normalise/mapping";
export {
  createNormaliser,
  type Normalised,
  type NormaliseRule,
  type Normaliser,
  type NormaliserOptions,
} from "./normalise/normaliser";
export {
  detectTerritoryCodeList,
  TERRITORY_DETECTION_SHARE,
  type TerritoryCandidate,
  type TerritoryDetection,
  territoryCandidates,
  territoryLevelsOf,
} from "./normalise/territory";
export { MENDOZA_STANDARD_JSON } from "./standard/mendoza";
// ---- The standard ----
export {
  type DatasetSpec,
  DatasetSpecSchema,
  type DimensionSpec,
  DimensionSpecSchema,
  type InlineCodeList,
  InlineCodeListSchema,
  type Standard,
  type StandardInput,
  StandardSchema,
  ThresholdsSchema,
} from "./standard/schema";
export {
  mendozaStandard,
  parseStandard,
  type ResolvedDimension,
  resolveDimensions,
  type StandardOutcome,
  withCodeList,
} from "./standard/standard";
// ---- Suppressing small cells ----
export type { Line, SuppressTableOptions } from "./suppress/suppress";
export { primarySuppression, recomputableCells, suppressCells, suppressTable } from "./suppress/suppress";
export type { CellSuppressor, SuppressionCell } from "./suppress/types";
