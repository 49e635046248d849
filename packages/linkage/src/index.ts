// @ciudata/linkage: record linkage and deduplication for registries that share no key (browser-safe).

export {
  DEFAULT_ERROR_RATES,
  type ErrorKind,
  type ErrorRates,
  type ErrorTally,
  type GeneratedRegistries,
  type GeneratedRegistry,
  type GeneratedTable,
  type GeneratedTruth,
  type GenerateOptions,
  generateRegistries,
  generateRegistry,
  type NameLayout,
  planRegistries,
  planRegistry,
  type RegistryPlan,
  type SidePlan,
} from "./generate";
export { linkageIssues } from "./messages/issues";
export type {
  BlockingCount,
  BlockingRule,
  Cluster,
  ComparisonLevel,
  ComparisonSpec,
  Evaluation,
  LevelParameters,
  LevelPredicate,
  LinkModel,
  LinkResult,
  LinkSettings,
  Records,
  ScoredPair,
  StandardField,
} from "./types";
