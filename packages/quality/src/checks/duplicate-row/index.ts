export { duplicateRowCheck } from "./check";
export { duplicateRow } from "./duplicate-row";
export { duplicateRowIssues } from "./messages";
