import type { ResolvedDialect } from "../dialect/schema";

type Terminator = ResolvedDialect["lineTerminator"];

/** Only the first 64 Ki chars are looked at to find the text's line break. */
export const NEWLINE_SCAN_LIMIT = 64 * 1024;

/**
 * The first line break outside quotes among the first {@link NEWLINE_SCAN_LIMIT} chars, `"keep"`
 * when there is none there, or null when more text is needed to tell (a trailing `\r` may be half of
 * `\r\n`). The answer depends only on the text, never on how it is chunked.
 *
 * @example
 * ```ts
 * findTerminator('a,"x\r\ny"\nb', { delimiter: ",", quoteChar: '"', escapeChar: null }, true); // "\n"
 * findTerminator("a,b", { delimiter: ",", quoteChar: '"', escapeChar: null }, false); // null
 * ```
 */
export function findTerminator(
  input: string,
  d: { delimiter: string; quoteChar: string; escapeChar: string | null },
  final: boolean,
): Terminator | "keep" | null {
  const n = input.length;
  const end = Math.min(n, NEWLINE_SCAN_LIMIT);
  const { delimiter, quoteChar, escapeChar } = d;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < end; i++) {
    const c = input[i];
    if (inQuotes) {
      if (c === escapeChar && escapeChar !== quoteChar) i++;
      else if (c === quoteChar) {
        if (input[i + 1] === quoteChar) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === "\n") return "\n";
    if (c === "\r") {
      if (i + 1 < n) return input[i + 1] === "\n" ? "\r\n" : "\r";
      return final ? "\r" : null;
    }
    if (c === quoteChar && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      continue;
    }
    fieldStart = c === delimiter;
  }
  return final || n > NEWLINE_SCAN_LIMIT ? "keep" : null;
}
