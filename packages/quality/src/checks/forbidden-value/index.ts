export { forbiddenValueCheck } from "./check";
export { type ForbiddenValueOptions, forbiddenValue } from "./forbidden-value";
export { forbiddenValueIssues } from "./messages";
