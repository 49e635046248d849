import { z } from "zod";
import { IsoDateSchema, LabelSchema, SlugSchema } from "./common";
import { entity } from "./shape";

/** DCAT-AR global themes (`superTheme`). */
export const SUPER_THEMES = [
  "AGRI",
  "ECON",
  "EDUC",
  "ENER",
  "ENVI",
  "GOVE",
  "HEAL",
  "INTR",
  "JUST",
  "REGI",
  "SOCI",
  "TECH",
  "TRAN",
] as const;

/** A quality snapshot of a dataset (scores 0–100), dated. */
export const QualitySnapshotSchema = z.strictObject({
  date: IsoDateSchema,
  completeness: z.number().min(0).max(100).optional(),
  accuracy: z.number().min(0).max(100).optional(),
  consistency: z.number().min(0).max(100).optional(),
  timeliness: z.number().min(0).max(100).optional(),
  method: z.string().optional(),
});

/** One distribution (file or API) of a dataset, DCAT-AR style. */
export const DistributionSchema = z.strictObject({
  identifier: z.string().min(1),
  title: z.string().min(1),
  downloadURL: z.string().optional(),
  accessURL: z.string().optional(),
  format: z.string().optional(),
  issued: IsoDateSchema.optional(),
});

/** One entry of the data inventory: DCAT-AR dataset fields plus what the city needs to manage it. */
export const DatasetEntrySchema = entity({
  title: z.string().min(1),
  description: z.string().optional(),
  publisher: z
    .object({ name: z.string().min(1), mbox: z.string().optional() })
    .strict()
    .optional(),
  contactPoint: z.object({ fn: z.string(), hasEmail: z.string().optional() }).strict().optional(),
  superTheme: z.array(z.enum(SUPER_THEMES)).default([]),
  theme: z.array(z.string()).default([]),
  keyword: z.array(z.string()).default([]),
  issued: IsoDateSchema.optional(),
  modified: IsoDateSchema.optional(),
  /** ISO 8601 repeating duration (`R/P1M`) or `eventual`. */
  accrualPeriodicity: z.string().optional(),
  license: z.string().optional(),
  temporal: z.string().optional(),
  spatial: z.string().optional(),
  distribution: z.array(DistributionSchema).default([]),
  /** Whether it could be public (POD `accessLevel`), independent of whether it is published. */
  accessLevel: z.enum(["public", "restricted", "non-public"]),
  rights: z.string().max(255).optional(),
  classification: z.enum(["public", "internal", "confidential", "personal"]).optional(),
  personalData: z.boolean().default(false),
  state: z.enum(["existing", "planned", "published", "retired"]),
  orgUnitId: SlugSchema,
  stewardId: SlugSchema.optional(),
  platformId: SlugSchema.optional(),
  quality: QualitySnapshotSchema.optional(),
});
/** An inventory entry. */
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>;

/** A platform the city uses or plans (GIS, ERP, BI, CKAN portal…). */
export const PlatformSchema = entity({
  name: LabelSchema,
  kind: z.string().min(1),
  orgUnitIds: z.array(SlugSchema).default([]),
  state: z.enum(["existing", "planned", "retired"]),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
/** A platform. */
export type Platform = z.infer<typeof PlatformSchema>;

/** A data-sharing agreement between two parties. */
export const DataSharingAgreementSchema = entity({
  title: LabelSchema,
  providerId: SlugSchema,
  recipientId: SlugSchema,
  purpose: LabelSchema,
  legalBasis: z.array(z.string()).default([]),
  datasets: z
    .array(z.object({ datasetId: SlugSchema, fields: z.array(z.string()).default([]) }).strict())
    .default([]),
  accessMethod: z.string().optional(),
  authorisedUsers: z.array(z.string()).default([]),
  security: z.object({ transit: z.string().optional(), rest: z.string().optional() }).strict().optional(),
  retention: z.string().optional(),
  term: z.object({ start: IsoDateSchema, end: IsoDateSchema.optional() }).strict().optional(),
  publicationRules: z
    .object({ minCellSize: z.number().int().positive().default(5), noLinkage: z.boolean().default(true) })
    .strict()
    .optional(),
  status: z.enum(["draft", "review", "approved", "active", "expired", "terminated"]),
});
/** A data-sharing agreement. */
export type DataSharingAgreement = z.infer<typeof DataSharingAgreementSchema>;
