// The privacy-preserving mode: keyed Bloom-filter encodings (CLK style) and linkage on their Dice similarity.
//
// What the encodings protect: no value travels in clear, and without the shared secret nobody can encode
// a guess to look for it (a dictionary of the 1,000 commonest surnames encoded with any other key finds
// their owners no better than chance: attack.test.ts). What they do not protect: a party holding the
// secret can encode guesses; frequency and pattern-mining attacks on many encodings can reveal common
// values even without it; bit blocking and the key check value add nothing to that. Bits per feature
// (not per n-gram) keep the length of a value out of the number of bits set.

export type { BitBlocking } from "./blocking";
export {
  clkToBase64,
  type EncodedManifest,
  type EncodedRow,
  encodedFromRows,
  encodedManifest,
  encodedToCsv,
} from "./codec";
export { dice } from "./dice";
export { type Encoded, encodeRecords } from "./encode";
export { evaluateEncodedLinks } from "./evaluate";
export { generateSecret, MIN_SECRET_BYTES, type Secret } from "./keys";
export {
  DEFAULT_DICE_THRESHOLD,
  type EncodedLinkResult,
  type EncodedPair,
  type LinkEncodedOptions,
  linkEncoded,
} from "./link";
export {
  defaultEncodingSchema,
  type EncodingFeature,
  EncodingFeatureSchema,
  type EncodingSchema,
  type EncodingSchemaInput,
  EncodingSchemaSchema,
  parseEncodingSchema,
  schemaFingerprint,
} from "./schema";
export { valueTokens } from "./tokens";
