import { describeValue, formatPath, lastKey, valueAt } from "@ciudata/core";
import type { z } from "zod";
import { type TableError, tableError } from "../report/error";

/** Which kind of descriptor a problem is in. */
export type DescriptorKind = "schema-error" | "resource-error" | "package-error" | "dialect-error";

const EXAMPLES: Readonly<Record<string, string>> = {
  fields: '{"fields":[{"name":"edad","type":"integer"}]}',
  name: '{"name":"edad","type":"integer"}',
  type: '{"name":"edad","type":"integer"}',
  format: '{"name":"fecha","type":"date","format":"%d/%m/%Y"}',
  title: '{"name":"edad","title":"Edad en años"}',
  description: '{"name":"edad","description":"Edad cumplida al 31/12"}',
  constraints: '{"name":"edad","type":"integer","constraints":{"required":true,"minimum":0}}',
  required: '{"constraints":{"required":true}}',
  unique: '{"constraints":{"unique":true}}',
  minLength: '{"constraints":{"minLength":1,"maxLength":50}}',
  maxLength: '{"constraints":{"minLength":1,"maxLength":50}}',
  minimum: '{"name":"edad","type":"integer","constraints":{"minimum":0,"maximum":120}}',
  maximum: '{"name":"edad","type":"integer","constraints":{"minimum":0,"maximum":120}}',
  exclusiveMinimum: '{"name":"monto","type":"number","constraints":{"exclusiveMinimum":0}}',
  exclusiveMaximum: '{"name":"porcentaje","type":"number","constraints":{"exclusiveMaximum":100}}',
  pattern: '{"name":"cuit","type":"string","constraints":{"pattern":"[0-9]{2}-[0-9]{8}-[0-9]"}}',
  enum: '{"name":"zona","type":"string","constraints":{"enum":["norte","sur"]}}',
  jsonSchema:
    '{"name":"datos","type":"object","constraints":{"jsonSchema":{"type":"object","required":["id"]}}}',
  missingValues: '{"missingValues":["","s/d","N/A"]}',
  primaryKey: '{"primaryKey":["id"]}',
  uniqueKeys: '{"uniqueKeys":[["comuna","anio"]]}',
  foreignKeys: '{"foreignKeys":[{"fields":"comuna_id","reference":{"resource":"comunas","fields":"id"}}]}',
  reference: '{"fields":"comuna_id","reference":{"resource":"comunas","fields":"id"}}',
  resource: '{"reference":{"resource":"comunas","fields":"id"}}',
  fieldsMatch: '{"fieldsMatch":"equal"}',
  trueValues: '{"name":"vacunado","type":"boolean","trueValues":["si","sí"],"falseValues":["no"]}',
  falseValues: '{"name":"vacunado","type":"boolean","trueValues":["si","sí"],"falseValues":["no"]}',
  decimalChar: '{"name":"monto","type":"number","decimalChar":",","groupChar":"."}',
  groupChar: '{"name":"monto","type":"number","decimalChar":",","groupChar":"."}',
  bareNumber: '{"name":"monto","type":"number","bareNumber":false}',
  delimiter: '{"name":"etiquetas","type":"list","delimiter":";","itemType":"string"}',
  itemType: '{"name":"codigos","type":"list","delimiter":";","itemType":"integer"}',
  categories: '{"name":"zona","type":"integer","categories":[{"value":1,"label":"Norte"}]}',
  categoriesOrdered: '{"categoriesOrdered":true}',
  resources: '{"resources":[{"name":"padron","path":"padron.csv"}]}',
  path: '{"name":"padron","path":"padron.csv"}',
  data: '{"name":"zonas","data":[["id","zona"],[1,"norte"]]}',
  encoding: '{"name":"padron","path":"padron.csv","encoding":"windows-1252"}',
  bytes: '{"bytes":1024}',
  dialect: '{"dialect":{"delimiter":";","header":true}}',
  schema: '{"schema":{"fields":[{"name":"id","type":"integer"}]}}',
  licenses: '{"licenses":[{"name":"CC-BY-4.0","path":"https://creativecommons.org/licenses/by/4.0/"}]}',
  sources: '{"sources":[{"title":"Municipalidad","path":"https://datos.ciudad.gob.ar"}]}',
};

const UNION_EXPECTED: Readonly<Record<string, string>> = {
  primaryKey: "a field name or a list of field names",
  fields: "a field name or a list of field names",
  missingValues: 'a string or {"value", "label"}',
  categories: 'a string, a number or {"value", "label"}',
  minimum: "a number or a string",
  maximum: "a number or a string",
  exclusiveMinimum: "a number or a string",
  exclusiveMaximum: "a number or a string",
  path: "a path or a list of paths",
  dialect: "a Table Dialect object or a path",
  schema: "a Table Schema object or a path",
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

/**
 * A ready example for the key a path ends with.
 * @example
 * ```ts
 * exampleFor(["primaryKey"]); // '{"primaryKey":["id"]}'
 * ```
 */
export function exampleFor(path: readonly PropertyKey[]): string {
  return EXAMPLES[lastKey(path)] ?? EXAMPLES.fields ?? "";
}

/** The error type for a path: inside an embedded schema or dialect, its own kind. */
function kindAt(kind: DescriptorKind, path: readonly PropertyKey[]): DescriptorKind {
  if (kind === "schema-error") return kind;
  if (path.includes("schema")) return "schema-error";
  if (path.includes("dialect")) return "dialect-error";
  return kind;
}

/**
 * A located descriptor problem: `params { path, expected, received, example }`.
 *
 * @example
 * ```ts
 * descriptorError("schema-error", ["fields", 2, "type"], "one of string, number…", '"numero"');
 * ```
 */
export function descriptorError(
  kind: DescriptorKind,
  path: readonly PropertyKey[],
  expected: string,
  received: string,
  options: { severity?: "error" | "warning"; example?: string } = {},
): TableError {
  const where = formatPath(path);
  return tableError(kind, {
    severity: options.severity ?? "error",
    params: { path: where, expected, received, example: options.example ?? exampleFor(path) },
    note: `${where || "descriptor"}: expected ${expected}, received ${received}`,
  });
}

function expectedOf(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  switch (issue.code) {
    case "invalid_value":
      return `one of ${issue.values.map(String).join(", ")}`;
    case "invalid_type":
      return TYPE_NAMES[issue.expected] ?? String(issue.expected);
    case "invalid_union":
      return UNION_EXPECTED[lastKey(path)] ?? "a valid value";
    case "too_small":
      if (issue.origin === "string") return `a text of at least ${String(issue.minimum)} character(s)`;
      if (issue.origin === "array") return `at least ${String(issue.minimum)} item(s)`;
      return `a number ≥ ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "string") return `a text of at most ${String(issue.maximum)} character(s)`;
      if (issue.origin === "array") return `at most ${String(issue.maximum)} item(s)`;
      return `a number ≤ ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into located TableErrors, reading what was received from the input itself.
 *
 * @example
 * ```ts
 * const r = TableSchemaSchema.safeParse(input);
 * if (!r.success) zodIssuesToErrors("schema-error", r.error.issues, input);
 * ```
 */
export function zodIssuesToErrors(
  kind: DescriptorKind,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): TableError[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const branch = issue.code === "invalid_union" ? shapedBranch(issue.errors) : undefined;
    if (branch !== undefined) return zodIssuesToErrors(kind, branch, input, path);
    return [
      descriptorError(kindAt(kind, path), path, expectedOf(issue, path), describeValue(valueAt(input, path))),
    ];
  });
}

/**
 * The union branch whose problems are all inside the value (the value has that branch's shape, e.g.
 * an object where "a Table Schema object or a path" was expected): its issues locate better.
 */
function shapedBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  const inside = branches.filter((b) => b.length > 0 && b.every((i) => i.path.length > 0));
  return inside.length === 1 ? inside[0] : undefined;
}
