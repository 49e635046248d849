import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { z } from "zod";
import { parseOrThrow } from "../parse";

/** One identifying field of an encoding schema and how it becomes Bloom-filter bits. */
export const EncodingFeatureSchema = z
  .object({
    /** The standardised field (`given`, `surname1`, `birthDate`…). */
    field: z.string().min(1),
    /** `ngram`: the value's n-grams, padded with a space each side; `exact`: the whole value, one token. */
    comparison: z.enum(["ngram", "exact"]).default("ngram"),
    /** n of the n-grams (2: bigrams). */
    n: z.number().int().min(1).max(4).default(2),
    /** Prefix each n-gram with its position (dates, codes), so the same n-gram elsewhere differs. */
    positional: z.boolean().default(false),
    /**
     * Bits this field sets, whatever its length (its weight in the similarity). Spreading a fixed number
     * of bits over the tokens hides the value's length, which a fixed number of bits per token shows.
     */
    bitsPerFeature: z.number().int().min(1).max(4096).default(200),
  })
  .strict();

/**
 * An encoding schema: what both parties must share, besides the secret, to encode their records the same
 * way. It never holds the secret. Parse untrusted JSON with {@link parseEncodingSchema}.
 */
export const EncodingSchemaSchema = z
  .object({
    format: z.literal("ciudata-clk"),
    version: z.literal(1),
    /** Bits per encoding, a power of two (default 1,024). */
    l: z
      .number()
      .int()
      .min(64)
      .max(65536)
      .refine((l) => (l & (l - 1)) === 0, { message: "a power of two" })
      .default(1024),
    /** Per-field keys: HKDF-SHA256 of the secret with this salt (shared, not secret). */
    kdf: z
      .object({
        type: z.literal("HKDF").default("HKDF"),
        hash: z.literal("SHA256").default("SHA256"),
        salt: z.string().min(8),
      })
      .strict(),
    /** Keyed hashing of every token: keyed BLAKE2b (64-byte digest → 32 indexes). */
    hash: z.literal("blake2b").default("blake2b"),
    features: z.array(EncodingFeatureSchema).min(1),
  })
  .strict();

/** One field of an {@link EncodingSchema}, with its defaults filled in. */
export type EncodingFeature = z.output<typeof EncodingFeatureSchema>;
/** An encoding schema with its defaults filled in (see {@link EncodingSchemaSchema}). */
export type EncodingSchema = z.output<typeof EncodingSchemaSchema>;
/** An encoding schema as written in JSON (defaults may be left out). */
export type EncodingSchemaInput = z.input<typeof EncodingSchemaSchema>;

/**
 * Reads an encoding schema (parsed JSON), filling its defaults; throws a `CiudataError` of
 * `linkage/pprl-schema` issues located by path when it does not fit.
 *
 * @example
 * ```ts
 * const schema = parseEncodingSchema({ format: "ciudata-clk", version: 1, kdf: { salt: "programa-2026" },
 *   features: [{ field: "surname1" }, { field: "birthDate", positional: true }] });
 * schema.l; //=> 1024
 * ```
 */
export function parseEncodingSchema(input: unknown): EncodingSchema {
  return parseOrThrow(EncodingSchemaSchema, input, "linkage/pprl-schema");
}

/**
 * Default bits per field: about half of the 1,024 bits set, names weighing most. Sex is left out: as
 * one exact token its bits would be the same in half the records, which anyone can see without the key.
 */
const DEFAULT_FEATURES: readonly EncodingFeatureInput[] = [
  { field: "given", bitsPerFeature: 180 },
  { field: "surname1", bitsPerFeature: 200 },
  { field: "surname2", bitsPerFeature: 150 },
  { field: "birthDate", positional: true, bitsPerFeature: 170 },
];
type EncodingFeatureInput = z.input<typeof EncodingFeatureSchema>;

/**
 * A schema for the standard fields present among `fields` (given names, both surnames, birth date):
 * about half the bits of each encoding set, surnames weighing most. Both parties must use the same
 * schema: write it once (with a salt of your own) and share it.
 *
 * @example
 * ```ts
 * const schema = defaultEncodingSchema(["given", "surname1", "birthDate"], { salt: "programa-2026" });
 * schema.features.map((f) => f.field); //=> ["given", "surname1", "birthDate"]
 * ```
 */
export function defaultEncodingSchema(fields: readonly string[], options: { salt: string }): EncodingSchema {
  const present = new Set(fields);
  const features = DEFAULT_FEATURES.filter((f) => present.has(f.field));
  return parseEncodingSchema({
    format: "ciudata-clk",
    version: 1,
    kdf: { salt: options.salt },
    features: features.length > 0 ? features : fields.map((field) => ({ field })),
  });
}

/**
 * A short fingerprint of a schema (hex, 16 characters): two files encoded with different schemas have
 * different fingerprints. Computed on the schema with its defaults filled in and its keys sorted.
 *
 * @example
 * ```ts
 * schemaFingerprint(schema).length; //=> 16
 * ```
 */
export function schemaFingerprint(schema: EncodingSchema): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(schema)))).slice(0, 16);
}

/** JSON with object keys sorted at every depth, so equal schemas give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
