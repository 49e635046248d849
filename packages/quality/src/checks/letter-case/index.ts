export { hasIrregularCase, type LetterCaseOptions, letterCase, titleCase } from "./letter-case";
