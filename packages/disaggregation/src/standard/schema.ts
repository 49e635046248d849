import { patternProblem } from "@ciudata/table";
import { z } from "zod";

const LEVELS = [
  "pais",
  "provincia",
  "departamento",
  "distrito",
  "municipio",
  "localidad",
  "fraccion",
  "radio",
  "aglomerado",
  "comuna",
  "seccion",
  "barrio",
  "entidad",
  "region",
  "estado",
  "ageb",
  "manzana",
  "cvegeo",
] as const;

/** A text, or a text per language (`es` required). */
export const LocalizedTextSchema = z.union([
  z.string(),
  z.object({ es: z.string(), en: z.string().optional(), pt: z.string().optional() }),
]);

/** One code of an inline list: its id, or an object with a label, role, SDMX crosswalk and synonyms. */
export const InlineCodeSchema = z.union([
  z.string().min(1),
  z.object({
    id: z.string().min(1),
    label: LocalizedTextSchema.optional(),
    role: z.enum(["category", "total", "unknown", "non-response", "not-available", "other"]).optional(),
    sdmx: z.string().optional(),
    synonyms: z.array(z.string()).optional(),
  }),
]);

/** A code list written inside a standard (a city's barrios, secciones…): codes, or a pattern for code formats. */
export const InlineCodeListSchema = z
  .object({
    id: z.string().min(1),
    dimension: z.string().min(1),
    name: LocalizedTextSchema.optional(),
    level: z.enum(LEVELS).optional(),
    pattern: z.string().optional(),
    source: z.string().optional(),
    codes: z.array(InlineCodeSchema).default([]),
  })
  .refine((l) => l.codes.length > 0 || l.pattern !== undefined, {
    message: "a code list needs codes or a pattern",
    path: ["codes"],
  })
  .refine(
    (l) => l.pattern === undefined || patternProblem(l.pattern, { anchored: false })?.reason !== "invalid",
    { message: "pattern is not a valid regular expression", path: ["pattern"] },
  );

/** One dimension of the standard: which code lists its values may come from and which columns carry it. */
export const DimensionSpecSchema = z.object({
  /** Shown in reports. */
  label: LocalizedTextSchema.optional(),
  /** SDMX-like column name used in aggregated output (`SEX`, `AGE`, `REF_AREA`). */
  sdmx: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/)
    .optional(),
  /** Allowed code lists (built-in ids or ids of `codeLists` in the standard); a value in any is allowed. */
  codeLists: z.array(z.string().min(1)).min(1),
  /** Column names (folded, `_` between words) that carry it; also used as prefixes of wide columns (`sexo_varon`). */
  columns: z.array(z.string()).default([]),
  /** Overrides the standard's threshold of unknown or missing values for this dimension (0–1). */
  maxUnknownShare: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
});

/** A kind of dataset and the dimensions it must (and should) carry. */
export const DatasetSpecSchema = z.object({
  description: LocalizedTextSchema.optional(),
  /** `microdata` (one row per person or case), `aggregate` (counts), or `any`. */
  kind: z.enum(["microdata", "aggregate", "any"]).default("any"),
  required: z.array(z.string()).default([]),
  recommended: z.array(z.string()).default([]),
});

/** Numeric thresholds of the checks and the aggregation. */
export const ThresholdsSchema = z.object({
  /** Largest share (0–1) of unknown or missing values per dimension before a warning. */
  maxUnknownShare: z.number().min(0).max(1).default(0.05),
  /** Totals may differ from the sum of their parts by this much (absolute; counts written as floats). */
  totalTolerance: z.number().min(0).default(0.5),
  /** …or by this share of the total (0–1), whichever is larger. */
  relativeTolerance: z.number().min(0).max(1).default(0),
  /** Smallest count published by the aggregation; non-zero counts below it are suppressed. */
  minCellSize: z.number().int().min(1).default(5),
});

/** A disaggregation standard: dimensions, code lists, kinds of dataset and thresholds, as JSON. */
export const StandardSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().min(1),
    name: LocalizedTextSchema,
    version: z.string().default("1.0"),
    description: LocalizedTextSchema.optional(),
    dimensions: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), DimensionSpecSchema),
    codeLists: z.array(InlineCodeListSchema).default([]),
    datasets: z.record(z.string().min(1), DatasetSpecSchema),
    defaultDataset: z.string().min(1),
    /** Age preset used to band single ages in microdata (`quinquenal-85`, `un-amplio`…). */
    agePreset: z.string().default("quinquenal-85"),
    /**
     * The territory code list of the city or country (`ar-indec`, `pe-ubigeo`, `mx-inegi`, `cl-cut`,
     * `co-divipola`, `br-ibge`): territory names are coded with it. Without it, names are coded only with the
     * standard's own lists (a city's barrios) or a list detected from the column.
     */
    territoryCodeList: z.string().optional(),
    thresholds: ThresholdsSchema.prefault({}),
  })
  .superRefine((s, ctx) => {
    if (!s.datasets[s.defaultDataset])
      ctx.addIssue({
        code: "custom",
        path: ["defaultDataset"],
        message: `"${s.defaultDataset}" is not one of the datasets (${Object.keys(s.datasets).join(", ")})`,
      });
    for (const [name, d] of Object.entries(s.datasets))
      for (const key of ["required", "recommended"] as const)
        d[key].forEach((dim, i) => {
          if (!s.dimensions[dim])
            ctx.addIssue({
              code: "custom",
              path: ["datasets", name, key, i],
              message: `dimension "${dim}" is not defined in "dimensions"`,
            });
        });
  });

/** A validated disaggregation standard (defaults filled in). */
export type Standard = z.output<typeof StandardSchema>;
/** A standard as written in JSON (defaults optional). */
export type StandardInput = z.input<typeof StandardSchema>;
/** One dimension of a standard. */
export type DimensionSpec = z.output<typeof DimensionSpecSchema>;
/** One kind of dataset of a standard. */
export type DatasetSpec = z.output<typeof DatasetSpecSchema>;
/** A code list written inside a standard. */
export type InlineCodeList = z.output<typeof InlineCodeListSchema>;
