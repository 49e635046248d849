export { truncatedValueCheck } from "./check";
export { truncatedValueIssues } from "./messages";
export { truncatedValue } from "./truncated-value";
