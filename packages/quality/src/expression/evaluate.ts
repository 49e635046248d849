import { Decimal, PlainDate } from "@ciudata/table";
import type { CompareOp, Node } from "./ast";

/** A value inside the formula language. */
export type Value = null | boolean | number | string | PlainDate | Date | Value[];

/** Why a formula cannot be evaluated on a row, language-neutral (catalogs word it). */
export type EvaluationCode =
  | "cannot-order"
  | "in-needs-list"
  | "cannot-apply"
  | "division-by-zero"
  | "unknown-field";

/**
 * Raised when a formula cannot be evaluated on a row (Python's TypeError, NameError…): the row fails.
 * `code` and `detail` say why without words (`{ code: "cannot-order", detail: { a: "string", b: "number" } }`);
 * the message is for developers.
 */
export class EvaluationError extends Error {
  constructor(
    message: string,
    readonly position: number,
    readonly code: EvaluationCode = "cannot-apply",
    readonly detail: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/**
 * Turns a cast cell value into a formula value: numbers (integer, bigint, Decimal) become JS numbers,
 * dates stay comparable, anything else that is not text or a boolean becomes its JSON text.
 *
 * @example
 * ```ts
 * toValue(Decimal.from("1.5")); //=> 1.5
 * ```
 */
export function toValue(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Decimal) return v.toNumber();
  if (v instanceof PlainDate || v instanceof Date) return v;
  return JSON.stringify(v);
}

const truthy = (v: Value): boolean =>
  Array.isArray(v) ? v.length > 0 : v !== null && v !== false && v !== 0 && v !== "";

const typeName = (v: Value): string =>
  v === null
    ? "None"
    : Array.isArray(v)
      ? "list"
      : v instanceof PlainDate
        ? "date"
        : v instanceof Date
          ? "datetime"
          : typeof v;

function equal(a: Value, b: Value): boolean {
  if (a instanceof PlainDate && b instanceof PlainDate) return a.toString() === b.toString();
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => equal(x, b[i] ?? null));
  if (typeof a === "boolean" && typeof b === "number") return (a ? 1 : 0) === b;
  if (typeof a === "number" && typeof b === "boolean") return a === (b ? 1 : 0);
  return a === b;
}

function order(a: Value, b: Value, at: number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof PlainDate && b instanceof PlainDate) return a.toString().localeCompare(b.toString());
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  throw new EvaluationError(`cannot order ${typeName(a)} and ${typeName(b)}`, at, "cannot-order", {
    a: typeName(a),
    b: typeName(b),
  });
}

function compare(op: CompareOp, a: Value, b: Value, at: number): boolean {
  switch (op) {
    case "==":
      return equal(a, b);
    case "!=":
      return !equal(a, b);
    case "<":
      return order(a, b, at) < 0;
    case "<=":
      return order(a, b, at) <= 0;
    case ">":
      return order(a, b, at) > 0;
    case ">=":
      return order(a, b, at) >= 0;
    case "in":
    case "not in": {
      let found: boolean;
      if (Array.isArray(b)) found = b.some((x) => equal(a, x));
      else if (typeof b === "string" && typeof a === "string") found = b.includes(a);
      else
        throw new EvaluationError(`"in" needs a list or a text, got ${typeName(b)}`, at, "in-needs-list", {
          b: typeName(b),
        });
      return op === "in" ? found : !found;
    }
  }
}

function arithmetic(op: string, a: Value, b: Value, at: number): Value {
  if (op === "+" && typeof a === "string" && typeof b === "string") return a + b;
  if (typeof a !== "number" || typeof b !== "number")
    throw new EvaluationError(
      `cannot apply "${op}" to ${typeName(a)} and ${typeName(b)}`,
      at,
      "cannot-apply",
      {
        op,
        a: typeName(a),
        b: typeName(b),
      },
    );
  if ((op === "/" || op === "//" || op === "%") && b === 0)
    throw new EvaluationError("division by zero", at, "division-by-zero");
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "//":
      return Math.floor(a / b);
    case "%":
      return ((a % b) + b) % b;
    default:
      return a ** b;
  }
}

/**
 * Evaluates a parsed formula against one row. `lookup` gives a field's value by name (or
 * `undefined` when the table has no such field: an {@link EvaluationError}, as Python's NameError).
 *
 * @example
 * ```ts
 * const p = parseExpression("salary == bonus * 5");
 * if (p.ok) evaluate(p.node, (n) => ({ salary: 1000, bonus: 200 })[n]); //=> true
 * ```
 */
export function evaluate(node: Node, lookup: (name: string) => Value | undefined): Value {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "name": {
      const v = lookup(node.name);
      if (v === undefined)
        throw new EvaluationError(`"${node.name}" is not a field of the table`, node.at, "unknown-field", {
          name: node.name,
        });
      return v;
    }
    case "list":
      return node.items.map((n) => evaluate(n, lookup));
    case "unary": {
      const v = evaluate(node.operand, lookup);
      if (node.op === "not") return !truthy(v);
      if (typeof v !== "number")
        throw new EvaluationError(`cannot apply "${node.op}" to ${typeName(v)}`, node.at, "cannot-apply", {
          op: node.op,
          a: typeName(v),
        });
      return node.op === "-" ? -v : v;
    }
    case "logical": {
      const left = evaluate(node.left, lookup);
      if (node.op === "and") return truthy(left) ? evaluate(node.right, lookup) : left;
      return truthy(left) ? left : evaluate(node.right, lookup);
    }
    case "binary":
      return arithmetic(node.op, evaluate(node.left, lookup), evaluate(node.right, lookup), node.at);
    case "compare": {
      let left = evaluate(node.operands[0] as Node, lookup);
      for (let i = 0; i < node.ops.length; i++) {
        const right = evaluate(node.operands[i + 1] as Node, lookup);
        if (!compare(node.ops[i] as CompareOp, left, right, node.at)) return false;
        left = right;
      }
      return true;
    }
  }
}

/** Python truthiness of a formula result. @example isTruthy(0); //=> false */
export const isTruthy = truthy;
