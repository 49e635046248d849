export { type EvaluatedSides, evaluate } from "./evaluate";
export { parseTruth, type Truth } from "./truth";
