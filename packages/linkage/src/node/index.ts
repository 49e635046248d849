// @ciudata/linkage/node: the Node-only parts (reading files, writing outputs, the DuckDB engine).

export { type DuckDBEngineOptions, type DuckDBModule, duckdbEngine, loadDuckDB } from "./duckdb/index";
export { type GeneratedFiles, writeRegistries, writeRegistry } from "./generate";
export { readEncoded, SECRET_VARIABLE, schemaPathOf, secretFromEnv, writeEncoded } from "./pprl";
export { type ReadRecordsOptions, readRecords } from "./read";
export { readTruth } from "./truth";
