export { type SequentialValueOptions, sequentialValue } from "./sequential-value";
