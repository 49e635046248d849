export { type PrimaryKeyOptions, primaryKey } from "./primary-key";
