import type { ResolvedDialect } from "../dialect/schema";

type Terminator = ResolvedDialect["lineTerminator"];

/**
 * The first line break outside quotes, `"keep"` when the whole text (`final`) has none, or null when
 * more text is needed to tell (none yet, or a trailing `\r` may be half of `\r\n`). The answer
 * depends only on the text, never on how it is chunked. The whole text is looked at: a header
 * longer than any sample still gets its line break (callers bound how much they hold, see
 * `ReadLimits.maxHeaderSize`).
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
  const { delimiter, quoteChar, escapeChar } = d;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < n; i++) {
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
  return final ? "keep" : null;
}
