// @ciudata/linkage/node: the Node-only parts (reading files, writing outputs, the DuckDB engine).

export { type GeneratedFiles, writeRegistries, writeRegistry } from "./generate";
export { type ReadRecordsOptions, readRecords } from "./read";
export { readTruth } from "./truth";
