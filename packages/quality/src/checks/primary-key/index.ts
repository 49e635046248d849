export { primaryKeyCheck } from "./check";
export { primaryKeyIssues } from "./messages";
export { type PrimaryKeyOptions, primaryKey } from "./primary-key";
