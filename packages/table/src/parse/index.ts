export { throwIfAborted } from "./abort";
export { ChunkParser } from "./chunk-parser";
export { joinHeaderRows } from "./header";
export {
  DEFAULT_LIMITS,
  type LimitName,
  type LimitPlace,
  limitError,
  type ReadLimits,
  resolveLimits,
  throwLimit,
} from "./limits";
export { findTerminator } from "./newline";
export type { TableReader } from "./read-table";
export { readTable } from "./read-table";
export { parseRows } from "./rows";
export type { ParseOptions, RawRow } from "./types";
