export { missingValueCheck } from "./check";
export { missingValueIssues } from "./messages";
export { isMissingCell, type MissingValueOptions, missingValue } from "./missing-value";
