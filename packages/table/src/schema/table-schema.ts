import { z } from "zod";
import { FIELDS_MATCH, FieldSchema, MissingValuesSchema } from "./field";

const Names = z.union([z.string(), z.array(z.string())]).transform((v) => (typeof v === "string" ? [v] : v));

/** A normalised foreign-key reference: no `resource` means the same table. */
export interface Reference {
  resource?: string;
  fields: string[];
  [key: string]: unknown;
}

/**
 * A foreign key: `fields` (string or array) referencing `reference.fields` of `reference.resource`.
 * Normalised: both `fields` are arrays; a self-reference (resource omitted or `""`) has no `resource`.
 */
export const ForeignKeySchema = z
  .object({
    fields: Names,
    reference: z
      .object({
        resource: z.string().optional(),
        fields: Names,
      })
      .loose()
      .transform(
        ({ resource, fields, ...rest }): Reference =>
          resource ? { ...rest, fields, resource } : { ...rest, fields },
      ),
  })
  .loose();

/** A normalised foreign key. */
export type ForeignKey = z.output<typeof ForeignKeySchema>;

/**
 * A Table Schema v2 descriptor. Parsing normalises it: `missingValues` defaults to `[""]` and become
 * strings, `primaryKey` is always an array (v1 string accepted), foreign keys use arrays.
 *
 * @example
 * ```ts
 * const s = TableSchemaSchema.parse({ fields: [{ name: "id", type: "integer" }], primaryKey: "id" });
 * s.primaryKey; // ["id"]
 * ```
 */
export const TableSchemaSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    fields: z.array(FieldSchema),
    fieldsMatch: z.enum(FIELDS_MATCH).optional(),
    missingValues: MissingValuesSchema.default([""]),
    primaryKey: Names.optional(),
    uniqueKeys: z.array(z.array(z.string()).min(1)).optional(),
    foreignKeys: z.array(ForeignKeySchema).optional(),
  })
  .loose();

/** A normalised Table Schema (what `parseTableSchema` returns). */
export type TableSchema = z.output<typeof TableSchemaSchema>;
/** A Table Schema descriptor as users write it. */
export type TableSchemaDescriptor = z.input<typeof TableSchemaSchema>;
