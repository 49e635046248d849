import { z } from "zod";
import { AsWrittenSchema, IsoDateSchema, LabelSchema, SlugSchema } from "./common";
import { OrgUnitSchema } from "./org";
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

const Score = z.number().min(0).max(100);

/**
 * One review of a dataset by `ciudata inventory validate`, dated and appended to the dataset's `reviews` (never
 * overwritten): the quality score and its dimensions, the privacy scan (column names only, never values), the
 * disaggregation check when the rows are about people, and the SHA-256 of the bytes reviewed.
 */
export const DatasetReviewSchema = z.strictObject({
  date: IsoDateSchema,
  /** The local path or URL reviewed (the dataset's first reachable distribution). */
  source: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "sha256" }),
  rows: z.number().int().min(0),
  quality: z.strictObject({
    /** Mean of the dimensions with a score; `null` when none was checked. */
    overall: Score.nullable(),
    outcome: z.string().min(1),
    formulaVersion: z.string().min(1),
    /** Score of each quality dimension (`null` when not checked). */
    dimensions: z.record(z.string(), Score.nullable()),
    errors: z.number().int().min(0),
  }),
  privacy: z.strictObject({
    /** True when the scan found a column that names a person directly (name, ID, phone, e-mail…). */
    directIdentifiers: z.boolean(),
    /** Columns the scan classes as personal (names of columns, never values). */
    personalColumns: z.array(z.string()),
  }),
  /** Present when the rows are about people: the disaggregation check's findings. */
  disaggregation: z
    .strictObject({ errors: z.number().int().min(0), warnings: z.number().int().min(0) })
    .optional(),
  note: z.string().optional(),
});
/** One dated review of a dataset. */
export type DatasetReview = z.infer<typeof DatasetReviewSchema>;

/** How open a dataset may be: `internal` stays inside the city, `restricted` only for named users. */
export const ACCESS_LEVELS = ["public", "internal", "restricted", "non-public"] as const;

/** What state an inventoried dataset is in. */
export const DATASET_STATES = ["existing", "planned", "published", "retired"] as const;

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
  accessLevel: z.enum(ACCESS_LEVELS),
  rights: z.string().max(255).optional(),
  classification: z.enum(["public", "internal", "confidential", "personal"]).optional(),
  personalData: z.boolean().default(false),
  state: z.enum(DATASET_STATES),
  orgUnitId: SlugSchema,
  stewardId: SlugSchema.optional(),
  platformId: SlugSchema.optional(),
  quality: QualitySnapshotSchema.optional(),
  /** Reviews by `ciudata inventory validate`, oldest first; only ever appended to. */
  reviews: z.array(DatasetReviewSchema).default([]),
});
/** An inventory entry. */
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>;

/** A platform the city uses or plans (GIS, ERP, BI, CKAN portal…). */
export const PlatformSchema = entity({
  name: LabelSchema,
  kind: z.string().min(1),
  /** The areas that own it (the first one answers for it). */
  orgUnitIds: z.array(SlugSchema).default([]),
  state: z.enum(["existing", "planned", "retired"]),
  /** The data it holds, in words (datasets with this `platformId` are listed too). */
  holds: z.array(LabelSchema).default([]),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** The facts as the source document wrote them. */
  asWritten: AsWrittenSchema,
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

/** The format id of an inventory file. */
export const INVENTORY_FORMAT = "ciudata-inventory";

/**
 * A city's living data inventory as its own file: the areas that should inventory their data and the datasets
 * (DCAT-AR fields, owner area, periodicity, personal data, access level and their review history).
 */
export const InventoryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(INVENTORY_FORMAT),
  version: z.literal(1),
  /** Every area expected to inventory its data (coverage is counted over these). */
  orgUnits: z.array(OrgUnitSchema).default([]),
  datasets: z.array(DatasetEntrySchema).default([]),
  city: z.strictObject({ id: SlugSchema, name: z.string().trim().min(1) }).optional(),
});
/** An inventory file, as read. */
export type InventoryFile = z.infer<typeof InventoryFileSchema>;
/** An inventory file, as written (defaults may be left out). */
export type InventoryFileInput = z.input<typeof InventoryFileSchema>;
