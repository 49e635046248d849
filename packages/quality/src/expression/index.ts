export type { CompareOp, ExpressionIssue, Node } from "./ast";
export { EvaluationError, evaluate, isTruthy, toValue, type Value } from "./evaluate";
export { parseExpression } from "./parse";
