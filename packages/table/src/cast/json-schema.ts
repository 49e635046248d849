import { compilePattern, patternProblem, type SafePattern } from "./safe-pattern";

type Schema = Readonly<Record<string, unknown>>;

const OPTIONS = { anchored: false } as const;
const patterns = new Map<string, SafePattern | null>();

/**
 * JSON Schema patterns search anywhere in the text, compiled once per source. One that cannot run
 * safely is `null`: the schema check reports it once (`pattern-error`) and cells are not failed for it.
 */
function regex(source: string): SafePattern | null {
  let re = patterns.get(source);
  if (re === undefined) {
    re = patternProblem(source, OPTIONS) === null ? compilePattern(source, OPTIONS) : null;
    patterns.set(source, re);
  }
  return re;
}

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typeMatches(expected: unknown, actual: string): boolean {
  if (typeof expected === "string")
    return expected === actual || (expected === "number" && actual === "integer");
  return Array.isArray(expected) && expected.some((e) => typeMatches(e, actual));
}

function isSchema(v: unknown): v is Schema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Keywords whose values are data, not schemas: a `pattern` inside them is not a pattern. */
const DATA_KEYWORDS = new Set(["enum", "const", "default", "examples"]);

/**
 * Every `pattern` of a JSON Schema with its path, walked without recursion (deep schemas cannot
 * overflow the stack).
 *
 * @example
 * ```ts
 * jsonSchemaPatterns({ properties: { id: { pattern: "\\d+" } } }); // [{ path: ["properties", "id", "pattern"], pattern: "\\d+" }]
 * ```
 */
export function jsonSchemaPatterns(schema: unknown): { path: PropertyKey[]; pattern: string }[] {
  const out: { path: PropertyKey[]; pattern: string }[] = [];
  const todo: { value: unknown; path: PropertyKey[] }[] = [{ value: schema, path: [] }];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const { value, path } = next;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        todo.push({ value: item, path: [...path, i] });
      });
    } else if (isSchema(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key === "pattern" && typeof item === "string") out.push({ path: [...path, key], pattern: item });
        else if (!DATA_KEYWORDS.has(key)) todo.push({ value: item, path: [...path, key] });
      }
    }
  }
  return out.reverse();
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A small JSON Schema subset for the `jsonSchema` constraint: `type`, `enum`, `const`, `properties`,
 * `required`, `additionalProperties`, `items`, `minItems`/`maxItems`, `minLength`/`maxLength`,
 * `pattern`, `minimum`/`maximum`/`exclusive*`, `allOf`/`anyOf`/`oneOf`/`not`. Unknown keywords pass.
 *
 * @example
 * ```ts
 * validateJsonSchema({ type: "object", required: ["id"] }, { id: 1 }); // true
 * ```
 */
export function validateJsonSchema(schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false || !isSchema(schema)) return false;
  const s = schema;
  const t = typeOf(value);
  if (s.type !== undefined && !typeMatches(s.type, t)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => sameJson(e, value))) return false;
  if ("const" in s && !sameJson(s.const, value)) return false;
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) return false;
    if (typeof s.maximum === "number" && value > s.maximum) return false;
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum) return false;
    if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) return false;
  }
  if (typeof value === "string") {
    const n = [...value].length;
    if (typeof s.minLength === "number" && n < s.minLength) return false;
    if (typeof s.maxLength === "number" && n > s.maxLength) return false;
    if (typeof s.pattern === "string") {
      const re = regex(s.pattern);
      if (re !== null && !re.test(value)) return false;
    }
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return false;
    if (typeof s.maxItems === "number" && value.length > s.maxItems) return false;
    if (
      s.items !== undefined &&
      !Array.isArray(s.items) &&
      !value.every((v) => validateJsonSchema(s.items, v))
    ) {
      return false;
    }
  }
  if (t === "object") {
    const obj = value as Record<string, unknown>;
    if (Array.isArray(s.required) && !s.required.every((k) => typeof k === "string" && k in obj))
      return false;
    const props = isSchema(s.properties) ? s.properties : {};
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) {
        if (!validateJsonSchema(props[k], v)) return false;
      } else if (s.additionalProperties !== undefined && !validateJsonSchema(s.additionalProperties, v))
        return false;
    }
  }
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => validateJsonSchema(sub, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => validateJsonSchema(sub, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => validateJsonSchema(sub, value)).length !== 1)
    return false;
  if (s.not !== undefined && validateJsonSchema(s.not, value)) return false;
  return true;
}
