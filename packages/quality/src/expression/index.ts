export type { CompareOp, ExpressionIssue, Node } from "./ast";
export { type EvaluationCode, EvaluationError, evaluate, isTruthy, toValue, type Value } from "./evaluate";
export { parseExpression } from "./parse";
