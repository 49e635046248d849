import type { Field } from "../schema/field";
import { comparatorFor } from "./compare";
import { isCastFailure } from "./failure";
import { validateJsonSchema } from "./json-schema";
import { castLiteral } from "./literal";
import { PlainDate } from "./plain-date";
import { compilePattern, patternProblem } from "./safe-pattern";
import { valueKey } from "./value-key";

/** A constraint a value breaks, with the requirement as written in the descriptor. */
export interface ConstraintViolation {
  readonly constraint: string;
  readonly requirement: string | number | boolean | readonly unknown[];
}

type Check = (value: unknown) => ConstraintViolation | null;

/** Length in code points (as Python's `len`), items of arrays/lists, keys of objects. */
function lengthOf(v: unknown): number | null {
  if (typeof v === "string") {
    let n = v.length;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) n--;
    }
    return n;
  }
  if (Array.isArray(v)) return v.length;
  if (typeof v === "object" && v !== null && !(v instanceof Date) && !(v instanceof PlainDate))
    return Object.keys(v).length;
  return null;
}

const BOUNDS = [
  ["minimum", (c: number) => c >= 0],
  ["maximum", (c: number) => c <= 0],
  ["exclusiveMinimum", (c: number) => c > 0],
  ["exclusiveMaximum", (c: number) => c < 0],
] as const;

const REQUIRED: ConstraintViolation = Object.freeze({ constraint: "required", requirement: true });

/** The checks for non-null values (null only ever breaks `required`). */
function buildChecks(field: Field): Check[] {
  const c = field.constraints;
  if (c === undefined) return [];
  const checks: Check[] = [];
  const addLength = (name: "minLength" | "maxLength", ok: (n: number, limit: number) => boolean) => {
    const limit = c[name];
    if (limit === undefined) return;
    const v: ConstraintViolation = Object.freeze({ constraint: name, requirement: limit });
    checks.push((value) => {
      const n = lengthOf(value);
      return n === null || ok(n, limit) ? null : v;
    });
  };
  addLength("minLength", (n, l) => n >= l);
  addLength("maxLength", (n, l) => n <= l);
  const compare = comparatorFor(field.type);
  for (const [name, ok] of BOUNDS) {
    const raw = c[name];
    if (raw === undefined || compare === null) continue;
    const bound = castLiteral(field, raw);
    if (isCastFailure(bound)) continue;
    const v: ConstraintViolation = Object.freeze({ constraint: name, requirement: raw });
    checks.push((value) => {
      const r = compare(value, bound);
      return Number.isNaN(r) || ok(r) ? null : v;
    });
  }
  // A pattern that cannot run safely is reported by the schema check; here it is left out.
  if (c.pattern !== undefined && patternProblem(c.pattern) === null) {
    const re = compilePattern(c.pattern);
    const v: ConstraintViolation = Object.freeze({ constraint: "pattern", requirement: c.pattern });
    checks.push((value) => (typeof value !== "string" || re.test(value) ? null : v));
  }
  if (c.enum !== undefined) {
    const allowed = c.enum.map((item) => castLiteral(field, item));
    const keys = new Set(allowed.map(valueKey));
    // Text values (the usual enum) are looked up as they are: no key string per cell.
    const texts = new Set(allowed.filter((a): a is string => typeof a === "string"));
    const v: ConstraintViolation = Object.freeze({
      constraint: "enum",
      requirement: Object.freeze([...c.enum]),
    });
    checks.push((value) =>
      (typeof value === "string" ? texts.has(value) : keys.has(valueKey(value))) ? null : v,
    );
  }
  if (c.jsonSchema !== undefined) {
    const schema = c.jsonSchema;
    const v: ConstraintViolation = Object.freeze({
      constraint: "jsonSchema",
      requirement: JSON.stringify(schema),
    });
    checks.push((value) => (validateJsonSchema(schema, value) ? null : v));
  }
  return checks;
}

/**
 * Builds, once per field, a checker returning EVERY constraint a cast value breaks (in the order
 * required, minLength, maxLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum, pattern,
 * enum, jsonSchema). `null` passes everything but `required`. `unique` is a table-level check.
 *
 * @example
 * ```ts
 * const check = createConstraintsChecker({ name: "x", type: "string", constraints: { pattern: "a|b", enum: ["a"] } });
 * check("c").map((v) => v.constraint); // ["pattern", "enum"]
 * ```
 */
export function createConstraintsChecker(field: Field): (value: unknown) => ConstraintViolation[] {
  const checks = buildChecks(field);
  const onNull = field.constraints?.required === true ? [REQUIRED] : [];
  return (value) => {
    if (value === null) return onNull.slice();
    const out: ConstraintViolation[] = [];
    for (const check of checks) {
      const v = check(value);
      if (v !== null) out.push(v);
    }
    return out;
  };
}

/**
 * Builds, once per field, a checker returning the FIRST constraint a cast value breaks, or `null`.
 * Enum values written as strings are cast by the field's type first (`["1","2"]` on an integer).
 *
 * @example
 * ```ts
 * const check = createConstraintChecker({ name: "edad", type: "integer", constraints: { minimum: 0 } });
 * check(-1); // { constraint: "minimum", requirement: 0 }
 * check(null); // null
 * ```
 */
export function createConstraintChecker(field: Field): (value: unknown) => ConstraintViolation | null {
  const checks = buildChecks(field);
  const onNull = field.constraints?.required === true ? REQUIRED : null;
  const only = checks.length === 1 ? checks[0] : undefined;
  if (checks.length === 0) return (value) => (value === null ? onNull : null);
  if (only !== undefined) return (value) => (value === null ? onNull : only(value));
  return (value) => {
    if (value === null) return onNull;
    for (const check of checks) {
      const v = check(value);
      if (v !== null) return v;
    }
    return null;
  };
}
