export { throwIfAborted } from "./abort";
export { ChunkParser } from "./chunk-parser";
export { joinHeaderRows } from "./header";
export { findTerminator, NEWLINE_SCAN_LIMIT } from "./newline";
export type { TableReader } from "./read-table";
export { readTable } from "./read-table";
export { parseRows } from "./rows";
export type { ParseOptions, RawRow } from "./types";
