export { type DuckDBEngineOptions, duckdbEngine, type LinkEngineFactory } from "./engine";
export type { LinkEngine, PairList } from "./seam";
