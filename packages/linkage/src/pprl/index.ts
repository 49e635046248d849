// The privacy-preserving mode: keyed Bloom-filter encodings (CLK style) and linkage on their Dice similarity.

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
