import type { TableError } from "../report/error";
import { DEFAULT_DIALECT } from "./defaults";
import { resolveDialect } from "./resolve";
import type { Dialect, ResolvedDialect } from "./schema";
import { guessDelimiter, scoreDelimiter } from "./sniff-delimiter";
import { sniffBackslashEscape, sniffLineTerminator, sniffQuoteChar } from "./sniff-format";
import { detectHeader, findHeaderIndex } from "./sniff-header";
import { checkDialect } from "./validate";

/** What {@link sniffDialect} decided, how sure it is, which keys it sniffed, and invalid hint keys. */
export interface DialectDetection {
  dialect: ResolvedDialect;
  /** 0 (guess) to 1 (certain or given). */
  confidence: number;
  /** Keys decided by sniffing (not given in the hint). */
  detected: Array<keyof ResolvedDialect>;
  errors: TableError[];
}

/**
 * Sniffs the dialect of a decoded sample: delimiter (`,` `;` tab `|`, by quote-aware field-count
 * consistency), quote char, doubled vs backslash-escaped quotes, line terminator, header, and
 * leading title rows (reported as `commentRows`, with `headerRows` at the real header).
 * Valid keys in `hint` always win and are not sniffed; invalid ones are reported as `dialect-error`.
 *
 * @example
 * ```ts
 * const { dialect } = sniffDialect("nombre;monto\nJuan;1,5\n");
 * dialect.delimiter; // ";"
 * dialect.lineTerminator; // "\n"
 * ```
 */
export function sniffDialect(sample: string, hint?: Dialect): DialectDetection {
  const { dialect: h, errors } = checkDialect(hint);
  const detected: Array<keyof ResolvedDialect> = [];
  const sniffed: ResolvedDialect = { ...DEFAULT_DIALECT, headerRows: [1], commentRows: [] };

  if (h.lineTerminator === undefined) {
    const lt = sniffLineTerminator(sample);
    if (lt !== null) {
      sniffed.lineTerminator = lt;
      detected.push("lineTerminator");
    }
  }
  if (h.quoteChar === undefined) {
    const q = sniffQuoteChar(sample);
    if (q !== null) {
      sniffed.quoteChar = q;
      detected.push("quoteChar");
    }
  }
  const quoteChar = h.quoteChar ?? sniffed.quoteChar;
  if (h.doubleQuote === undefined && h.escapeChar === undefined) {
    if (sniffBackslashEscape(sample, quoteChar)) {
      sniffed.doubleQuote = false;
      sniffed.escapeChar = "\\";
    }
    detected.push("doubleQuote", "escapeChar");
  }
  const escapeChar = h.escapeChar ?? sniffed.escapeChar;

  let confidence = 1;
  let records: string[][];
  let width: number;
  if (h.delimiter === undefined) {
    const guess = guessDelimiter(sample, quoteChar, escapeChar);
    sniffed.delimiter = guess.delimiter;
    confidence = guess.confidence;
    records = guess.records;
    width = guess.width;
    detected.push("delimiter");
  } else {
    const score = scoreDelimiter(sample, h.delimiter, quoteChar, escapeChar);
    records = score.records;
    width = score.width;
  }

  const headerGiven = h.header !== undefined || h.headerRows !== undefined;
  let headerIndex = 0;
  if (h.header !== false && h.headerRows === undefined && h.commentRows === undefined) {
    headerIndex = findHeaderIndex(records, width);
    if (headerIndex > 0) {
      sniffed.headerRows = [headerIndex + 1];
      sniffed.commentRows = Array.from({ length: headerIndex }, (_, i) => i + 1);
      detected.push("headerRows", "commentRows");
    }
  }
  if (!headerGiven) {
    const vote = detectHeader(records, headerIndex);
    sniffed.header = vote.header || headerIndex > 0;
    if (!sniffed.header) sniffed.headerRows = [];
    if (!vote.sure) confidence *= 0.9;
    detected.push("header");
  }
  if (sample.length === 0) confidence = 0;
  return {
    dialect: resolveDialect(h, sniffed),
    confidence: Math.round(confidence * 100) / 100,
    detected,
    errors,
  };
}
