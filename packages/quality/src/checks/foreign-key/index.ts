export { collectKeys } from "./collect";
export { type ForeignKeyOptions, type ForeignKeyValues, foreignKey } from "./foreign-key";
