export { type DuckDBEngineOptions, duckdbEngine } from "./engine";
