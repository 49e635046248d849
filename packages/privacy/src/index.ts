// @ciudata/privacy: find personal data, measure re-identification risk, make a dataset safe to publish.
// Browser-safe: file paths, keys from the environment and atomic writes live in `@ciudata/privacy/node`.
export * from "./aggregate";
export * from "./conformance";
export * from "./detect";
export * from "./ids";
export { registerPrivacyMessages } from "./messages";
export { columnIndexes, requireColumns } from "./read/columns";
export { type RowStream, type StreamRowsOptions, streamRows } from "./read/rows";
export * from "./risk";
export * from "./text";
export * from "./transform";
