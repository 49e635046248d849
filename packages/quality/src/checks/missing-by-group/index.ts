export { missingByGroupCheck } from "./check";
export { missingByGroupIssues } from "./messages";
export { type MissingByGroupOptions, missingByGroup } from "./missing-by-group";
