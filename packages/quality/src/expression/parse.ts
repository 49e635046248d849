import type { CompareOp, ExpressionIssue, Node } from "./ast";
import { type Token, tokenize } from "./tokenize";

const MAX_LENGTH = 10_000;
const MAX_DEPTH = 100;
const KEYWORDS: Record<string, null | boolean> = {
  True: true,
  False: false,
  None: null,
  true: true,
  false: false,
  null: null,
};
const COMPARE = new Set(["==", "!=", "<", "<=", ">", ">="]);

class Fail extends Error {
  constructor(readonly issue: ExpressionIssue) {
    super(issue.expected);
  }
}

const show = (t: Token) => (t.type === "end" ? "" : t.text);

/**
 * Parses a row-constraint formula into plain data (never into code): comparisons (chained), `+ - * / // % **`,
 * `and`/`or`/`not`, `in`/`not in` a list, parentheses, field names (`` `with spaces` `` in backticks),
 * numbers, strings and `True`/`False`/`None`. No attribute access, indexing or calls exist in the
 * language, so `constructor.constructor("x")()` is a located syntax error, not an attack.
 *
 * @example
 * ```ts
 * parseExpression("edad >= 18 and sexo != 'X'").ok; //=> true
 * parseExpression('constructor.constructor("x")()'); //=> { ok: false, issue: { position: 11, ... } }
 * ```
 */
export function parseExpression(
  formula: string,
): { ok: true; node: Node; names: string[] } | { ok: false; issue: ExpressionIssue } {
  if (formula.length > MAX_LENGTH)
    return {
      ok: false,
      issue: {
        position: MAX_LENGTH,
        expected: "formula-max-length",
        detail: String(MAX_LENGTH),
        received: `${formula.length}`,
      },
    };
  const lexed = tokenize(formula);
  if (!lexed.ok) return lexed;
  const tokens = lexed.tokens;
  const names = new Set<string>();
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos] as Token;
  const isOp = (v: string) => peek().type === "op" && peek().value === v;
  const isWord = (v: string) => peek().type === "name" && peek().value === v && !peek().text.startsWith("`");
  const next = () => tokens[pos++] as Token;
  const fail = (expected: string, detail?: string): never => {
    throw new Fail({
      position: peek().at,
      expected,
      ...(detail === undefined ? {} : { detail }),
      received: show(peek()),
    });
  };
  const nest = <T>(f: () => T): T => {
    if (++depth > MAX_DEPTH) fail("formula-max-depth", String(MAX_DEPTH));
    try {
      return f();
    } finally {
      depth--;
    }
  };

  const orExpr = (): Node =>
    nest(() => {
      let left = andExpr();
      while (isWord("or")) {
        const at = next().at;
        left = { kind: "logical", op: "or", left, right: andExpr(), at };
      }
      return left;
    });
  const andExpr = (): Node => {
    let left = notExpr();
    while (isWord("and")) {
      const at = next().at;
      left = { kind: "logical", op: "and", left, right: notExpr(), at };
    }
    return left;
  };
  const notExpr = (): Node => {
    if (isWord("not")) {
      const at = next().at;
      return nest(() => ({ kind: "unary", op: "not", operand: notExpr(), at }));
    }
    return comparison();
  };
  const compareOp = (): CompareOp | null => {
    const t = peek();
    if (t.type === "op" && COMPARE.has(t.value)) return next().value as CompareOp;
    if (isWord("in")) {
      next();
      return "in";
    }
    if (isWord("not") && tokens[pos + 1]?.type === "name" && tokens[pos + 1]?.value === "in") {
      pos += 2;
      return "not in";
    }
    return null;
  };
  const comparison = (): Node => {
    const first = sum();
    const ops: CompareOp[] = [];
    const operands: Node[] = [first];
    for (let op = compareOp(); op !== null; op = compareOp()) {
      ops.push(op);
      operands.push(sum());
    }
    return ops.length ? { kind: "compare", ops, operands, at: first.at } : first;
  };
  const sum = (): Node => {
    let left = term();
    while (isOp("+") || isOp("-")) {
      const t = next();
      left = { kind: "binary", op: t.value as "+" | "-", left, right: term(), at: t.at };
    }
    return left;
  };
  const term = (): Node => {
    let left = unary();
    while (isOp("*") || isOp("/") || isOp("//") || isOp("%")) {
      const t = next();
      left = { kind: "binary", op: t.value as "*", left, right: unary(), at: t.at };
    }
    return left;
  };
  const unary = (): Node => {
    if (isOp("-") || isOp("+")) {
      const t = next();
      return nest(() => ({ kind: "unary", op: t.value as "-" | "+", operand: unary(), at: t.at }));
    }
    const base = primary();
    if (isOp("**")) {
      const at = next().at;
      return { kind: "binary", op: "**", left: base, right: nest(unary), at };
    }
    return base;
  };
  const items = (close: string): Node[] => {
    const out: Node[] = [];
    while (!isOp(close)) {
      out.push(orExpr());
      if (isOp(",")) next();
      else if (!isOp(close)) fail("formula-comma-or", close);
    }
    next();
    return out;
  };
  const primary = (): Node => {
    const t = peek();
    if (t.type === "number") return { kind: "literal", value: next().value as number, at: t.at };
    if (t.type === "string") return { kind: "literal", value: next().value as string, at: t.at };
    if (t.type === "name") {
      const quoted = t.text.startsWith("`");
      if (!quoted && t.value in KEYWORDS)
        return { kind: "literal", value: KEYWORDS[next().value] ?? null, at: t.at };
      if (!quoted && ["and", "or", "not", "in"].includes(t.value)) fail("formula-value");
      next();
      names.add(t.value);
      return { kind: "name", name: t.value, at: t.at };
    }
    if (isOp("[")) {
      next();
      return { kind: "list", items: nest(() => items("]")), at: t.at };
    }
    if (isOp("(")) {
      next();
      const inner = orExpr();
      if (isOp(")")) {
        next();
        return inner;
      }
      if (!isOp(",")) fail("formula-closing", ")");
      next();
      return { kind: "list", items: [inner, ...nest(() => items(")"))], at: t.at };
    }
    return fail("formula-value");
  };

  try {
    const node = orExpr();
    if (peek().type !== "end") fail("formula-operator-or-end");
    return { ok: true, node, names: [...names] };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, issue: e.issue };
    throw e;
  }
}
