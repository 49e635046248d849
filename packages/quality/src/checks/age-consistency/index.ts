export { type AgeConsistencyOptions, ageConsistency } from "./age-consistency";
export { ageConsistencyCheck } from "./check";
export { ageConsistencyIssues } from "./messages";
