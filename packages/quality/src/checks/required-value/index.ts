export { requiredValueCheck } from "./check";
export { requiredValueIssues } from "./messages";
export { type RequiredValueOptions, requiredValue } from "./required-value";
