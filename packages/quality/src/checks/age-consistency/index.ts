export { type AgeConsistencyOptions, ageConsistency } from "./age-consistency";
