import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ckanBase, createCkanClient } from "../../adapters/ckan/client";
import { interpretCkan } from "../../adapters/ckan/envelope";
import { PortalError } from "../../errors";
import type { HttpOptions } from "../../http/options";
import { ckanName, type FoundFolder, type FoundTable, findTables } from "../served/discover";
import { type PublishField, recordBatches, tableShape } from "./records";

/** A finding that stops a table from being published unless `force` names it. */
export type PublishFinding = "validation" | "direct-identifiers";

/** What the caller's review found in one table before it is published. */
export interface PublishReview {
  /** Whether the table passes its validation (Table Schema and quality errors). */
  valid: boolean;
  /** How many errors the validation found. */
  errors: number;
  /** Columns the privacy scan classes as direct identifiers. */
  direct: string[];
}

/** Options of {@link publishFolder}. */
export interface PublishOptions {
  /** The CKAN portal (its root, or any `/api/3/action` URL of it). */
  to: string;
  /** The API token (sent in `Authorization`; never logged). Not needed for a dry run. */
  token?: string;
  /** Compare and say what would change, writing nothing. */
  dryRun?: boolean;
  /** The organization that owns a new dataset (`owner_org`). */
  owner?: string;
  /** Reviews each table first (the CLI runs `@ciudata/quality` and `@ciudata/privacy`). */
  review: (table: FoundTable) => Promise<PublishReview>;
  /** Findings to publish anyway: `direct-identifiers`, `validation`, or `<table>:<finding>`. */
  force?: readonly string[];
  /** Records per `datastore_upsert` (default 1000; fewer when the JSON passes about 800 KB). */
  batchSize?: number;
  /** Timeouts, retries, `fetch`… of every request. */
  http?: HttpOptions;
  /** Called as each table is written (for progress). */
  onTable?: (name: string, rows: number) => void;
}

/** What publishing did (or, in a dry run, would do) to one table. */
export interface TablePublish {
  /** The resource name (the Data Package resource or the file name). */
  name: string;
  file: string;
  change: "create" | "update" | "unchanged" | "refused";
  /** What differs from the portal: `content`, `name`, `description`, `format`, `datastore`. */
  differences: string[];
  /** Why it was not published, when refused. */
  refused: { finding: PublishFinding; columns: string[]; errors: number } | null;
  /** Findings that would have refused it, published anyway because `force` named them. */
  forced: PublishFinding[];
  fields: PublishField[];
  primaryKey: string[];
  /** The SHA-256 of the file's bytes, as compared with the portal's `ciudata_sha256`. */
  sha256: string;
  /** Records sent to the DataStore (`null` when none were sent). */
  rows: number | null;
  resourceId: string | null;
}

/** What {@link publishFolder} did. */
export interface PublishResult {
  url: string;
  dryRun: boolean;
  dataset: { name: string; title: string; change: "create" | "update" | "unchanged"; differences: string[] };
  tables: TablePublish[];
  /** Whether anything was (or, in a dry run, would be) written. */
  changed: boolean;
}

type Dict = Record<string, unknown>;

const text = (v: unknown) => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));
const tagNames = (tags: unknown) =>
  (Array.isArray(tags) ? tags : [])
    .map((t) => (typeof t === "object" && t !== null ? text((t as Dict).name) : text(t)))
    .sort();

function refusal(
  table: FoundTable,
  review: PublishReview,
  force: readonly string[],
): { refused: TablePublish["refused"]; forced: PublishFinding[] } {
  const forced: PublishFinding[] = [];
  const named = (f: PublishFinding) => force.includes(f) || force.includes(`${table.name}:${f}`);
  const found: { finding: PublishFinding; columns: string[]; errors: number }[] = [];
  if (!review.valid) found.push({ finding: "validation", columns: [], errors: review.errors });
  if (review.direct.length) found.push({ finding: "direct-identifiers", columns: review.direct, errors: 0 });
  for (const f of found) {
    if (!named(f.finding)) return { refused: f, forced };
    forced.push(f.finding);
  }
  return { refused: null, forced };
}

/**
 * Publishes a Data Package (or a folder of CSV files) to a CKAN portal as one dataset with one
 * resource per table: the file uploaded, a DataStore table with the Table Schema's types
 * (`datastore_create`) and its rows (`datastore_upsert`, by primary key when there is one, in
 * batches). Idempotent: each resource keeps the SHA-256 of its file and fields in `ciudata_sha256`,
 * so a second run finds nothing to change and writes nothing. A table whose review fails, or that
 * holds direct identifiers, is refused unless `force` names that finding. `dryRun` only compares.
 *
 * @example
 * ```ts
 * const result = await publishFolder("datos/datapackage.json", {
 *   to: "https://datos.ciudad.gob.ar",
 *   token: process.env.CKAN_TOKEN,
 *   review: async () => ({ valid: true, errors: 0, direct: [] }),
 * });
 * result.changed; //=> false on the second run
 * ```
 */
export async function publishFolder(target: string, options: PublishOptions): Promise<PublishResult> {
  const found: FoundFolder = await findTables(target);
  const name = ckanName(found.name ?? found.title);
  const http = options.http ?? {};
  const ckan = createCkanClient(options.to, { ...http, ...(options.token ? { token: options.token } : {}) });
  const post = { method: "POST" as const };
  let remote: Dict | null = null;
  try {
    remote = (await ckan.action<Dict>("package_show", { id: name })).result;
  } catch (error) {
    if (!(error instanceof PortalError && error.kind === "not_found")) throw error;
  }
  const keywords = [...new Set(found.tables.flatMap((t) => t.keywords))].sort();
  const wanted: Dict = {
    title: found.title,
    notes: found.description ?? "",
    ...(keywords.length ? { tags: keywords.map((k) => ({ name: k })) } : {}),
    ...(options.owner ? { owner_org: options.owner } : {}),
  };
  const differences = remote
    ? Object.keys(wanted).filter((k) =>
        k === "tags"
          ? tagNames(remote?.tags).join("\n") !== keywords.join("\n")
          : text(remote?.[k]) !== text(wanted[k]),
      )
    : [];
  const resources = (Array.isArray(remote?.resources) ? remote.resources : []) as Dict[];
  const tables: TablePublish[] = [];
  for (const table of found.tables) {
    const { refused, forced } = refusal(table, await options.review(table), options.force ?? []);
    const shape = await tableShape(table);
    const old = resources.find((r) => r.name === table.name);
    const meta: Dict = { name: table.name, description: table.description ?? "", format: formatOf(table) };
    const diff = old
      ? [
          ...(text(old.ciudata_sha256) !== shape.hash ? ["content"] : []),
          ...(old.datastore_active === true ? [] : ["datastore"]),
          ...Object.keys(meta).filter((k) => text(old[k]) !== text(meta[k])),
        ]
      : [];
    tables.push({
      name: table.name,
      file: table.relPath,
      change: refused ? "refused" : !old ? "create" : diff.length ? "update" : "unchanged",
      differences: refused ? [] : diff,
      refused,
      forced,
      fields: shape.fields,
      primaryKey: shape.primaryKey,
      sha256: shape.hash,
      rows: null,
      resourceId: old ? text(old.id) : null,
    });
  }
  const datasetChange = !remote ? "create" : differences.length ? "update" : "unchanged";
  const result: PublishResult = {
    url: ckanBase(options.to),
    dryRun: options.dryRun === true,
    dataset: { name, title: found.title, change: datasetChange, differences },
    tables,
    changed:
      datasetChange !== "unchanged" || tables.some((t) => t.change === "create" || t.change === "update"),
  };
  if (result.dryRun || !result.changed) return result;

  const pkg =
    datasetChange === "create"
      ? (await ckan.action<Dict>("package_create", { name, ...wanted }, post)).result
      : datasetChange === "update"
        ? (await ckan.action<Dict>("package_patch", { id: text(remote?.id), ...wanted }, post)).result
        : (remote as Dict);
  const upload = uploader(options, http);
  for (const [i, t] of tables.entries()) {
    if (t.change !== "create" && t.change !== "update") continue;
    const table = found.tables[i] as FoundTable;
    const meta = { name: table.name, description: table.description ?? "", format: formatOf(table) };
    const reload =
      t.change === "create" || t.differences.includes("content") || t.differences.includes("datastore");
    // The hash is written last: a run cut short leaves it empty, so the next run loads the table again.
    if (t.change === "create")
      t.resourceId = text((await upload("resource_create", { package_id: text(pkg.id), ...meta }, table)).id);
    else if (reload)
      await upload("resource_patch", { id: t.resourceId ?? "", ...meta, ciudata_sha256: "" }, table);
    else await ckan.action("resource_patch", { id: t.resourceId, ...meta }, post);
    if (!reload) continue;
    const rid = t.resourceId ?? "";
    if (t.change === "update")
      await ckan
        .action("datastore_delete", { resource_id: rid, force: true }, post)
        .catch((error: unknown) => {
          if (!(error instanceof PortalError && error.kind === "not_found")) throw error;
        });
    await ckan.action(
      "datastore_create",
      {
        resource_id: rid,
        fields: t.fields,
        ...(t.primaryKey.length ? { primary_key: t.primaryKey } : {}),
        force: true,
      },
      post,
    );
    let rows = 0;
    const method = t.primaryKey.length ? "upsert" : "insert";
    for await (const records of recordBatches(table, options.batchSize ?? 1000)) {
      await ckan.action("datastore_upsert", { resource_id: rid, records, method, force: true }, post);
      rows += records.length;
      options.onTable?.(t.name, rows);
    }
    t.rows = rows;
    // The hash of the plan (the file was read and hashed once, when compared with the portal).
    await ckan.action(
      "resource_patch",
      { id: rid, ciudata_sha256: t.sha256, ciudata_rows: String(rows) },
      post,
    );
  }
  return result;
}

function formatOf(table: FoundTable): string {
  return /\.tsv$/i.test(table.relPath) ? "TSV" : "CSV";
}

/** `resource_create` / `resource_patch` with the file as a multipart upload (CKAN's `upload` field). */
function uploader(options: PublishOptions, http: HttpOptions) {
  const doFetch = http.fetch ?? fetch;
  const base = ckanBase(options.to);
  return async (action: string, fields: Record<string, string>, table: FoundTable): Promise<Dict> => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const bytes = await readFile(table.path);
    const type = /\.tsv$/i.test(table.relPath) ? "text/tab-separated-values" : "text/csv";
    form.set("upload", new Blob([new Uint8Array(bytes)], { type }), basename(table.relPath));
    const url = `${base}/api/3/action/${action}`;
    let res: Response;
    try {
      res = await doFetch(url, {
        method: "POST",
        body: form,
        ...(options.token ? { headers: { authorization: options.token } } : {}),
        signal: AbortSignal.timeout(http.timeout ?? 120_000),
      });
    } catch (cause) {
      throw new PortalError({ kind: "network", method: "POST", url, cause });
    }
    const data: unknown = await res.json().catch(() => null);
    const info = interpretCkan(res.status, data);
    if (info === null && res.ok) return ((data as { result: Dict }).result ?? {}) as Dict;
    const kind =
      info?.kind ??
      (res.status === 401 || res.status === 403 ? "forbidden" : res.status === 404 ? "not_found" : "server");
    throw new PortalError({
      kind,
      method: "POST",
      url,
      status: res.status,
      serverMessage: info?.serverMessage ?? null,
      ckanType: info?.ckanType ?? null,
    });
  };
}
