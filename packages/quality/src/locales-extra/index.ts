export { type PhraseKey, phrase } from "./phrases";
