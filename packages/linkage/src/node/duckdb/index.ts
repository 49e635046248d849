export { type DuckDBEngineOptions, duckdbEngine, type LinkEngineFactory } from "./engine";
export type { BlockedPairs, LinkEngine, PairList } from "./seam";
