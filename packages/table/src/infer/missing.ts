/** Tokens Latin American publishers use for "no data", detected in samples (exact match). */
export const COMMON_MISSING_TOKENS: readonly string[] = Object.freeze([
  "s/d",
  "S/D",
  "S/d",
  "s/d.",
  "sin dato",
  "Sin dato",
  "SIN DATO",
  "sin datos",
  "Sin datos",
  "SIN DATOS",
  "n/d",
  "N/D",
  "NA",
  "N/A",
  "n/a",
  "N/a",
  "-",
  "--",
]);

/**
 * The common missing tokens present in the sample, in {@link COMMON_MISSING_TOKENS} order.
 *
 * @example
 * ```ts
 * detectMissingTokens([["1", "s/d"], ["-", "4"]]); // ["s/d", "-"]
 * ```
 */
export function detectMissingTokens(rows: readonly (readonly string[])[]): string[] {
  const wanted = new Set(COMMON_MISSING_TOKENS);
  const found = new Set<string>();
  for (const row of rows) {
    for (const cell of row) if (wanted.has(cell)) found.add(cell);
  }
  return COMMON_MISSING_TOKENS.filter((t) => found.has(t));
}
