import type { CleanChange } from "./changes";

/** What was detected about a file's bytes, as `openTable` tells it. */
export interface FileFacts {
  /** The encoding read (`windows-1252`, `utf-8`…). */
  encoding: string;
  /** Whether it started with a byte-order mark. */
  bom: boolean;
  /** The delimiter read. */
  delimiter: string;
  /** The line ending read. */
  lineTerminator: string;
}

const show = (s: string): string => JSON.stringify(s).slice(1, -1);

/**
 * The file-level changes of writing a table as `clean` does (UTF-8 without a byte-order mark, comma,
 * the chosen line ending), each logged once with `row: null`.
 *
 * @example
 * ```ts
 * fileChanges({ encoding: "windows-1252", bom: false, delimiter: ";", lineTerminator: "\r\n" }, "\n").map((c) => c.step);
 * //=> ["encoding", "delimiter", "line-endings"]
 * ```
 */
export function fileChanges(facts: FileFacts, lineTerminator: "\n" | "\r\n"): CleanChange[] {
  const out: CleanChange[] = [];
  const add = (step: CleanChange["step"], before: string, after: string) =>
    out.push({ row: null, column: null, step, before, after });
  const encoding = facts.encoding.toLowerCase();
  if (encoding !== "utf-8" && encoding !== "utf8") add("encoding", facts.encoding, "utf-8");
  if (facts.bom) add("bom", "BOM", "");
  if (facts.delimiter !== ",") add("delimiter", show(facts.delimiter), ",");
  if (facts.lineTerminator !== lineTerminator)
    add("line-endings", show(facts.lineTerminator), show(lineTerminator));
  return out;
}
