export { letterCaseCheck } from "./check";
export { hasIrregularCase, type LetterCaseOptions, letterCase, titleCase } from "./letter-case";
export { letterCaseIssues } from "./messages";
