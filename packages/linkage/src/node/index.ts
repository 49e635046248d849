// @ciudata/linkage/node: the Node-only parts (reading files, writing outputs, the DuckDB engine).

export { readTruth } from "./truth";
