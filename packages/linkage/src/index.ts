// @ciudata/linkage: record linkage and deduplication for registries that share no key (browser-safe).

export { type BlockedPairs, type BlockPairsOptions, blockPairs, countBlocking } from "./block/index";
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
