import type { ResolvedDialect } from "./schema";

/** Candidate delimiters, in order of preference on ties. */
export const DELIMITER_CANDIDATES: readonly string[] = [",", ";", "\t", "|"];

const FIELD_EDGE = ",;|\\t\\r\\n";

/**
 * The most frequent line break of the sample, or null when it has none.
 *
 * @example
 * ```ts
 * sniffLineTerminator("a,b\r\n1,2\r\n"); // "\r\n"
 * ```
 */
export function sniffLineTerminator(sample: string): ResolvedDialect["lineTerminator"] | null {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = sample.indexOf("\r"); i !== -1; i = sample.indexOf("\r", i + 1)) {
    if (sample.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = sample.indexOf("\n"); i !== -1; i = sample.indexOf("\n", i + 1)) lf++;
  lf -= crlf;
  if (crlf === 0 && cr === 0 && lf === 0) return null;
  if (crlf >= lf && crlf >= cr) return "\r\n";
  return lf >= cr ? "\n" : "\r";
}

function countMatches(sample: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of sample.matchAll(pattern)) count++;
  return count;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The quote character: `'` only when it quotes more fields than `"`; null when no field is quoted.
 *
 * @example
 * ```ts
 * sniffQuoteChar("'a,b',c\n'd',e"); // "'"
 * ```
 */
export function sniffQuoteChar(sample: string): '"' | "'" | null {
  const count = (q: string) =>
    countMatches(
      sample,
      new RegExp(`(?:^|[${FIELD_EDGE}])[ ]*${q}[^${q}\\r\\n]*${q}[ ]*(?=[${FIELD_EDGE}]|$)`, "g"),
    );
  const dq = count('"');
  const sq = count("'");
  if (dq === 0 && sq === 0) return null;
  return sq > dq ? "'" : '"';
}

/**
 * Whether quotes inside quoted fields are escaped with a backslash (`\"`) rather than doubled (`""`).
 *
 * @example
 * ```ts
 * sniffBackslashEscape('a,"say \\"hi\\"",b', '"'); // true
 * ```
 */
export function sniffBackslashEscape(sample: string, quoteChar: string): boolean {
  const q = escapeRe(quoteChar);
  // \" followed by something that is not a field edge: an escaped quote inside a field.
  const escaped = countMatches(sample, new RegExp(`\\\\${q}(?![${FIELD_EDGE}]|$)`, "g"));
  if (escaped === 0) return false;
  // "" that is not an empty field: a doubled quote.
  const doubled = countMatches(
    sample,
    new RegExp(`(?<=[^${FIELD_EDGE}\\\\])${q}${q}|(?<!\\\\)${q}${q}(?![${FIELD_EDGE}]|$)`, "g"),
  );
  return doubled === 0;
}
