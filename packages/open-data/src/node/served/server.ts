import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, resolve } from "node:path";
import { CiudataError, type Lang } from "@ciudata/core";
import { formatCsvRow } from "@ciudata/table";
import { resolveWithin } from "@ciudata/table/node";
import { ckanDataset } from "../../adapters/ckan/normalise";
import { type DcatUsExport, type DcatUsGap, toDcatUs } from "../../adapters/dcat/export-us";
import {
  acceptedLang,
  actionRequest,
  answerLang,
  corsFor,
  errBody,
  loopbackHost,
  okBody,
  READ_ACTIONS,
  say,
  searchWindow,
  send,
  withBody,
} from "../answer";
import { searchPackages } from "../ckan-search";
import { toDcatAr } from "../dcat-export";
import type { Loopback } from "../loopback";
import { type CatalogEntry, pageLang, renderCatalogPage, renderDatasetPage } from "./catalog-page";
import { readServeConfig, type ServeConfig } from "./config";
import { checkDatabaseUrl } from "./database-url";
import { type FoundFolder, type FoundTable, findTables } from "./discover";
import { DEFAULT_SERVE_LIMITS, rateLimiter, type ServeLimits } from "./limits";
import { openPgStore } from "./pg-store";
import { openPublished, type PublishedStore } from "./published";
import type { ServedTable, TableReview } from "./review";
import { SearchRefused, searchSql } from "./search";
import { checkSelect, SqlRefused, statementBody } from "./sql-guard";
import { openStore } from "./store";
import { type LoadPlan, QueryTimeout, type Store, type StoredTable } from "./stored";
import { createWriter, writeActionOf } from "./write";

/** Options of {@link serveFolder}. */
export interface ServeFolderOptions {
  /** Reviews each table before anything is served (the CLI runs `@ciudata/quality` and `@ciudata/privacy`). */
  review: (table: FoundTable) => Promise<TableReview>;
  /** Port (default 0: a free one). */
  port?: number;
  /** Address to listen on (default `127.0.0.1`: this machine only). */
  host?: string;
  /** Web origins whose pages may read the portal from a browser (default none). */
  allowOrigins?: readonly string[];
  /** The serve configuration (default: `ciudata-serve.json` of the folder, if any). */
  config?: ServeConfig;
  /** Safety limits over those of `ciudata-serve.json` and {@link DEFAULT_SERVE_LIMITS}. */
  limits?: Partial<ServeLimits>;
  /**
   * Keep the tables on PostgreSQL instead of the embedded DuckDB file: `postgres://user:password@host:port/db`
   * (through `pg`; the password is never printed). The answers are the same.
   */
  database?: string;
  /** The PostgreSQL schema for this folder's tables (default `ciudata_<folder>_<6 hex of its path>`). */
  databaseSchema?: string;
  /**
   * Turns on the write actions (`package_create`, `package_patch`, `resource_create`,
   * `resource_patch`, `datastore_create`, `datastore_upsert`, `datastore_delete`) for requests that
   * carry this token in `Authorization`; what they write is kept in `.ciudata/published.duckdb`,
   * or with `database` in the schema `<databaseSchema>_published` of that PostgreSQL database
   * (uploaded files in `.ciudata/uploads` either way).
   * Without it the portal only reads. Pass it from the environment, never from a command line.
   */
  token?: string;
}

/** A served folder: the server, what it serves, and a graceful `close`. */
export interface ServedFolder extends Loopback {
  root: string;
  tables: ServedTable[];
  /** Whether the database was rebuilt on this start (a source file or the config changed). */
  rebuilt: boolean;
  /**
   * Required DCAT-US fields the metadata does not give (served at `/dcat-us/data.json` without them):
   * add them to the Data Package or to `ciudata-serve.json` (`contact`, a table's `tags`).
   */
  dcatUsMissing: DcatUsGap[];
}

export type { DimensionBadge, ServedTable, TableReview } from "./review";

type Params = Record<string, unknown>;

/** What the served folder reads: the shared read actions and its checked, read-only SQL. */
const SERVED_READ_ACTIONS: ReadonlySet<string> = new Set([...READ_ACTIONS, "datastore_search_sql"]);

/** The limits the config sets (a key left out is not `undefined` over a default). */
function definedOnly(limits: ServeConfig["limits"]): Partial<ServeLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
}

/** Direct identifiers the config neither masks, drops nor allows. */
function unhandled(review: TableReview, config: ServeConfig["tables"][string] | undefined): string[] {
  const ok = new Set([...(config?.mask ?? []), ...(config?.drop ?? []), ...(config?.allow ?? [])]);
  return review.direct.filter((c) => !ok.has(c));
}

/**
 * Serves a folder of tables (CSV/TSV files, or a Data Package) as a read-only CKAN-compatible API on
 * an embedded DuckDB database (or on PostgreSQL with `database`): each table is reviewed first (`options.review`), loaded with the
 * column types of its Table Schema, and answered by `package_*`, `organization_*`, `group_*`,
 * `tag_list`, `resource_show`, `status_show`, `datastore_search` and a checked, time-limited,
 * read-only `datastore_search_sql`. A table with direct identifiers is listed but not served unless
 * `ciudata-serve.json` masks, drops or allows those columns. Listens on 127.0.0.1 unless `host`.
 *
 * @example
 * ```ts
 * const served = await serveFolder("datos/", { review: async () => ({ score: 100, outcome: "pass", issues: 0, direct: [], personal: [] }) });
 * const portal = createPortal(served.url, { platform: "ckan" });
 * await served.close();
 * ```
 */
export async function serveFolder(target: string, options: ServeFolderOptions): Promise<ServedFolder> {
  if (options.database !== undefined) checkDatabaseUrl(options.database);
  const found: FoundFolder = await findTables(target).catch((error: unknown) => {
    // A portal that receives publications may start empty.
    const empty = error instanceof CiudataError && error.errors[0]?.type === "portal/no-tables";
    if (options.token && empty)
      return { root: resolve(target), title: basename(resolve(target)), tables: [] };
    throw error;
  });
  const config = options.config ?? (await readServeConfig(found.root));
  const limits: ServeLimits = { ...DEFAULT_SERVE_LIMITS, ...definedOnly(config.limits), ...options.limits };
  const summaries: ServedTable[] = [];
  const plans: LoadPlan[] = [];
  for (const table of found.tables) {
    const review = await options.review(table);
    const own = config.tables[table.name] ?? config.tables[table.id];
    const refused = unhandled(review, own);
    const mask = new Set(own?.mask ?? []);
    const drop = new Set(own?.drop ?? []);
    summaries.push({
      id: table.id,
      title: own?.title ?? table.title,
      file: table.relPath,
      review,
      served: refused.length === 0,
      refusedColumns: refused,
      masked: [...mask],
      dropped: [...drop],
      rows: null,
    });
    if (refused.length === 0) plans.push({ table, mask, drop });
  }
  const store: Store =
    options.database === undefined
      ? await openStore(found.root, plans)
      : await openPgStore(found.root, plans, {
          url: options.database,
          ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
        });
  // What is published through the write actions goes to the same database as the folder's tables.
  const published: PublishedStore | null = options.token
    ? await openPublished(found.root, {
        ...(options.database === undefined ? {} : { database: options.database }),
        ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
      }).catch(async (error: unknown) => {
        await store.close();
        throw error;
      })
    : null;
  const writer =
    published && options.token
      ? createWriter(
          published,
          options.token,
          () => origin,
          (name) => summaries.some((x) => x.id === name),
        )
      : null;
  for (const s of summaries) s.rows = store.tables.get(s.id)?.rows ?? null;
  const byId = new Map(found.tables.map((t) => [t.id, t]));
  const org = {
    id: config.organization?.name ?? "ciudata-local",
    name: config.organization?.name ?? "ciudata-local",
    title: config.organization?.title ?? found.title,
    type: "organization",
    is_organization: true,
    state: "active",
  };
  const stamps = new Map<string, string>();
  for (const t of found.tables) stamps.set(t.id, (await stat(t.path)).mtime.toISOString().replace(/Z$/, ""));
  let origin = "";
  const startedAt = new Date().toISOString();
  const contact = config.contact ?? found.contact ?? null;
  const licenseOf = (t: FoundTable) => {
    const own = (config.tables[t.name] ?? config.tables[t.id])?.license;
    return own ? { title: own.title, url: own.url ?? null } : t.license;
  };

  const packageOf = (s: ServedTable, res: ServerResponse | Lang): Params => {
    const t = byId.get(s.id) as FoundTable;
    const own = config.tables[t.name] ?? config.tables[t.id];
    const stored = store.tables.get(s.id);
    const tags = [...new Set([...(own?.tags ?? []), ...t.keywords])];
    const groups = own?.groups ?? [];
    const quality = {
      score: s.review.score,
      outcome: s.review.outcome,
      issues: s.review.issues,
    };
    const privacy = {
      direct: s.review.direct,
      personal: s.review.personal,
      masked: s.masked,
      dropped: s.dropped,
      refused: s.refusedColumns,
    };
    const license = licenseOf(t);
    return {
      id: s.id,
      name: s.id,
      title: s.title,
      notes: own?.description ?? t.description ?? "",
      type: "dataset",
      state: "active",
      private: false,
      owner_org: org.id,
      organization: org,
      ...(license
        ? {
            license_id: license.url ?? license.title,
            license_title: license.title,
            ...(license.url ? { license_url: license.url } : {}),
          }
        : {}),
      ...(contact ? { maintainer: contact.name, maintainer_email: contact.email } : {}),
      metadata_created: stamps.get(s.id),
      metadata_modified: stamps.get(s.id),
      num_resources: 1,
      num_tags: tags.length,
      tags: tags.map((name) => ({ name, display_name: name })),
      groups: groups.map((name) => ({ name, title: name, display_name: name })),
      extras: [
        { key: "ciudata_quality_score", value: String(s.review.score ?? "") },
        { key: "ciudata_issues", value: String(s.review.issues) },
        { key: "ciudata_served", value: String(s.served) },
      ],
      ciudata_quality: quality,
      ciudata_privacy: privacy,
      ...(s.served
        ? {}
        : { ciudata_refused: say(res, "tableRefused", { columns: s.refusedColumns.join(", ") }) }),
      resources: [
        {
          id: s.id,
          package_id: s.id,
          name: s.title,
          description: t.description ?? "",
          format: /\.tsv$/i.test(t.relPath) ? "TSV" : "CSV",
          url: s.served ? `${origin}/datastore/dump/${encodeURIComponent(s.id)}` : null,
          mimetype: s.served ? "text/csv" : null,
          datastore_active: s.served,
          position: 0,
          state: "active",
          last_modified: stamps.get(s.id),
          ciudata_quality_score: s.review.score,
          ciudata_issues: s.review.issues,
          ...(stored
            ? {
                attributesDescription: JSON.stringify(
                  stored.columns.map((c) => ({
                    title: c.name,
                    type: c.type,
                    description: c.description ?? "",
                  })),
                ),
                ciudata_rows: stored.rows,
                ciudata_cast_failures: stored.castFailures,
              }
            : {}),
        },
      ],
    };
  };
  const packages = (res: ServerResponse | Lang) => [
    ...summaries.map((x) => packageOf(x, res)),
    ...(published?.packages() ?? []),
  ];
  const groupNames = (res: ServerResponse) =>
    [...new Set(packages(res).flatMap((p) => (p.groups as { name: string }[]).map((g) => g.name)))].sort();

  async function action(name: string, params: Params, res: ServerResponse): Promise<void> {
    const s = (k: string) => (params[k] === undefined ? undefined : String(params[k]));
    const all = params.all_fields === true || s("all_fields") === "true";
    switch (name) {
      case "status_show":
        return send(
          res,
          200,
          okBody(name, {
            ckan_version: "2.10.0",
            site_title: config.title ?? found.title,
            site_url: origin,
            locale_default: "es",
            extensions: ["datastore"],
            ciudata_served_folder: true,
            ciudata_database: store.dialect,
          }),
        );
      case "package_list":
        return send(
          res,
          200,
          okBody(name, [...summaries.map((x) => x.id), ...(published?.packages() ?? []).map((p) => p.name)]),
        );
      case "package_search": {
        const { rows, start } = searchWindow(params);
        const hits = searchPackages(packages(res), s("q"), s("fq"));
        return send(
          res,
          200,
          okBody(name, {
            count: hits.length,
            sort: s("sort") ?? "name asc",
            facets: {},
            search_facets: {},
            results: hits.slice(start, start + rows),
          }),
        );
      }
      case "package_show": {
        const p = packages(res).find((x) => x.id === s("id") || x.name === s("id"));
        return p
          ? send(res, 200, okBody(name, p))
          : send(res, 404, errBody(name, "Not Found Error", say(res, "notFoundDataset")));
      }
      case "organization_list":
        return send(res, 200, okBody(name, all ? [{ ...org, package_count: summaries.length }] : [org.name]));
      case "organization_show":
        return s("id") === org.name || s("id") === org.id
          ? send(res, 200, okBody(name, { ...org, package_count: summaries.length }))
          : send(res, 404, errBody(name, "Not Found Error", say(res, "notFoundOrganization")));
      case "group_list": {
        const names = groupNames(res);
        return send(
          res,
          200,
          okBody(
            name,
            all ? names.map((n) => ({ id: n, name: n, title: n, display_name: n, type: "group" })) : names,
          ),
        );
      }
      case "group_show": {
        const g = groupNames(res).find((n) => n === s("id"));
        if (!g) return send(res, 404, errBody(name, "Not Found Error", say(res, "notFound")));
        const members = packages(res).filter((p) =>
          (p.groups as { name: string }[]).some((x) => x.name === g),
        );
        return send(
          res,
          200,
          okBody(name, { id: g, name: g, title: g, type: "group", package_count: members.length }),
        );
      }
      case "tag_list": {
        const tags = [
          ...new Set(packages(res).flatMap((p) => (p.tags as { name: string }[]).map((t) => t.name))),
        ];
        const query = s("query")?.toLowerCase();
        return send(
          res,
          200,
          okBody(name, tags.filter((t) => !query || t.toLowerCase().includes(query)).sort()),
        );
      }
      case "resource_show": {
        const p = packages(res).find((x) => x.id === s("id"));
        const written = published?.findResource(s("id") ?? "")?.resource;
        if (written) return send(res, 200, okBody(name, written));
        return p
          ? send(res, 200, okBody(name, (p.resources as unknown[])[0]))
          : send(res, 404, errBody(name, "Not Found Error", say(res, "notFoundResource")));
      }
      case "datastore_search":
        return datastoreSearch(name, params, res);
      case "datastore_search_sql":
        return datastoreSql(name, params, res);
      default:
        return send(res, 400, errBody(name, "Validation Error", say(res, "unknownAction")));
    }
  }

  /** The table of a resource id, or the refusal already sent. */
  function servedTable(name: string, id: string, res: ServerResponse): StoredTable | null {
    const summary = summaries.find((x) => x.id === id);
    if (!summary) {
      send(res, 404, errBody(name, "Not Found Error", say(res, "noDatastore")));
      return null;
    }
    if (!summary.served) {
      send(
        res,
        403,
        errBody(
          name,
          "Authorization Error",
          say(res, "tableRefused", { columns: summary.refusedColumns.join(", ") }),
        ),
      );
      return null;
    }
    return store.tables.get(id) ?? null;
  }

  const fieldsOf = (table: StoredTable, columns: readonly string[]) =>
    columns.map((id) => {
      if (id === "_id") return { id, type: "int" };
      const c = table.columns.find((x) => x.name === id);
      return {
        id,
        type: c?.type ?? "text",
        ...(c?.title || c?.description ? { info: { label: c.title ?? "", notes: c.description ?? "" } } : {}),
      };
    });

  async function datastoreSearch(name: string, params: Params, res: ServerResponse): Promise<void> {
    const id = String(params.resource_id ?? params.id ?? "");
    const written = published?.searchable(id);
    const table = written ?? servedTable(name, id, res);
    if (!table) return;
    const db: Pick<Store, "query" | "dialect"> = written && published ? published : store;
    let sql: ReturnType<typeof searchSql>;
    try {
      sql = searchSql(table, params, db.dialect);
    } catch (error) {
      if (!(error instanceof SearchRefused)) throw error;
      return send(res, 409, {
        ...errBody(name, "Validation Error", say(res, "badSearch", { key: error.key, detail: error.detail })),
      });
    }
    const timeout = config.sql.timeoutMs;
    try {
      const [page, total] = await Promise.all([
        db.query(sql.page, sql.params, timeout),
        params.include_total === false || params.include_total === "false"
          ? Promise.resolve(null)
          : db.query(sql.count, sql.params, timeout),
      ]);
      const n = total ? Number(total.rows[0]?.n ?? 0) : null;
      const records = page.rows;
      // As CKAN: the same request with another offset (start: none), so a filtered search pages its own rows.
      const link = (offset: number | null) => {
        const q = new URLSearchParams();
        for (const [k, v] of Object.entries(params))
          if (k !== "offset" && k !== "limit" && v !== undefined && v !== null)
            q.set(k, typeof v === "string" ? v : JSON.stringify(v));
        q.set("limit", String(sql.limit));
        if (offset !== null) q.set("offset", String(offset));
        return `/api/3/action/datastore_search?${q}`;
      };
      return send(
        res,
        200,
        okBody(name, {
          resource_id: table.id,
          fields: fieldsOf(table, sql.columns),
          records,
          ...(n === null ? {} : { total: n, total_was_estimated: false }),
          limit: sql.limit,
          offset: sql.offset,
          ...(params.filters === undefined ? {} : { filters: sql.filters }),
          _links: {
            start: link(null),
            next: link(sql.offset + sql.limit),
            ...(sql.offset > 0 ? { prev: link(Math.max(0, sql.offset - sql.limit)) } : {}),
          },
        }),
      );
    } catch (error) {
      return queryFailed(name, error, res);
    }
  }

  function queryFailed(name: string, error: unknown, res: ServerResponse): void {
    const message =
      error instanceof QueryTimeout
        ? say(res, "sqlTimeout", { ms: config.sql.timeoutMs })
        : say(res, "sqlFailed", {
            detail: error instanceof Error ? (error.message.split("\n")[0]?.slice(0, 300) ?? "") : "",
          });
    send(res, 409, errBody(name, "Validation Error", message));
  }

  async function datastoreSql(name: string, params: Params, res: ServerResponse): Promise<void> {
    if (!config.sql.enabled)
      return send(res, 403, errBody(name, "Authorization Error", say(res, "sqlDisabled")));
    const text = String(params.sql ?? "");
    const servedIds = new Set(summaries.filter((x) => x.served).map((x) => x.id));
    const refuseSql = (reason: string, word: string) =>
      send(res, 403, errBody(name, "Authorization Error", say(res, "sqlRefused", { reason, word })));
    try {
      checkSelect(text, servedIds);
    } catch (error) {
      if (error instanceof SqlRefused) return refuseSql(error.reason, error.word);
      throw error;
    }
    // The database's own parser agrees: one statement, a SELECT, reading only served tables.
    const parsed = await store.parse(text).catch((error: unknown) => error);
    if (typeof parsed === "string") return refuseSql(parsed, "");
    if (parsed !== null) return queryFailed(name, parsed, res);
    const cap = config.sql.maxRows;
    try {
      const result = await store.query(
        `SELECT * FROM (${statementBody(text)}\n) AS ciudata_q LIMIT ${cap + 1}`,
        [],
        config.sql.timeoutMs,
      );
      const truncated = result.rows.length > cap;
      const rows = truncated ? result.rows.slice(0, cap) : result.rows;
      return send(
        res,
        200,
        okBody(name, {
          sql: text,
          fields: result.columns.map((id, i) => ({ id, type: result.types[i] ?? "text" })),
          records: rows,
          ...(truncated ? { records_truncated: true } : {}),
        }),
      );
    } catch (error) {
      return queryFailed(name, error, res);
    }
  }

  async function dump(id: string, res: ServerResponse): Promise<void> {
    const table = servedTable("datastore_dump", id, res);
    if (!table) return;
    const names = ["_id", ...table.columns.map((c) => c.name)];
    const result = await store.query(
      `SELECT ${names.map((n) => `"${n.replace(/"/g, '""')}"`).join(", ")} FROM "${table.id}" ORDER BY _id`,
    );
    res.writeHead(200, {
      "content-type": "text/csv; charset=utf-8",
      "x-content-type-options": "nosniff",
      "content-disposition": `attachment; filename="${table.id}.csv"`,
    });
    res.write(`${formatCsvRow(names)}\r\n`);
    for (const r of result.rows)
      res.write(
        `${formatCsvRow(names.map((n) => (r[n] === null || r[n] === undefined ? "" : String(r[n]))))}\r\n`,
      );
    res.end();
  }

  /** A served source file: only the file of a table served in clear (nothing masked or dropped). */
  async function file(rel: string, res: ServerResponse): Promise<void> {
    let path: string;
    try {
      path = resolveWithin(found.root, rel, { mustExist: true });
    } catch (error) {
      if (!(error instanceof CiudataError)) throw error;
      const reason = error.errors[0]?.params.reason;
      return reason === "not-found"
        ? send(res, 404, errBody("files", "Not Found Error", say(res, "notFoundFile")))
        : send(res, 403, errBody("files", "Authorization Error", say(res, "outsideCopy")));
    }
    const s = summaries.find((x) => byId.get(x.id)?.path === path);
    if (!s?.served || s.masked.length > 0 || s.dropped.length > 0)
      return send(res, 404, errBody("files", "Not Found Error", say(res, "notFoundFile")));
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "x-content-type-options": "nosniff" });
    createReadStream(path).pipe(res);
  }

  /** The DCAT-US catalog: a table not served is `non-public`, with the reason as its `rights`. */
  function dcatUs(res: ServerResponse | Lang): DcatUsExport {
    const licenses = new Map(found.tables.map((t) => [t.id, licenseOf(t)?.url ?? null]));
    const datasets = packages(res).map((p) => {
      const d = ckanDataset(p);
      return licenses.has(d.id) ? { ...d, license: licenses.get(d.id) ?? null } : d;
    });
    return toDcatUs(datasets, {
      id: `${origin}/dcat-us/data.json`,
      publisher: org.title,
      access: (d) => {
        const s = summaries.find((x) => x.id === d.id);
        return s && !s.served
          ? {
              accessLevel: "non-public",
              rights: say(res, "tableRefused", { columns: s.refusedColumns.join(", ") }),
            }
          : { accessLevel: "public" };
      },
    });
  }

  /** One dataset of the HTML catalog. */
  const entryOf = (s: ServedTable): CatalogEntry => {
    const t = byId.get(s.id) as FoundTable;
    const own = config.tables[t.name] ?? config.tables[t.id];
    return {
      table: s,
      description: own?.description ?? t.description,
      license: licenseOf(t),
      download: s.served ? `/datastore/dump/${encodeURIComponent(s.id)}` : null,
      format: "CSV",
      validatedAt: s.review.validatedAt ?? startedAt,
    };
  };

  /**
   * The HTML catalog (`/`, unless the request asks for JSON), a dataset's page (`/dataset/<name>`) and its
   * validation report (`/dataset/<name>/report`), in the language of `?lang=` or `Accept-Language`;
   * `false` when the path is none of them (nothing answered).
   */
  function htmlPage(url: URL, req: IncomingMessage, res: ServerResponse): boolean {
    const root = url.pathname === "/" || url.pathname === "";
    const m = /^\/dataset\/([^/]+)(\/report)?\/?$/.exec(url.pathname);
    if (!root && !m) return false;
    const lang = pageLang(url.searchParams.get("lang"), answerLang.get(res) ?? "es");
    answerLang.set(res, lang);
    const accept = String(req.headers.accept ?? "");
    if (root && (url.searchParams.get("format") === "json" || (/json/.test(accept) && !/html/.test(accept))))
      return false;
    const answer = (status: number, page: unknown, type?: string) => {
      send(res, status, page, type);
      return true;
    };
    const site = { title: config.title ?? found.title, description: found.description ?? null };
    // Self-contained pages: no script runs, nothing is fetched from elsewhere.
    res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    const htmlType = "text/html; charset=utf-8";
    if (root) return answer(200, renderCatalogPage(site, summaries.map(entryOf), lang), htmlType);
    let id: string;
    try {
      id = decodeURIComponent(m?.[1] ?? "");
    } catch {
      return answer(400, errBody("dataset", "Validation Error", say(res, "badPathEncoding")));
    }
    const s = summaries.find((x) => x.id === id);
    if (!s) return answer(404, errBody("dataset", "Not Found Error", say(res, "notFoundDataset")));
    if (!m?.[2]) return answer(200, renderDatasetPage(site, entryOf(s), lang), htmlType);
    const report = s.review.reportHtml;
    return report
      ? answer(200, report(lang), htmlType)
      : answer(404, errBody("dataset", "Not Found Error", say(res, "notFound")));
  }

  async function handle(
    url: URL,
    method: string,
    body: string,
    res: ServerResponse,
    req: IncomingMessage,
    raw: Buffer,
  ): Promise<void> {
    const writing = writer ? writeActionOf(url.pathname) : null;
    if (writer && writing) return writer.handle(writing, method, req.headers, raw, res);
    if (writer?.download(url.pathname, res)) return;
    const request = actionRequest(url, method, body, res, SERVED_READ_ACTIONS);
    if (request === null) return;
    if (request) return action(request.name, request.params, res);
    const dumped = /^\/datastore\/dump\/([^/]+)$/.exec(url.pathname);
    if (dumped) return dump(decodeURIComponent(dumped[1] ?? ""), res);
    if (url.pathname === "/data.json")
      return send(
        res,
        200,
        toDcatAr(
          {
            format: "ciudata-portal-snapshot/1",
            title: config.title ?? found.title,
            description: "",
            source: null,
            organizations: [org],
            datasets: packages(res),
            files: {},
          } as never,
          origin,
        ),
      );
    if (url.pathname === "/dcat-us/data.json") return send(res, 200, dcatUs(res).catalog);
    if (htmlPage(url, req, res)) return;
    if (url.pathname.startsWith("/files/")) {
      let rel: string;
      try {
        rel = decodeURIComponent(url.pathname.slice("/files/".length));
      } catch {
        return send(res, 400, errBody("files", "Validation Error", say(res, "badPathEncoding")));
      }
      return file(rel, res);
    }
    if (url.pathname === "/" || url.pathname === "")
      return send(res, 200, {
        title: config.title ?? found.title,
        api: `${origin}/api/3/action/package_search`,
        dcat: `${origin}/data.json`,
        tables: summaries,
      });
    return send(res, 404, errBody("unknown", "Not Found Error", say(res, "notFound")));
  }

  const allowed = new Set(options.allowOrigins ?? []);
  const host = options.host ?? "127.0.0.1";
  const loopbackOnly = host === "127.0.0.1" || host === "localhost" || host === "::1";
  const limit = rateLimiter(limits.burst, limits.perSecond);
  const inFlight = new Set<Promise<void>>();
  let closing = false;
  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      // Node refuses a request time shorter than the headers' time: the whole request gets at least as long.
      requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
      maxHeaderSize: 16_384,
    },
    (req: IncomingMessage, res: ServerResponse) => {
      answerLang.set(res, acceptedLang(req.headers["accept-language"]));
      const refuseNow = (status: number, key: string, extra: Record<string, string> = {}, p?: unknown) => {
        req.resume();
        for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
        const type =
          status === 403 ? "Authorization Error" : status === 404 ? "Not Found Error" : "Validation Error";
        send(
          res,
          status,
          errBody(
            "unknown",
            type,
            (say as (r: ServerResponse, k: string, p?: unknown) => string)(res, key, p),
          ),
        );
      };
      if (closing) return refuseNow(503, "shuttingDown", { connection: "close" });
      // In flight from its first byte until its answer is sent (or the connection drops).
      const done = new Promise<void>((resolve) => res.once("close", () => resolve()));
      inFlight.add(done);
      void done.then(() => inFlight.delete(done));
      // A publisher with the token sends its batches unthrottled, with a body cap of its own.
      const trusted =
        writer !== null &&
        writeActionOf((req.url ?? "").split("?")[0] ?? "") !== null &&
        writer.authorized(req.headers);
      const cap = trusted ? limits.maxUploadBytes : limits.maxBodyBytes;
      const wait = trusted ? 0 : limit(req.socket.remoteAddress ?? "?");
      if (wait > 0)
        return refuseNow(429, "tooManyRequests", { "retry-after": String(wait) }, { seconds: wait });
      if (loopbackOnly && !loopbackHost(req.headers.host, port)) return refuseNow(403, "hostNotAllowed");
      if (Buffer.byteLength(req.url ?? "") > limits.maxUrlBytes)
        return refuseNow(414, "urlTooLong", {}, { max: limits.maxUrlBytes });
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > cap) return refuseNow(413, "bodyTooLarge", { connection: "close" }, { max: cap });
      corsFor(req, res, allowed);
      let url: URL;
      try {
        url = new URL(req.url ?? "/", "http://127.0.0.1");
      } catch {
        return refuseNow(400, "badAddress");
      }
      const method = req.method ?? "GET";
      withBody(req, res, cap, (body, raw) => handle(url, method, body, res, req, raw));
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(":") ? `[${host}]` : host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const url = `http://${shown}:${port}`;
  origin = url;
  return {
    url,
    port,
    server,
    root: found.root,
    tables: summaries,
    rebuilt: store.rebuilt,
    dcatUsMissing: dcatUs("es").missing,
    close: async () => {
      if (closing) return;
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // In-flight requests finish (their queries are bounded by the SQL time limit), then the database closes.
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await stopped;
      await store.close();
      await published?.close();
    },
  };
}

export type { Store };
