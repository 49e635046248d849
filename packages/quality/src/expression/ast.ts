/** A node of a row-constraint expression. Plain data: nothing in it can run code. */
export type Node =
  | { kind: "literal"; value: null | boolean | number | string; at: number }
  | { kind: "name"; name: string; at: number }
  | { kind: "list"; items: Node[]; at: number }
  | { kind: "unary"; op: "-" | "+" | "not"; operand: Node; at: number }
  | { kind: "binary"; op: "+" | "-" | "*" | "/" | "//" | "%" | "**"; left: Node; right: Node; at: number }
  | { kind: "logical"; op: "and" | "or"; left: Node; right: Node; at: number }
  | { kind: "compare"; ops: CompareOp[]; operands: Node[]; at: number };

/** A comparison operator (chained like Python: `0 < edad < 120`). */
export type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in";

/** Where and why a formula could not be read. */
export interface ExpressionIssue {
  /** 0-based offset of the problem in the formula. */
  position: number;
  /**
   * What was expected there, as a language-neutral code (`formula-value`, `formula-closing`…) that
   * `qualityIssues` words as `expected:<code>`.
   */
  expected: string;
  /** A detail of the expectation (the closing character, a limit), when it has one. */
  detail?: string;
  /** What was found; empty at the end of the formula. */
  received: string;
}
