import { z } from "zod";
import { DialectSchema } from "../dialect/schema";
import { TableSchemaSchema } from "./table-schema";

/** A source the data came from. */
export const SourceSchema = z
  .object({ title: z.string().optional(), path: z.string().optional(), email: z.string().optional() })
  .loose();

/** A license (`name` and/or `path`). */
export const LicenseSchema = z
  .object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() })
  .loose();

/**
 * A Data Resource descriptor: `path` (string or array) or inline `data`, plus metadata; `dialect` and
 * `schema` are inline objects or paths to JSON descriptors. Unknown keys are kept.
 *
 * @example
 * ```ts
 * ResourceSchema.parse({ name: "padron", path: "padron.csv", encoding: "windows-1252" });
 * ```
 */
export const ResourceSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1).optional(),
    path: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    data: z.unknown().optional(),
    type: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    format: z.string().optional(),
    mediatype: z.string().optional(),
    encoding: z.string().optional(),
    bytes: z.number().int().nonnegative().optional(),
    hash: z.string().optional(),
    sources: z.array(SourceSchema).optional(),
    licenses: z.array(LicenseSchema).optional(),
    dialect: z.union([DialectSchema, z.string()]).optional(),
    schema: z.union([TableSchemaSchema, z.string()]).optional(),
  })
  .loose();

/** A normalised Data Resource. */
export type Resource = z.output<typeof ResourceSchema>;
/** A Data Resource descriptor as users write it. */
export type ResourceDescriptor = z.input<typeof ResourceSchema>;
