export { crossFieldCheck } from "./check";
export { type CrossFieldOptions, type CrossFieldRule, compareValues, crossField } from "./cross-field";
export { crossFieldIssues } from "./messages";
