// The dialect-neutral SQL compiler: blocking joins, blocking counts and one CASE per comparison.
export { type BlockingTables, compileBlockedPairs, compileBlockingCount, compileRulePairs } from "./blocking";
export { dateColumn, paddedColumn, type SqlDialect, tokensColumn } from "./dialect";
export { duckdbDialect, sparkDialect, trinoDialect } from "./dialects";
export {
  compileGamma,
  compilePredicate,
  type PairAliases,
  perRecordColumns,
  predicateFields,
} from "./gammas";
export { type BlockingCountPlan, freshPairs, planBlockingCounts, ruleName } from "./union";
