export { uniqueErrorCheck } from "./check";
export { uniqueErrorIssues } from "./messages";
export { type UniqueValuesOptions, uniqueValues } from "./unique-error";
