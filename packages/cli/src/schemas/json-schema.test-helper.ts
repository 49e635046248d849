// A small JSON Schema (draft 7) checker for the keywords zod's `toJSONSchema` writes, so tests can see a
// file the way an editor does. Not a full validator: `format` and `default` are ignored.

type Schema = { [key: string]: unknown } | boolean;

const typeOf = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : typeof value === "number" && Number.isInteger(value)
        ? "integer"
        : typeof value;

const isType = (value: unknown, type: string): boolean => {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
};

/**
 * The places (`/steps/trim: …`) where `value` breaks `schema`; `[]` when it conforms. `$ref`s are read
 * from the root's `definitions`.
 */
export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, at = ""): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at || "/"}: not allowed`];
  const s = schema as Record<string, unknown>;
  const out: string[] = [];
  const fail = (what: string) => out.push(`${at || "/"}: ${what}`);
  if (typeof s.$ref === "string") {
    const path = s.$ref.replace(/^#\/?/, "").split("/").filter(Boolean);
    let target: unknown = root;
    for (const key of path) target = (target as Record<string, unknown>)?.[key];
    if (target === undefined) return [`${at || "/"}: unresolved ${s.$ref}`];
    out.push(...schemaErrors(target as Schema, value, root, at));
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => isType(value, t))) return [`${at || "/"}: expected ${types.join("|")}`];
  }
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(value)) fail("const");
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    fail(`one of ${s.enum.join(", ")}`);
  for (const key of ["anyOf", "oneOf"] as const) {
    if (!Array.isArray(s[key])) continue;
    const passing = (s[key] as Schema[]).filter((sub) => schemaErrors(sub, value, root, at).length === 0);
    if (passing.length === 0 || (key === "oneOf" && passing.length > 1)) fail(key);
  }
  if (Array.isArray(s.allOf))
    for (const sub of s.allOf as Schema[]) out.push(...schemaErrors(sub, value, root, at));
  if (typeof value === "string") {
    if (typeof s.minLength === "number" && [...value].length < s.minLength) fail("too short");
    if (typeof s.maxLength === "number" && [...value].length > s.maxLength) fail("too long");
    if (typeof s.pattern === "string" && !new RegExp(s.pattern).test(value)) fail(`pattern ${s.pattern}`);
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) fail("below minimum");
    if (typeof s.maximum === "number" && value > s.maximum) fail("above maximum");
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum) fail("not above minimum");
    if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) fail("not below maximum");
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) fail("too few items");
    if (typeof s.maxItems === "number" && value.length > s.maxItems) fail("too many items");
    if (s.items !== undefined)
      value.forEach((item, i) => {
        out.push(...schemaErrors(s.items as Schema, item, root, `${at}/${i}`));
      });
  }
  if (typeOf(value) === "object") {
    const record = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in record)) fail(`missing ${key}`);
    for (const [key, item] of Object.entries(record)) {
      if (s.propertyNames !== undefined)
        out.push(...schemaErrors(s.propertyNames as Schema, key, root, `${at}/${key} (name)`));
      if (key in properties) out.push(...schemaErrors(properties[key] as Schema, item, root, `${at}/${key}`));
      else if (s.additionalProperties !== undefined)
        out.push(...schemaErrors(s.additionalProperties as Schema, item, root, `${at}/${key}`));
    }
  }
  return out;
}
