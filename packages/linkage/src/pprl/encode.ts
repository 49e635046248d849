import { CiudataError, createIssue } from "@ciudata/core";
import { blake2b } from "@noble/hashes/blake2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { Records } from "../types";
import { popcountAt } from "./dice";
import { featureKeys, keyCheck, type Secret, secretBytes } from "./keys";
import { type EncodingFeature, type EncodingSchema, parseEncodingSchema, schemaFingerprint } from "./schema";
import { valueTokens } from "./tokens";

/**
 * One side's records as keyed Bloom-filter encodings (CLKs): what a party shares instead of its
 * identifying fields. It holds no value in clear and not the secret.
 */
export interface Encoded {
  /** Which side (a file name or `"a"`/`"b"`). */
  source: string;
  /** Each record's id, in the order of `clks`. */
  ids: readonly string[];
  /** The schema the records were encoded with (no secret in it). */
  schema: EncodingSchema;
  /** {@link schemaFingerprint} of `schema`. */
  fingerprint: string;
  /** Key check value of the secret and salt: differs when the secret differs, reveals nothing of it. */
  keyCheck: string;
  /** Words (32 bits) per encoding: `schema.l / 32`. */
  words: number;
  /** The encodings, one after the other: encoding `i` is `clks[i * words … (i + 1) * words − 1]`. */
  clks: Uint32Array;
  /** Set bits of each encoding. */
  popcounts: Uint16Array;
}

/** 16-byte BLAKE2b salts numbering the 32-index blocks of one token's hash stream. */
const BLOCK_SALTS = Array.from({ length: 256 }, (_, i) => {
  const s = new Uint8Array(16);
  s[0] = i;
  return s;
});

/** Bit indexes of a token under one feature key: 32 per keyed BLAKE2b digest, computed as needed. */
class TokenIndexes {
  private readonly cache = new Map<string, Uint16Array>();

  constructor(
    private readonly key: Uint8Array,
    private readonly mask: number,
  ) {}

  /** The first `k` indexes of `token`'s stream. */
  get(token: string, k: number): Uint16Array {
    let have = this.cache.get(token);
    if (have === undefined || have.length < k) {
      const blocks = Math.ceil(k / 32);
      const next = new Uint16Array(blocks * 32);
      const bytes = utf8ToBytes(token);
      for (let b = 0; b < blocks; b++) {
        const digest = blake2b(bytes, { key: this.key, dkLen: 64, salt: BLOCK_SALTS[b] as Uint8Array });
        for (let i = 0; i < 32; i++)
          next[b * 32 + i] = ((digest[2 * i] as number) | ((digest[2 * i + 1] as number) << 8)) & this.mask;
      }
      have = next;
      this.cache.set(token, have);
    }
    return have;
  }
}

/**
 * Encodes each record's identifying fields into one keyed Bloom filter of `schema.l` bits (CLK style):
 * every field's n-grams are hashed with keyed BLAKE2b under a key derived (HKDF-SHA256) from the secret,
 * the salt and the field, `bitsPerFeature` bits per field spread over its n-grams, and the fields ORed
 * together. Similar values give similar encodings (Dice similarity), but only under the same secret.
 *
 * **What this protects**: the shared file holds no value in clear, and without the secret nobody can
 * encode a guessed value (a name, a birth date) to look for it: a dictionary of names encoded with any
 * other key finds their owners no better than chance. **What it does not**: a party holding the secret
 * can encode guesses and find who they match, and even without it, frequency and pattern-mining attacks
 * on many encodings (the commonest encodings, bits that always go together) can reveal common values;
 * share encodings only with the party you link with, under an agreement. Bits per feature (not per
 * n-gram) keep a value's length out of the number of bits set. Keep the secret long and random
 * ({@link generateSecret}) and out of files, logs and command lines.
 *
 * @param records The standardised side (its fields named in the schema).
 * @param schema The encoding schema, shared by both parties (parsed JSON is accepted).
 * @param secret The secret both parties hold (at least 16 bytes); it is never stored in the result.
 * @example
 * ```ts
 * const schema = defaultEncodingSchema(Object.keys(records.fields), { salt: "programa-2026" });
 * const encoded = encodeRecords(records, schema, process.env.CIUDATA_LINK_SECRET ?? "");
 * encoded.ids.length === records.ids.length; //=> true
 * ```
 */
export function encodeRecords(records: Records, schema: EncodingSchema | unknown, secret: Secret): Encoded {
  const s = parseEncodingSchema(schema);
  const key = secretBytes(secret);
  const missing = s.features.filter((f) => records.fields[f.field] === undefined);
  if (missing.length > 0) throw missingFields(records, missing);
  const words = s.l / 32;
  const n = records.ids.length;
  const clks = new Uint32Array(n * words);
  const indexes = featureKeys(key, s).map((k) => new TokenIndexes(k, s.l - 1));
  s.features.forEach((feature, f) => {
    const values = records.fields[feature.field] as readonly (string | null)[];
    const stream = indexes[f] as TokenIndexes;
    for (let i = 0; i < n; i++) setFeature(clks, i * words, valueTokens(values[i], feature), feature, stream);
  });
  const popcounts = new Uint16Array(n);
  for (let i = 0; i < n; i++) popcounts[i] = popcountAt(clks, i, words);
  return {
    source: records.source,
    ids: records.ids,
    schema: s,
    fingerprint: schemaFingerprint(s),
    keyCheck: keyCheck(key, s),
    words,
    clks,
    popcounts,
  };
}

/** Sets one field's bits: `bitsPerFeature` spread over its tokens, the first ones taking the remainder. */
function setFeature(
  clks: Uint32Array,
  at: number,
  tokens: readonly string[],
  feature: EncodingFeature,
  stream: TokenIndexes,
): void {
  const t = tokens.length;
  if (t === 0) return;
  const each = Math.floor(feature.bitsPerFeature / t);
  const extra = feature.bitsPerFeature % t;
  for (let j = 0; j < t; j++) {
    const k = each + (j < extra ? 1 : 0);
    if (k === 0) continue;
    const idx = stream.get(tokens[j] as string, k);
    for (let b = 0; b < k; b++) {
      const bit = idx[b] as number;
      const w = at + (bit >>> 5);
      clks[w] = (clks[w] as number) | (1 << (bit & 31));
    }
  }
}

function missingFields(records: Records, missing: readonly EncodingFeature[]): CiudataError {
  const fields = Object.keys(records.fields).join(", ");
  const issues = missing.map((f) =>
    createIssue("linkage/pprl-missing-field", {
      fieldName: f.field,
      params: { field: f.field, side: records.source, fields },
      note: `the encoding schema uses field ${f.field}, which ${records.source} does not have`,
    }),
  );
  return new CiudataError(issues as [(typeof issues)[0], ...typeof issues]);
}
