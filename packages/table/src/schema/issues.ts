import { formatPath, fromZodIssues, lastKey, type ZodIssueLike } from "@ciudata/core";
import type { z } from "zod";
import { type TableError, tableError } from "../report/error";
import type { TableExpectation } from "../report/locales/expected";

/** The kernel's expectation codes a descriptor problem may use (worded by `@ciudata/core`). */
type KernelExpectation = "one-of" | "min-items" | "valid-value";

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

/** What a union of shapes expects, by the key its path ends with (a code of `tableExpectations`). */
const UNION_EXPECTED: Readonly<Record<string, TableExpectation>> = {
  primaryKey: "field-names",
  fields: "field-names",
  missingValues: "missing-value",
  categories: "category",
  minimum: "number-or-string",
  maximum: "number-or-string",
  exclusiveMinimum: "number-or-string",
  exclusiveMaximum: "number-or-string",
  path: "paths",
  dialect: "dialect-or-path",
  schema: "schema-or-path",
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
 * A located descriptor problem: `params { path, expected, detail?, received, example }`, where
 * `expected` is an expectation CODE (the table's, worded in `tableIssues` as `expected:<code>`, or a
 * kernel one such as `one-of`) and `detail` the names or number that complete it.
 *
 * @example
 * ```ts
 * descriptorError("schema-error", ["fields", 2, "format"], "one-of", '"x"', { detail: "default, array" });
 * ```
 */
export function descriptorError(
  kind: DescriptorKind,
  path: readonly PropertyKey[],
  expected: TableExpectation | KernelExpectation,
  received: string,
  options: { severity?: "error" | "warning"; example?: string; detail?: string; note?: string } = {},
): TableError {
  const where = formatPath(path);
  const { detail } = options;
  return tableError(kind, {
    severity: options.severity ?? "error",
    params: {
      path: where,
      expected,
      ...(detail === undefined ? {} : { detail }),
      received,
      example: options.example ?? exampleFor(path),
    },
    note:
      options.note ??
      `${where || "descriptor"}: expected ${expected}${detail ? ` ${detail}` : ""}, received ${received}`,
  });
}

/**
 * Turns zod issues into located TableErrors (the kernel's `fromZodIssues`), reading what was received
 * from the input itself; a union of shapes is worded by the key it sits at.
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
  return fromZodIssues(issues as readonly ZodIssueLike[], input, {
    type: (path) => kindAt(kind, path),
    prefix,
    example: exampleFor,
    expect: (issue, path) => {
      if (issue.code !== "invalid_union") return undefined;
      return { code: UNION_EXPECTED[lastKey(path)] ?? "valid-value" };
    },
  });
}
