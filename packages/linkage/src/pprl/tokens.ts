import type { EncodingFeature } from "./schema";

const SURROGATE = /[\uD800-\uDFFF]/;

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
  const padded = pad + value + pad;
  const out: string[] = [];
  // Code units are characters unless the value holds a surrogate pair (outside the BMP): slice by code
  // points only then, the common case stays fast.
  const chars = SURROGATE.test(padded) ? Array.from(padded) : null;
  const length = chars === null ? padded.length : chars.length;
  for (let i = 0; i + feature.n <= length; i++) {
    const gram = chars === null ? padded.substring(i, i + feature.n) : chars.slice(i, i + feature.n).join("");
    out.push(feature.positional ? `${i}:${gram}` : gram);
  }
  return out;
}
