export { type DuckDBEngineOptions, duckdbEngine } from "./engine";
export { type DuckDBModule, loadDuckDB } from "./module";
