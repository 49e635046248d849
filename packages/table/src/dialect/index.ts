export { DEFAULT_DIALECT, LINE_TERMINATORS } from "./defaults";
export { resolveDialect } from "./resolve";
export type { Dialect, ResolvedDialect } from "./schema";
export { DialectSchema } from "./schema";
export type { DialectDetection } from "./sniff";
export { sniffDialect } from "./sniff";
export type { DialectCheck } from "./validate";
export { checkDialect } from "./validate";
