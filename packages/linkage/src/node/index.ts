// @ciudata/linkage/node: the Node-only parts (reading files, writing outputs, the DuckDB engine).

export {
  type DuckDBEngineOptions,
  duckdbEngine,
  type LinkEngine,
  type LinkEngineFactory,
  type PairList,
} from "./duckdb";
export { type ReadRecordsOptions, readRecords } from "./read";
