// @ciudata/linkage: record linkage and deduplication for registries that share no key (browser-safe).

export { linkageIssues } from "./messages/issues";
export {
  type BlockingCountPlan,
  type BlockingTables,
  compileBlockedPairs,
  compileBlockingCount,
  compileGamma,
  compilePredicate,
  duckdbDialect,
  type PairAliases,
  planBlockingCounts,
  type SqlDialect,
  sparkDialect,
  trinoDialect,
} from "./sql";
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
