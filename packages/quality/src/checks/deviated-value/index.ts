export { deviatedValueCheck } from "./check";
export { type DeviatedValueOptions, deviatedValue } from "./deviated-value";
export { deviatedValueIssues } from "./messages";
