export { sequentialValueCheck } from "./check";
export { sequentialValueIssues } from "./messages";
export { type SequentialValueOptions, sequentialValue } from "./sequential-value";
