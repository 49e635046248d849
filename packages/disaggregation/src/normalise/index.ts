export { parseAgeText } from "./age-text";
export { type AuditEntry, type AuditSummary, NormaliseAudit } from "./audit";
export {
  MAPPING_FORMAT,
  type Mapping,
  type MappingFile,
  type MappingOutcome,
  parseMapping,
  type UnmappedNote,
} from "./mapping";
export {
  createNormaliser,
  MAX_VALUE_LENGTH,
  type Normalised,
  type NormaliseRule,
  type Normaliser,
  type NormaliserOptions,
  spellingKey,
} from "./normaliser";
