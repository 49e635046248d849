import type { ResolvedDialect } from "./schema";

/** Table Dialect v2 defaults, as a frozen {@link ResolvedDialect}. */
export const DEFAULT_DIALECT: Readonly<ResolvedDialect> = Object.freeze({
  delimiter: ",",
  quoteChar: '"',
  doubleQuote: true,
  escapeChar: null,
  lineTerminator: "\r\n",
  header: true,
  headerRows: [1],
  headerJoin: " ",
  commentChar: null,
  commentRows: [],
  nullSequence: null,
  skipInitialSpace: false,
});

/** The line terminators a dialect may use. */
export const LINE_TERMINATORS: readonly ResolvedDialect["lineTerminator"][] = ["\n", "\r\n", "\r"];
