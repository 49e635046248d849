import { z } from "zod";
import { LicenseSchema, ResourceSchema, SourceSchema } from "./resource";

/**
 * A Data Package descriptor: `resources` plus metadata (name, title, licenses, sources…).
 *
 * @example
 * ```ts
 * PackageSchema.parse({ name: "presupuesto", resources: [{ name: "gastos", path: "gastos.csv" }] });
 * ```
 */
export const PackageSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().optional(),
    name: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    version: z.string().optional(),
    homepage: z.string().optional(),
    image: z.string().optional(),
    created: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    contributors: z.array(z.object({ title: z.string().optional() }).loose()).optional(),
    licenses: z.array(LicenseSchema).optional(),
    sources: z.array(SourceSchema).optional(),
    resources: z.array(ResourceSchema).min(1),
  })
  .loose();

/** A normalised Data Package. */
export type DataPackage = z.output<typeof PackageSchema>;
/** A Data Package descriptor as users write it. */
export type PackageDescriptor = z.input<typeof PackageSchema>;
