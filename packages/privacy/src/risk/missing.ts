/** Cells read as missing unless told otherwise. */
export const DEFAULT_MISSING: readonly string[] = ["", "NA", "NaN", "N/A", "s/d", "S/D", "null", "NULL"];

/**
 * A test for missing cells (trimmed) from a list of tokens.
 *
 * @example
 * ```ts
 * const isMissing = missingTest(["", "NA"]);
 * isMissing(" NA "); //=> true
 * ```
 */
export function missingTest(tokens: readonly string[] = DEFAULT_MISSING): (cell: string) => boolean {
  const set = new Set(tokens);
  return (cell) => set.has(cell) || set.has(cell.trim());
}
