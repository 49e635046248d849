export { describeValue, formatPath, renderIssue, type StrategyIssue, type StrategyIssueType } from "./issue";
export { loadStrategy, parseStrategy, StrategyError, type StrategyParse } from "./parse";
export { checkReferences, dependencyCycles } from "./references";
