import { CiudataError, describeValue } from "@ciudata/core";
import type { z } from "zod";
import { jsonDepthError } from "../parse/json";
import type { TableError } from "../report/error";
import type { Field } from "./field";
import { type DescriptorKind, descriptorError, zodIssuesToErrors } from "./issues";
import { type DataPackage, PackageSchema } from "./package";
import { type Resource, ResourceSchema } from "./resource";
import { checkTableSchema } from "./semantic";
import { type TableSchema, TableSchemaSchema } from "./table-schema";

/** The outcome of parsing a descriptor: the normalised value and warnings, or located errors. */
export type ParseOutcome<K extends string, T> =
  | ({ ok: true; warnings: TableError[] } & { [P in K]: T })
  | { ok: false; errors: TableError[] };

/** A JSON text is read as its value; anything else is taken as is. */
function fromJsonText(input: unknown): unknown {
  if (typeof input !== "string") return input;
  try {
    return JSON.parse(input);
  } catch {
    return input;
  }
}

/** Options of the descriptor parsers. */
export interface DescriptorOptions {
  /** The deepest nesting accepted (default `DEFAULT_LIMITS.maxJsonDepth`, 64). */
  maxDepth?: number;
}

/**
 * The descriptor's value, or a `limit-error` when it nests deeper than `DEFAULT_LIMITS.maxJsonDepth`
 * (checked on the text before parsing it, and on objects without recursion), so no validator walks it.
 */
function boundedValue(
  input: unknown,
  options: DescriptorOptions,
): { value: unknown; deep: null } | { value: null; deep: TableError } {
  const deep = jsonDepthError(input, options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth });
  return deep ? { value: null, deep } : { value: fromJsonText(input), deep: null };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Warnings for legacy `fmt:` formats (accepted, then stripped). */
function fmtWarnings(input: unknown, at: readonly PropertyKey[], kind: DescriptorKind): TableError[] {
  const fields = isObject(input) && Array.isArray(input.fields) ? input.fields : [];
  const out: TableError[] = [];
  fields.forEach((f: unknown, i) => {
    if (isObject(f) && typeof f.format === "string" && f.format.startsWith("fmt:")) {
      out.push(
        descriptorError(kind, [...at, "fields", i, "format"], "no-fmt-prefix", describeValue(f.format), {
          severity: "warning",
        }),
      );
    }
  });
  return out;
}

/**
 * The descriptor validated by `schema`, with the object it was read from; or the errors of a too-deep, non-object
 * or invalid descriptor, located as `kind`.
 */
function readDescriptor<T>(
  input: unknown,
  options: DescriptorOptions,
  kind: DescriptorKind,
  what: "schema-object" | "resource-object" | "package-object",
  schema: z.ZodType<T>,
): { ok: true; data: T; value: Record<string, unknown> } | { ok: false; errors: TableError[] } {
  const { value, deep } = boundedValue(input, options);
  if (deep) return { ok: false, errors: [deep] };
  if (!isObject(value)) return { ok: false, errors: [descriptorError(kind, [], what, describeValue(value))] };
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: zodIssuesToErrors(kind, parsed.error.issues, value) };
  return { ok: true, data: parsed.data, value };
}

/**
 * Parses and normalises a Table Schema (object or JSON text): `primaryKey` always an array, foreign
 * keys with arrays, `missingValues` as strings (default `[""]`), `fmt:` removed from formats, `type`
 * defaulted to `"any"`; unknown keys kept. Invalid descriptors give located `schema-error`s.
 *
 * @example
 * ```ts
 * const r = parseTableSchema({ fields: [{ name: "edad", type: "numero" }] });
 * if (!r.ok) r.errors[0]?.params.path; // "fields[0].type"
 * ```
 */
export function parseTableSchema(
  input: unknown,
  options: DescriptorOptions = {},
): ParseOutcome<"schema", TableSchema> {
  const parsed = readDescriptor(input, options, "schema-error", "schema-object", TableSchemaSchema);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  const findings = checkTableSchema(parsed.data);
  if (findings.errors.length > 0) return { ok: false, errors: findings.errors };
  return {
    ok: true,
    schema: parsed.data,
    warnings: [...fmtWarnings(value, [], "schema-error"), ...findings.warnings],
  };
}

/**
 * Parses and normalises one field descriptor with the same rules (as `fields[0]` of a schema).
 *
 * @example
 * ```ts
 * const r = parseField({ name: "fecha", type: "date", format: "fmt:%d/%m/%Y" });
 * if (r.ok) r.field.format; // "%d/%m/%Y"
 * ```
 */
export function parseField(input: unknown): ParseOutcome<"field", Field> {
  const r = parseTableSchema({ fields: [input] });
  if (!r.ok) return r;
  const field = r.schema.fields[0] as Field;
  return { ok: true, field, warnings: r.warnings };
}

/**
 * Parses a Table Schema and throws a {@link CiudataError} carrying every problem (for the edge:
 * CLIs, strict loaders).
 *
 * @example
 * ```ts
 * const schema = assertTableSchema({ fields: [{ name: "id", type: "integer" }], primaryKey: "id" });
 * ```
 */
export function assertTableSchema(input: unknown): TableSchema {
  const r = parseTableSchema(input);
  if (r.ok) return r.schema;
  const [first, ...rest] = r.errors;
  if (first === undefined) throw new Error("invalid Table Schema");
  throw new CiudataError([first, ...rest]);
}

function checkResource(resource: Resource, raw: Record<string, unknown>, at: readonly PropertyKey[]) {
  const errors: TableError[] = [];
  const warnings: TableError[] = [];
  if (resource.path === undefined && resource.data === undefined) {
    errors.push(descriptorError("resource-error", [...at, "path"], "path-or-data", "nothing"));
  } else if (resource.path !== undefined && resource.data !== undefined) {
    errors.push(
      descriptorError("resource-error", [...at, "data"], "path-or-data-not-both", describeValue(raw.data)),
    );
  }
  if (resource.name === undefined) {
    // The Data Resource standard requires a name; frictionless-py words it as JSON Schema does.
    errors.push(
      descriptorError("resource-error", [...at, "name"], "resource-name", "nothing", {
        note: "'name' is a required property",
      }),
    );
  } else if (!/^[a-z0-9._-]+$/.test(resource.name)) {
    warnings.push(
      descriptorError(
        "resource-error",
        [...at, "name"],
        "resource-name-chars",
        describeValue(resource.name),
        {
          severity: "warning",
        },
      ),
    );
  }
  if (typeof resource.schema === "object") {
    const findings = checkTableSchema(resource.schema, [...at, "schema"]);
    errors.push(...findings.errors);
    warnings.push(...findings.warnings, ...fmtWarnings(raw.schema, [...at, "schema"], "schema-error"));
  }
  return { errors, warnings };
}

/**
 * Parses and normalises a Data Resource (inline schema normalised as by {@link parseTableSchema}).
 * Problems are located `resource-error`s (`schema-error`/`dialect-error` inside those parts).
 *
 * @example
 * ```ts
 * const r = parseResource({ name: "padron", path: "padron.csv", schema: { fields: [{ name: "dni" }] } });
 * ```
 */
export function parseResource(
  input: unknown,
  options: DescriptorOptions = {},
): ParseOutcome<"resource", Resource> {
  const parsed = readDescriptor(input, options, "resource-error", "resource-object", ResourceSchema);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  const { errors, warnings } = checkResource(parsed.data, value, []);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, resource: parsed.data, warnings };
}

/**
 * Parses and normalises a Data Package: every resource as by {@link parseResource}, unique resource
 * names, and foreign keys pointing to resources (and fields) of the package.
 *
 * @example
 * ```ts
 * const r = parsePackage({ name: "presupuesto", resources: [{ name: "gastos", path: "gastos.csv" }] });
 * ```
 */
export function parsePackage(
  input: unknown,
  options: DescriptorOptions = {},
): ParseOutcome<"package", DataPackage> {
  const parsed = readDescriptor(input, options, "package-error", "package-object", PackageSchema);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  const pkg = parsed.data;
  const errors: TableError[] = [];
  const warnings: TableError[] = [];
  const rawResources = Array.isArray(value.resources) ? value.resources : [];
  const byName = new Map<string, Resource>();
  pkg.resources.forEach((resource, i) => {
    const raw = rawResources[i];
    const found = checkResource(resource, isObject(raw) ? raw : {}, ["resources", i]);
    errors.push(...found.errors);
    warnings.push(...found.warnings);
    if (resource.name === undefined) return;
    if (byName.has(resource.name)) {
      errors.push(
        descriptorError(
          "package-error",
          ["resources", i, "name"],
          "unique-resource-name",
          describeValue(resource.name),
        ),
      );
    } else byName.set(resource.name, resource);
  });
  pkg.resources.forEach((resource, i) => {
    if (typeof resource.schema !== "object") return;
    resource.schema.foreignKeys?.forEach((fk, j) => {
      const target = fk.reference.resource;
      if (target === undefined) return;
      const at = ["resources", i, "schema", "foreignKeys", j, "reference"];
      const referenced = byName.get(target);
      if (referenced === undefined) {
        errors.push(
          descriptorError("package-error", [...at, "resource"], "package-resource", describeValue(target), {
            detail: [...byName.keys()].join(", "),
          }),
        );
        return;
      }
      if (typeof referenced.schema !== "object") return;
      const names = new Set(referenced.schema.fields.map((f) => f.name));
      fk.reference.fields.forEach((name, k) => {
        if (!names.has(name)) {
          errors.push(
            descriptorError("package-error", [...at, "fields", k], "resource-field", describeValue(name), {
              detail: String(target),
            }),
          );
        }
      });
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, package: pkg, warnings };
}
