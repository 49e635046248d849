import { type TableError, tableError } from "../report/error";
import type { Field, FieldsMatch, TableSchema } from "../schema";
import type { CheckContext } from "./check";

export type { FieldsMatch } from "../schema/field";

/** Modes that accept labels without a field, and modes that accept fields without a label (required aside). */
const TOLERATES_EXTRA_LABELS: readonly FieldsMatch[] = ["subset", "partial"];
const TOLERATES_MISSING_FIELDS: readonly FieldsMatch[] = ["superset", "partial"];

/**
 * The mode in force: the schema's `fieldsMatch` wins; else frictionless' deprecated `schemaSync`
 * means `partial`; else `exact`.
 * @internal
 */
export function resolveFieldsMatch(schema: TableSchema, schemaSync: boolean): FieldsMatch {
  const declared = (schema as { fieldsMatch?: FieldsMatch }).fieldsMatch;
  if (declared !== undefined) return declared;
  return schemaSync ? "partial" : "exact";
}

/** What matching labels with fields gives: the fields in data-column order, or a fatal error. */
export type FieldMapping = { fields: readonly Field[]; fatal: null } | { fields: null; fatal: TableError };

/**
 * Maps the fields to the data columns. `exact` keeps the schema order (by position); the other modes
 * map BY NAME: each label gets the field of the same name (case-insensitive when `ignoreCase`), or an
 * `any` field when none matches; fields without a label are left out. Duplicate labels make the
 * mapping ambiguous: a fatal error, as in frictionless-py.
 * @internal
 */
export function mapFields(
  labels: readonly string[],
  schema: TableSchema,
  mode: FieldsMatch,
  ignoreCase: boolean,
): FieldMapping {
  if (mode === "exact" || labels.length === 0) return { fields: schema.fields, fatal: null };
  if (new Set(labels).size !== labels.length) {
    const note = `matching fields by name ("fieldsMatch": "${mode}") requires unique labels in the header`;
    return {
      fields: null,
      fatal: tableError("error", { tags: ["#header"], note, params: { fieldsMatch: mode } }),
    };
  }
  const byName = new Map<string, Field>();
  for (const field of schema.fields) {
    const key = ignoreCase ? field.name.toLowerCase() : field.name;
    if (!byName.has(key)) byName.set(key, field);
  }
  const fields = labels.map(
    (label): Field => byName.get(ignoreCase ? label.toLowerCase() : label) ?? { name: label, type: "any" },
  );
  return { fields, fatal: null };
}

/**
 * Header errors when fields are matched by name: labels without a field (`equal`, `superset`), no
 * label matching any field (`partial`: `unmatched-header`), fields without a label (all of them for
 * `equal` and `subset`, only required and primary-key ones for `superset` and `partial`). Missing
 * fields are numbered after the labels.
 * @internal
 */
export function checkLabelsByName(
  labels: readonly string[],
  schema: TableSchema,
  mode: FieldsMatch,
  ignoreCase: boolean,
  ctx: CheckContext,
): void {
  if (labels.length === 0) return;
  const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const names = new Set(schema.fields.map((f) => norm(f.name)));
  const labelSet = new Set(labels.map(norm));
  if (!TOLERATES_EXTRA_LABELS.includes(mode)) {
    labels.forEach((label, i) => {
      if (names.has(norm(label))) return;
      ctx.report(
        tableError("extra-label", {
          fieldNumber: i + 1,
          fieldName: "",
          note: `label "${label}" has no field`,
          params: { label, fieldsMatch: mode },
        }),
      );
    });
  }
  if (mode === "partial" && schema.fields.length > 0 && !labels.some((l) => names.has(norm(l)))) {
    ctx.report(
      tableError("unmatched-header", {
        tags: ["#table", "#header"],
        note: "no label matches a field of the schema",
        params: { expected: schema.fields.map((f) => f.name).join(", ") },
      }),
    );
  }
  const primaryKey = new Set(schema.primaryKey ?? []);
  let missing = schema.fields.filter((f) => !labelSet.has(norm(f.name)));
  if (TOLERATES_MISSING_FIELDS.includes(mode))
    missing = missing.filter((f) => f.constraints?.required === true || primaryKey.has(f.name));
  missing.forEach((field, k) => {
    ctx.report(
      tableError("missing-label", {
        fieldNumber: labels.length + k + 1,
        fieldName: field.name,
        note: `field "${field.name}" has no label`,
        params: { expected: field.name, fieldsMatch: mode },
      }),
    );
  });
}
