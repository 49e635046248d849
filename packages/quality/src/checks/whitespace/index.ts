export { whitespaceCheck } from "./check";
export { whitespaceIssues } from "./messages";
export { type WhitespaceKinds, type WhitespaceOptions, whitespace, whitespaceKinds } from "./whitespace";
