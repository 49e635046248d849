export { foreignKeyCheck } from "./check";
export { collectKeys } from "./collect";
export { type ForeignKeyOptions, type ForeignKeyValues, foreignKey } from "./foreign-key";
export { foreignKeyIssues } from "./messages";
