// @ciudata/linkage: record linkage and deduplication for registries that share no key (browser-safe).

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
  LinkResult,
  LinkSettings,
  LinkModel,
  Records,
  ScoredPair,
  StandardField,
} from "./types";
