export { BOOLEAN_PROFILES, type BooleanProfile, guessBoolean } from "./boolean-profile";
export { isIdentifierName } from "./identifier";
export { type InferredField, inferField } from "./infer-field";
export { type InferOptions, type InferSample, inferSchema } from "./infer-schema";
export { COMMON_MISSING_TOKENS, detectMissingTokens } from "./missing";
export { guessNumberStyle, hasLeadingZero, type NumberGuess, type NumberStyle } from "./number-style";
export { guessTemporal, type TemporalGuess } from "./temporal";
