import { DEFAULT_DIALECT } from "./defaults";
import type { Dialect, ResolvedDialect } from "./schema";
import { checkDialect } from "./validate";

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * Makes every dialect decision: values in `hint` win, then `sniffed`, then Table Dialect v2
 * defaults. Invalid hint keys are ignored here (use {@link checkDialect} to report them).
 * With `header: false`, `headerRows` is `[]`.
 *
 * @example
 * ```ts
 * resolveDialect({ delimiter: ";" }).delimiter; // ";"
 * resolveDialect(undefined).headerRows; // [1]
 * ```
 */
export function resolveDialect(hint: Dialect | undefined, sniffed?: ResolvedDialect): ResolvedDialect {
  const h = checkDialect(hint).dialect;
  const base = sniffed ?? DEFAULT_DIALECT;
  const header = h.header ?? (h.headerRows === undefined ? base.header : h.headerRows.length > 0);
  let headerRows: number[] = [];
  if (header) {
    if (h.headerRows !== undefined && h.headerRows.length > 0) headerRows = sortedUnique(h.headerRows);
    else if (base.headerRows.length > 0) headerRows = sortedUnique(base.headerRows);
    else headerRows = [1];
  }
  return {
    delimiter: h.delimiter ?? base.delimiter,
    quoteChar: h.quoteChar ?? base.quoteChar,
    doubleQuote: h.doubleQuote ?? base.doubleQuote,
    escapeChar: h.escapeChar ?? base.escapeChar,
    lineTerminator:
      (h.lineTerminator as ResolvedDialect["lineTerminator"] | undefined) ?? base.lineTerminator,
    header,
    headerRows,
    headerJoin: h.headerJoin ?? base.headerJoin,
    commentChar: h.commentChar ?? base.commentChar,
    commentRows: sortedUnique(h.commentRows ?? base.commentRows),
    nullSequence: h.nullSequence ?? base.nullSequence,
    skipInitialSpace: h.skipInitialSpace ?? base.skipInitialSpace,
  };
}
