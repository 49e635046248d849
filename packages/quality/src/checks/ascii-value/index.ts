export { asciiValue } from "./ascii-value";
export { asciiValueCheck } from "./check";
export { asciiValueIssues } from "./messages";
