export { type CrossFieldOptions, type CrossFieldRule, compareValues, crossField } from "./cross-field";
