import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CiudataError, createIssue } from "@ciudata/core";
import { z } from "zod";

/** The name of a served folder's configuration file. */
export const SERVE_CONFIG_FILE = "ciudata-serve.json";

const Columns = z.array(z.string().min(1)).default([]);

/** One table of `ciudata-serve.json`: its title, tags, groups, and which columns to mask, drop or allow. */
export const TableServeConfigSchema = z.strictObject({
  title: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string().min(1)).optional(),
  groups: z.array(z.string().min(1)).optional(),
  /** The table's licence (over the Data Package's): a title and, best, its URL. */
  license: z.strictObject({ title: z.string().min(1), url: z.url().optional() }).optional(),
  /** Columns whose values are served masked whole (`•••`), dropped, or allowed in clear. */
  mask: Columns,
  drop: Columns,
  allow: Columns,
});

/**
 * `ciudata-serve.json`: how a folder is served. Every key is optional.
 * `tables` is keyed by the file name without extension (or the Data Package resource name).
 */
export const ServeConfigSchema = z.strictObject({
  title: z.string().optional(),
  organization: z
    .strictObject({ name: z.string().regex(/^[a-z0-9_-]{2,100}$/), title: z.string().optional() })
    .optional(),
  /** Who answers questions about the data (DCAT-US `contactPoint`; over the Data Package's contributors). */
  contact: z.strictObject({ name: z.string().min(1), email: z.email() }).optional(),
  tables: z.record(z.string(), TableServeConfigSchema).default({}),
  /** The server's safety limits (see `ServeLimits`); each one left out keeps its default. */
  limits: z
    .strictObject({
      maxBodyBytes: z.number().int().min(1024).max(100_000_000).optional(),
      maxUrlBytes: z.number().int().min(256).max(1_000_000).optional(),
      burst: z.number().int().min(1).max(1_000_000).optional(),
      perSecond: z.number().positive().max(1_000_000).optional(),
      headersTimeoutMs: z.number().int().min(100).max(600_000).optional(),
      requestTimeoutMs: z.number().int().min(100).max(3_600_000).optional(),
    })
    .default({}),
  sql: z
    .strictObject({
      /** `datastore_search_sql` answers (default true: it is read-only and checked). */
      enabled: z.boolean().default(true),
      timeoutMs: z.number().int().min(10).max(600_000).default(5000),
      maxRows: z.number().int().min(1).max(1_000_000).default(32_000),
    })
    .default({ enabled: true, timeoutMs: 5000, maxRows: 32_000 }),
});

/** A served folder's configuration, defaults filled in. */
export type ServeConfig = z.infer<typeof ServeConfigSchema>;
/** What `ciudata-serve.json` says about one table. */
export type TableServeConfig = z.infer<typeof TableServeConfigSchema>;

/**
 * Reads `ciudata-serve.json` from a folder (defaults when there is none). An invalid file throws a
 * `CiudataError` (`portal/serve-config`) naming the key and what was expected.
 *
 * @example
 * ```ts
 * const config = await readServeConfig("datos/");
 * config.tables.padron?.mask; //=> ["dni"]
 * ```
 */
export async function readServeConfig(dir: string): Promise<ServeConfig> {
  let text: string;
  try {
    text = await readFile(join(dir, SERVE_CONFIG_FILE), "utf8");
  } catch {
    return ServeConfigSchema.parse({});
  }
  return parseServeConfig(text, join(dir, SERVE_CONFIG_FILE));
}

/**
 * Parses the text of a `ciudata-serve.json`.
 *
 * @example
 * ```ts
 * parseServeConfig('{"tables":{"padron":{"mask":["dni"]}}}').tables.padron?.mask; //=> ["dni"]
 * ```
 */
export function parseServeConfig(text: string, place = SERVE_CONFIG_FILE): ServeConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw configError(place, "/", (error as Error).message);
  }
  const parsed = ServeConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const path = `/${(first?.path ?? []).map(String).join("/")}`;
  throw configError(place, path, first?.message ?? "");
}

function configError(place: string, path: string, problem: string): CiudataError {
  return new CiudataError([createIssue("portal/serve-config", { params: { place, path, problem } })]);
}
