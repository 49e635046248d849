// @ciudata/linkage: record linkage and deduplication for registries that share no key (browser-safe).

export { type BlockedPairs, type BlockPairsOptions, blockPairs, countBlocking } from "./block/index";
export { clusterPairs, type IndexPairs, oneToOne, recordKey } from "./cluster/index";
export {
  codeComparison,
  compileComparisons,
  damerau,
  dateComparison,
  defaultSettings,
  exactComparison,
  type GivenNamesComparisonOptions,
  givenNamesComparison,
  idComparison,
  jaroWinkler,
  levelIds,
  type NameComparisonOptions,
  nameComparison,
  type PairComparer,
  type SurnamesComparisonOptions,
  surnamesComparison,
  textComparison,
} from "./compare/index";
export { type EvaluatedSides, evaluate, parseTruth, type Truth } from "./evaluate/index";
export { linkageIssues } from "./messages/issues";
export {
  type EmOptions,
  type EmResult,
  estimateU,
  expectationMaximisation,
  type FixedPosteriors,
  type GammaSet,
  initialM,
  type PairScorer,
  type Patterns,
  pairScorer,
  probabilityOf,
  scorePairs,
  type TermFrequencies,
  type TrainingData,
  type TrainingSession,
  termFrequencies,
  trainModel,
  weightOf,
} from "./model/index";
export { LinkSettingsSchema, parseLinkSettings } from "./settings";
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
} from "./sql/index";
export type {
  BlockingCount,
  BlockingRule,
  Cluster,
  ClusterFlag,
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
