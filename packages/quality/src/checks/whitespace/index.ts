export { type WhitespaceKinds, type WhitespaceOptions, whitespace, whitespaceKinds } from "./whitespace";
