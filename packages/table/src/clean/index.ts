export type {
  CleanChange,
  CleanNote,
  CleanNoteReason,
  CleanSummary,
  ColumnDecision,
  FileStep,
} from "./changes";
export {
  type ChangeSink,
  type CleanedRow,
  type Cleaner,
  type CleanOptions,
  type ColumnFixers,
  cleanRows,
  createCleaner,
} from "./cleaner";
export { remembered } from "./decide";
export { type FileFacts, fileChanges } from "./file";
export { RowFingerprints, rowFingerprint } from "./fingerprints";
export { cleanIssues } from "./messages";
export {
  allSteps,
  CLEAN_STEPS,
  type CleanProfile,
  type CleanProfileOutcome,
  CleanProfileSchema,
  type CleanStep,
  CleanVariantsSchema,
  type ParsedCleanProfile,
  parseCleanProfile,
} from "./profile";
export { RowHasher } from "./row-hash";
