export { whitespaceCheck } from "./check";
export { whitespaceIssues } from "./messages";
export { oneFindingPerProblem, WHITESPACE_COVERS } from "./one-finding";
export { type WhitespaceKinds, type WhitespaceOptions, whitespace, whitespaceKinds } from "./whitespace";
