import { z } from "zod";

/** Every Table Schema v2 field type. */
export const FIELD_TYPES = [
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "list",
  "datetime",
  "date",
  "time",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
] as const;

/** A Table Schema field type name. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** Types a `list` field may hold. */
export const LIST_ITEM_TYPES = [
  "string",
  "integer",
  "number",
  "boolean",
  "datetime",
  "date",
  "time",
] as const;

/** `fieldsMatch` values (Table Schema v2). */
export const FIELDS_MATCH = ["exact", "equal", "subset", "superset", "partial"] as const;

/** How the labels of a table are matched with the fields of its schema (Table Schema v2 `fieldsMatch`). */
export type FieldsMatch = (typeof FIELDS_MATCH)[number];

/**
 * `"fmt:%d/%m/%Y"` (legacy v0) ⇒ `"%d/%m/%Y"`.
 * @example
 * ```ts
 * stripFmtPrefix("fmt:%d/%m/%Y"); // "%d/%m/%Y"
 * ```
 */
export function stripFmtPrefix(format: string): string {
  return format.startsWith("fmt:") ? format.slice(4) : format;
}

/** A missing value as `"s/d"` or (v2) `{ value: "s/d", label: "sin dato" }`, normalised to the string. */
export const MissingValuesSchema = z
  .array(z.union([z.string(), z.object({ value: z.string(), label: z.string().optional() }).loose()]))
  .transform((items) => items.map((item) => (typeof item === "string" ? item : item.value)));

const Bound = z.union([z.number(), z.string()]);

/** Field constraints; checked on the logical (cast) value. */
export const ConstraintsSchema = z
  .object({
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().nonnegative().optional(),
    minimum: Bound.optional(),
    maximum: Bound.optional(),
    exclusiveMinimum: Bound.optional(),
    exclusiveMaximum: Bound.optional(),
    pattern: z.string().optional(),
    enum: z.array(z.unknown()).optional(),
    jsonSchema: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

/** Field constraints as normalised. */
export type Constraints = z.output<typeof ConstraintsSchema>;

/** A category: a bare value or (v2) `{ value, label }`. */
export const CategorySchema = z.union([
  z.string(),
  z.number(),
  z.object({ value: z.union([z.string(), z.number()]), label: z.string().optional() }).loose(),
]);

/**
 * A Table Schema v2 field descriptor. Parsing normalises it: `type` defaults to `"any"`, a legacy
 * `fmt:` prefix is removed from `format`, `missingValues` become strings; unknown keys are kept.
 *
 * @example
 * ```ts
 * const f = FieldSchema.parse({ name: "fecha", type: "date", format: "fmt:%d/%m/%Y" });
 * f.format; // "%d/%m/%Y"
 * ```
 */
export const FieldSchema = z
  .object({
    name: z.string().min(1),
    title: z.string().optional(),
    description: z.string().optional(),
    example: z.unknown().optional(),
    type: z.enum(FIELD_TYPES).default("any"),
    format: z.string().transform(stripFmtPrefix).optional(),
    constraints: ConstraintsSchema.optional(),
    categories: z.array(CategorySchema).optional(),
    categoriesOrdered: z.boolean().optional(),
    missingValues: MissingValuesSchema.optional(),
    trueValues: z.array(z.string()).optional(),
    falseValues: z.array(z.string()).optional(),
    decimalChar: z.string().min(1).optional(),
    groupChar: z.string().min(1).optional(),
    bareNumber: z.boolean().optional(),
    delimiter: z.string().min(1).optional(),
    itemType: z.enum(LIST_ITEM_TYPES).optional(),
    rdfType: z.string().optional(),
  })
  .loose();

/** A field as normalised by {@link FieldSchema} (what casters and checks take). */
export type Field = z.output<typeof FieldSchema>;
/** A field descriptor as users write it. */
export type FieldDescriptor = z.input<typeof FieldSchema>;

/** Constraints each type supports (as frictionless-py; v2 adds min/max for durations). */
export const SUPPORTED_CONSTRAINTS: Readonly<Record<FieldType, readonly string[]>> = {
  any: ["required", "unique", "enum"],
  array: ["required", "unique", "minLength", "maxLength", "enum", "jsonSchema"],
  boolean: ["required", "unique", "enum"],
  date: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
  datetime: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
  duration: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
  geojson: ["required", "unique", "enum"],
  geopoint: ["required", "unique", "enum"],
  integer: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
  list: ["required", "minLength", "maxLength"],
  number: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
  object: ["required", "unique", "minLength", "maxLength", "enum", "jsonSchema"],
  string: ["required", "unique", "minLength", "maxLength", "pattern", "enum"],
  time: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
  year: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
  yearmonth: ["required", "unique", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
};
