import { describeValue, formatPath } from "@ciudata/core";
import { isCastFailure } from "../cast/failure";
import { jsonSchemaPatterns } from "../cast/json-schema";
import { castLiteral } from "../cast/literal";
import { patternError, patternProblem } from "../cast/safe-pattern";
import { STRING_FORMATS } from "../cast/string";
import { createTypeCaster } from "../cast/type-caster";
import type { TableError } from "../report/error";
import type { TableExpectation } from "../report/locales/expected";
import { type Field, SUPPORTED_CONSTRAINTS } from "./field";
import { type DescriptorKind, descriptorError } from "./issues";
import type { TableSchema } from "./table-schema";

const CONSTRAINT_NAMES = new Set([
  "required",
  "unique",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "pattern",
  "enum",
  "jsonSchema",
]);

const FORMATS: Readonly<Record<string, readonly string[]>> = {
  geopoint: ["default", "array", "object"],
  geojson: ["default", "topojson"],
  string: STRING_FORMATS,
};

/** Problems found in one descriptor, as errors and warnings. */
export interface Findings {
  errors: TableError[];
  warnings: TableError[];
}

function checkField(field: Field, at: readonly PropertyKey[], kind: DescriptorKind, out: Findings): void {
  const err = (
    path: readonly PropertyKey[],
    expected: TableExpectation | "min-items",
    received: unknown,
    detail?: string,
  ) =>
    out.errors.push(
      descriptorError(kind, [...at, ...path], expected, describeValue(received), detail ? { detail } : {}),
    );
  const type = field.type;
  const c = field.constraints;
  if (c !== undefined) {
    const supported = SUPPORTED_CONSTRAINTS[type];
    for (const name of Object.keys(c)) {
      if (!CONSTRAINT_NAMES.has(name) || c[name] === undefined) continue;
      if (!supported.includes(name)) {
        err(["constraints", name], "constraint-for-type", c[name], `${type}: ${supported.join(", ")}`);
      }
    }
    if (c.minLength !== undefined && c.maxLength !== undefined && c.minLength > c.maxLength) {
      err(["constraints", "maxLength"], "max-length-at-least-min", c.maxLength, String(c.minLength));
    }
    const patterns: { path: PropertyKey[]; pattern: string; anchored: boolean }[] = [];
    if (c.pattern !== undefined && supported.includes("pattern"))
      patterns.push({ path: ["constraints", "pattern"], pattern: c.pattern, anchored: true });
    if (c.jsonSchema !== undefined && supported.includes("jsonSchema"))
      for (const p of jsonSchemaPatterns(c.jsonSchema))
        patterns.push({
          path: ["constraints", "jsonSchema", ...p.path],
          pattern: p.pattern,
          anchored: false,
        });
    for (const { path, pattern, anchored } of patterns) {
      const problem = patternProblem(pattern, { anchored, flags: anchored ? "" : "u" });
      if (problem?.reason === "invalid") err(path, "valid-regex", pattern);
      else if (problem !== null)
        out.errors.push(
          patternError(pattern, problem, { path: formatPath([...at, ...path]), field: field.name }),
        );
    }
    for (const name of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const) {
      const raw = c[name];
      if (raw === undefined || !supported.includes(name)) continue;
      if (isCastFailure(castLiteral(field, raw))) err(["constraints", name], "value-of-type", raw, type);
    }
    if (c.enum !== undefined && supported.includes("enum")) {
      if (c.enum.length === 0) err(["constraints", "enum"], "min-items", c.enum, "1");
      c.enum.forEach((item, i) => {
        if (isCastFailure(castLiteral(field, item)))
          err(["constraints", "enum", i], "value-of-type", item, type);
      });
    }
  }
  if (typeof field.example === "string" && type !== "any" && type !== "string") {
    const cast = createTypeCaster(field)(field.example);
    if (isCastFailure(cast)) err(["example"], "example-of-type", field.example, type);
  }
  const formats = FORMATS[type];
  if (formats !== undefined && field.format !== undefined && !formats.includes(field.format)) {
    const problem = descriptorError(kind, [...at, "format"], "one-of", describeValue(field.format), {
      severity: type === "string" ? "warning" : "error",
      detail: formats.join(", "),
    });
    (type === "string" ? out.warnings : out.errors).push(problem);
  }
  if (field.decimalChar !== undefined && field.decimalChar === field.groupChar) {
    err(["groupChar"], "group-char-not-decimal", field.groupChar);
  }
  if (field.trueValues !== undefined || field.falseValues !== undefined) {
    const falseValues = new Set(field.falseValues ?? ["false", "False", "FALSE", "0"]);
    const both = (field.trueValues ?? ["true", "True", "TRUE", "1"]).filter((v) => falseValues.has(v));
    if (both.length > 0) err(["trueValues"], "true-not-false", both);
  }
}

function checkNames(
  names: readonly string[],
  known: ReadonlySet<string>,
  at: readonly PropertyKey[],
  kind: DescriptorKind,
  out: Findings,
): void {
  names.forEach((name, j) => {
    if (!known.has(name)) {
      out.errors.push(
        descriptorError(
          kind,
          [...at, j],
          "schema-field",
          describeValue(name),
          known.size > 0 ? { detail: [...known].join(", ") } : {},
        ),
      );
    }
  });
}

/**
 * Checks what zod cannot: duplicate field names, keys naming unknown fields, constraints not
 * applicable to the field's type (pattern on integer, minimum on string), bounds and enum values
 * that are not values of the type, conflicting number/boolean options.
 *
 * @example
 * ```ts
 * checkTableSchema(schema).errors.map((e) => e.params.path); // ["primaryKey[0]"]
 * ```
 */
export function checkTableSchema(
  schema: TableSchema,
  at: readonly PropertyKey[] = [],
  kind: DescriptorKind = "schema-error",
): Findings {
  const out: Findings = { errors: [], warnings: [] };
  const names = new Set<string>();
  schema.fields.forEach((field, i) => {
    if (names.has(field.name)) {
      out.errors.push(
        descriptorError(kind, [...at, "fields", i, "name"], "unique-field-name", describeValue(field.name)),
      );
    }
    names.add(field.name);
    checkField(field, [...at, "fields", i], kind, out);
  });
  if (schema.primaryKey !== undefined) checkNames(schema.primaryKey, names, [...at, "primaryKey"], kind, out);
  schema.uniqueKeys?.forEach((key, i) => {
    checkNames(key, names, [...at, "uniqueKeys", i], kind, out);
  });
  schema.foreignKeys?.forEach((fk, i) => {
    const here = [...at, "foreignKeys", i];
    checkNames(fk.fields, names, [...here, "fields"], kind, out);
    if (fk.fields.length !== fk.reference.fields.length) {
      out.errors.push(
        descriptorError(
          kind,
          [...here, "reference", "fields"],
          "key-length",
          describeValue(fk.reference.fields),
          { detail: String(fk.fields.length) },
        ),
      );
    }
    if (!("resource" in fk.reference))
      checkNames(fk.reference.fields, names, [...here, "reference", "fields"], kind, out);
  });
  return out;
}
