export { formatError } from "./format-error";
export { sniffFormat } from "./sniff";
export type { FormatInfo } from "./types";
