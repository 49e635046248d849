export { EXTRA_ERROR_TYPES, EXTRA_MESSAGES, type ExtraErrorType, type ExtraMessage } from "./messages";
export { type PhraseKey, phrase } from "./phrases";
export { registerExtraMessages } from "./register";
