import type { EncodingFeature } from "./schema";

/**
 * The tokens a value is hashed from: its n-grams padded with n − 1 spaces each side ("ANA" → " A", "AN",
 * "NA", "A "), each prefixed with its position when the feature is positional, or the whole value for an
 * `exact` feature. A missing or empty value has none.
 *
 * @example
 * ```ts
 * valueTokens("ANA", { field: "given", comparison: "ngram", n: 2, positional: false, bitsPerFeature: 200 });
 * //=> [" A", "AN", "NA", "A "]
 * ```
 */
export function valueTokens(value: string | null | undefined, feature: EncodingFeature): string[] {
  if (value === null || value === undefined || value === "") return [];
  if (feature.comparison === "exact") return [value];
  const pad = " ".repeat(feature.n - 1);
  const chars = Array.from(pad + value + pad);
  const out: string[] = [];
  for (let i = 0; i + feature.n <= chars.length; i++) {
    const gram = chars.slice(i, i + feature.n).join("");
    out.push(feature.positional ? `${i}:${gram}` : gram);
  }
  return out;
}
