const encoder = new TextEncoder();
const SALT = encoder.encode("ciudata/privacy/pseudonym/v1");

/** The WebCrypto `SubtleCrypto` (browsers, Node 20+). */
function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("ciudata: WebCrypto (crypto.subtle) is not available");
  return s;
}

/**
 * Derives the HMAC key of one purpose from the master key (HKDF-SHA-256, salt `ciudata/privacy/pseudonym/v1`,
 * info = purpose): the same master key and purpose give the same pseudonyms in every release, and two
 * purposes never share pseudonyms.
 *
 * @example
 * ```ts
 * const key = await derivePurposeKey(new TextEncoder().encode("secreto"), "salud-2025");
 * ```
 */
export async function derivePurposeKey(master: Uint8Array, purpose: string): Promise<CryptoKey> {
  const s = subtle();
  const base = await s.importKey("raw", master as BufferSource, "HKDF", false, ["deriveKey"]);
  return s.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: SALT, info: encoder.encode(purpose) },
    base,
    { name: "HMAC", hash: "SHA-256", length: 256 },
    false,
    ["sign"],
  );
}

/**
 * HMAC-SHA-256 of a text under a derived key.
 *
 * @example
 * ```ts
 * const bytes = await hmac(key, "20101234569");
 * ```
 */
export async function hmac(key: CryptoKey, text: string): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign("HMAC", key, encoder.encode(text)));
}

/**
 * Lower-case hex of bytes.
 *
 * @example
 * ```ts
 * toHex(new Uint8Array([1, 255])); //=> "01ff"
 * ```
 */
export function toHex(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

/**
 * How values are normalised before hashing, so `20-10123456-9` and `20101234569` link: NFKC, trimmed,
 * upper case, without spaces, dots, dashes and slashes.
 *
 * @example
 * ```ts
 * normalizeForPseudonym(" 20-10123456-9 "); //=> "20101234569"
 * ```
 */
export function normalizeForPseudonym(value: string): string {
  return value
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s.\-/\u2010-\u2015]/g, "");
}
