import { CiudataError, createIssue } from "@ciudata/core";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, randomBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import type { EncodingSchema } from "./schema";

/** The secret both parties hold: text (UTF-8) or bytes. */
export type Secret = string | Uint8Array;

/** Fewest bytes a secret may have: a short one could be guessed by trying. */
export const MIN_SECRET_BYTES = 16;

/**
 * A new random secret (32 bytes, base64url text) to share with the other party by a safe channel.
 *
 * @example
 * ```ts
 * const secret = generateSecret(); // e.g. "q3Jx…", 43 characters
 * ```
 */
export function generateSecret(): string {
  let text = "";
  for (const b of randomBytes(32)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The secret's bytes; throws `linkage/pprl-weak-secret` (never showing it) when it is too short. */
export function secretBytes(secret: Secret): Uint8Array {
  const bytes = typeof secret === "string" ? utf8ToBytes(secret) : secret;
  if (bytes.length < MIN_SECRET_BYTES)
    throw new CiudataError([
      createIssue("linkage/pprl-weak-secret", {
        params: { min: MIN_SECRET_BYTES },
        note: `the secret has fewer than ${MIN_SECRET_BYTES} bytes`,
      }),
    ]);
  return bytes;
}

/** One 32-byte key per feature of the schema, derived with HKDF-SHA256 from the secret and the salt. */
export function featureKeys(secret: Uint8Array, schema: EncodingSchema): Uint8Array[] {
  const salt = utf8ToBytes(schema.kdf.salt);
  return schema.features.map((f, i) =>
    hkdf(sha256, secret, salt, utf8ToBytes(`ciudata-clk/1 feature ${i} ${f.field}`), 32),
  );
}

/**
 * A key check value (hex, 16 characters): equal for equal secrets and salts, so files encoded with
 * different secrets are told apart; it is a one-way derivation and does not reveal the secret.
 */
export function keyCheck(secret: Uint8Array, schema: EncodingSchema): string {
  return bytesToHex(
    hkdf(sha256, secret, utf8ToBytes(schema.kdf.salt), utf8ToBytes("ciudata-clk/1 key check"), 8),
  );
}
