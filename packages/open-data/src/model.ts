import { z } from "zod";

/** The platforms the client speaks. */
export const PLATFORMS = ["ckan", "dcat", "socrata", "opendatasoft", "arcgis"] as const;
/** One of {@link PLATFORMS}. */
export type Platform = (typeof PLATFORMS)[number];

/** A column as a portal describes it (DataStore field, DCAT-AR `field[]`, Andino `attributesDescription`). */
export const ColumnSchema = z.object({
  name: z.string(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
});
/** A column as a portal describes it. */
export type Column = z.infer<typeof ColumnSchema>;

/** Who publishes: a name and, when given, an e-mail. */
export const PublisherSchema = z.object({ name: z.string(), email: z.string().nullable() });
/** Who publishes a dataset. */
export type Publisher = z.infer<typeof PublisherSchema>;

/** An organisation of the portal (CKAN organization, Socrata domain, ODS publisher). */
export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  datasets: z.number().nullable(),
  raw: z.unknown(),
});
/** An organisation of the portal. */
export type Organization = z.infer<typeof OrganizationSchema>;

/** A file or service of a dataset, normalised across platforms; `raw` keeps the platform object. */
export const ResourceSchema = z.object({
  id: z.string(),
  datasetId: z.string().nullable(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  format: z.string().nullable(),
  mediaType: z.string().nullable(),
  url: z.string().nullable(),
  size: z.number().nullable(),
  modified: z.string().nullable(),
  /** True when rows can be queried through the API (CKAN DataStore, SODA, ODS records, FeatureServer). */
  queryable: z.boolean(),
  /** The column dictionary when the portal publishes one. */
  columns: z.array(ColumnSchema).nullable(),
  raw: z.unknown(),
});
/** A file or service of a dataset. */
export type Resource = z.infer<typeof ResourceSchema>;

/** A dataset, normalised across platforms; `raw` keeps the platform object for what is not normalised. */
export const DatasetSchema = z.object({
  platform: z.enum(PLATFORMS),
  id: z.string(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  publisher: PublisherSchema.nullable(),
  organization: z
    .object({ id: z.string().nullable(), name: z.string(), title: z.string().nullable() })
    .nullable(),
  tags: z.array(z.string()),
  themes: z.array(z.string()),
  license: z.string().nullable(),
  modified: z.string().nullable(),
  issued: z.string().nullable(),
  /** ISO 8601 repeating interval (`R/P1M`) or a word (`eventual`), as published. */
  accrualPeriodicity: z.string().nullable(),
  landingPage: z.string().nullable(),
  /** Platform fields beyond the model, JSON-encoded strings decoded (Andino `extras`, DCAT-AR `spatial`…). */
  extras: z.record(z.string(), z.unknown()),
  resources: z.array(ResourceSchema),
  raw: z.unknown(),
});
/** A dataset, normalised across platforms. */
export type Dataset = z.infer<typeof DatasetSchema>;

/** One page of a catalog search. */
export interface SearchPage {
  /** Matches in the whole catalog (`null` when the platform does not say). */
  total: number | null;
  offset: number;
  datasets: Dataset[];
  /** True when another page may follow. */
  hasMore: boolean;
  /** Problems found checking the answer's shape (lenient mode). */
  violations: Violation[];
}

/** What to search for. */
export interface SearchQuery {
  /** Free text. */
  q?: string;
  /** Only datasets of this organisation (CKAN `organization:`, Socrata `domains`, ODS `publisher`). */
  organization?: string;
  /** Only datasets with this tag / keyword. */
  tag?: string;
  /** A platform filter passed as is (CKAN `fq`, ODS `where`). */
  filter?: string;
  /** Page size (clamped to the platform maximum). */
  limit?: number;
  offset?: number;
  /** Sort as the platform writes it (CKAN `metadata_modified desc`). */
  sort?: string;
  signal?: AbortSignal;
}

/** One row, as the API returns it. */
export type Row = Record<string, unknown>;

/** What to read from a table. */
export interface RowsQuery {
  /** Exact-match filters by column. */
  filters?: Readonly<Record<string, string | number | boolean | ReadonlyArray<string | number>>>;
  /** Full-text search. */
  q?: string;
  /** Columns to return. */
  fields?: readonly string[];
  /** Sort, e.g. `"fecha desc"`. */
  sort?: string;
  /** A platform expression passed as is (SoQL `$where`, ODSQL `where`, ArcGIS `where`). */
  where?: string;
  limit?: number;
  offset?: number;
  signal?: AbortSignal;
}

/** One page of rows. */
export interface RowsPage {
  /** Rows in the whole table when the platform says (DataStore `total`, ODS `total_count`). */
  total: number | null;
  offset: number;
  fields: Column[];
  records: Row[];
  hasMore: boolean;
  violations: Violation[];
}

/** A spec or shape violation found in lenient mode: where and what. */
export interface Violation {
  /** JSON path of the offending value (`dataset[3].superTheme`). */
  path: string;
  /** What is wrong, in English. */
  message: string;
  /** Short code (`required`, `invalid_type`, `pattern`…). */
  code: string;
}
