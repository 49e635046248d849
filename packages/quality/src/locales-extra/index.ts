export { PHRASES, type PhraseKey, phrase } from "./phrases";
