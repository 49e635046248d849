import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { CiudataError } from "@ciudata/core";
import { resolveWithin } from "@ciudata/table/node";
import type { Snapshot } from "../sample/catalog";
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
} from "./answer";
import { searchPackages } from "./ckan-search";
import { parseCsv } from "./csv";
import { toDcatAr } from "./dcat-export";
import { isLocalFileUrl } from "./file-url";
import { type Loopback, listenLoopback } from "./loopback";
import { loadSnapshot, sha256 } from "./snapshot";

/** Options of {@link servePortal}. */
export interface ServeOptions {
  /** Port on 127.0.0.1 (default 0: a free one). */
  port?: number;
  /**
   * Web origins (`http://localhost:5173`) whose pages may read the portal from a browser. Default none:
   * no `access-control-allow-origin` is sent, so other websites cannot read the local portal.
   */
  allowOrigins?: readonly string[];
}

type Pkg = Record<string, unknown>;
type Res = Record<string, unknown>;

/** A short CKAN-shaped error for a path that was refused or not found: never any file content. */
function refuse(res: ServerResponse, status: 400 | 403 | 404, what: string): void {
  const type =
    status === 403 ? "Authorization Error" : status === 404 ? "Not Found Error" : "Validation Error";
  send(res, status, errBody("files", type, what));
}

/** Why a file was not served: 404 not there, 403 outside the served folder. */
class Refused extends Error {
  constructor(readonly status: 403 | 404) {
    super(`refused ${status}`);
  }
}

/**
 * Serves a snapshot folder (from `mirror` or `writeSampleSnapshot`) on loopback as a read-only
 * CKAN-compatible Action API (`package_search` with q, fq, rows, start; `package_show`;
 * `package_list`; `organization_list`; `resource_show`; `datastore_search` over CSV resources),
 * a DCAT-AR `/data.json` and the files under `/files/`.
 *
 * @example
 * ```ts
 * const lb = await servePortal("mirror/mendoza", { port: 5000 });
 * const portal = createPortal(lb.url, { platform: "ckan" });
 * await lb.close();
 * ```
 */
export async function servePortal(dir: string, options: ServeOptions = {}): Promise<Loopback> {
  const snap: Snapshot = await loadSnapshot(dir);
  const tables = new Map<string, Promise<{ header: string[]; rows: string[][] }>>();
  let origin = "";
  const withUrls = (p: Pkg): Pkg => ({
    ...p,
    resources: ((p.resources as Res[] | undefined) ?? []).map((r) => ({
      ...r,
      url: isLocalFileUrl(r.url) ? `${origin}/${r.url}` : /^https?:\/\//i.test(String(r.url)) ? r.url : null,
    })),
  });
  const findPackage = (id: string) => snap.datasets.find((p) => p.id === id || p.name === id);
  const findResource = (id: string) => {
    for (const p of snap.datasets)
      for (const r of (p.resources as Res[] | undefined) ?? []) if (r.id === id) return { p, r };
    return null;
  };
  // Every file the portal reads goes through here: `files/…` only, resolved inside the served folder
  // with symbolic links followed (a link pointing out of the folder is refused).
  const filesRoot = join(dir, "files");
  const localFile = (url: string): string => {
    if (!isLocalFileUrl(url)) throw new Refused(404);
    try {
      return resolveWithin(filesRoot, url.slice("files/".length), { mustExist: true });
    } catch (error) {
      if (error instanceof CiudataError)
        throw new Refused(error.errors[0].params.reason === "not-found" ? 404 : 403);
      throw error;
    }
  };
  const readLocal = async (url: string): Promise<Buffer> => {
    const path = localFile(url);
    try {
      return await readFile(path);
    } catch {
      throw new Refused(404);
    }
  };
  const table = (path: string) => {
    let t = tables.get(path);
    if (!t) {
      t = readLocal(path).then((data) => parseCsv(data.toString("utf8")));
      t.catch(() => tables.delete(path));
      tables.set(path, t);
    }
    return t;
  };

  async function action(name: string, params: Record<string, unknown>, res: ServerResponse): Promise<void> {
    const s = (k: string) => (params[k] === undefined ? undefined : String(params[k]));
    switch (name) {
      case "status_show":
        return send(
          res,
          200,
          okBody(name, {
            ckan_version: "2.10.0",
            site_title: snap.title,
            extensions: ["datastore"],
            ciudata_snapshot: true,
          }),
        );
      case "package_list":
        return send(
          res,
          200,
          okBody(
            name,
            snap.datasets.map((p) => p.name),
          ),
        );
      case "package_search": {
        const { rows, start } = searchWindow(params);
        const found = searchPackages(snap.datasets, s("q"), s("fq"));
        const sort = s("sort") ?? "metadata_created asc";
        const [key = "metadata_created", dir_ = "asc"] = sort.split(",")[0]?.trim().split(/\s+/) ?? [];
        const sorted = [...found].sort((a, b) => {
          const c =
            String(a[key] ?? "").localeCompare(String(b[key] ?? "")) ||
            String(a.id).localeCompare(String(b.id));
          return dir_ === "desc" ? -c : c;
        });
        return send(
          res,
          200,
          okBody(name, {
            count: found.length,
            sort,
            facets: {},
            search_facets: {},
            results: sorted.slice(start, start + rows).map(withUrls),
          }),
        );
      }
      case "package_show": {
        const p = findPackage(s("id") ?? "");
        return p
          ? send(res, 200, okBody(name, withUrls(p)))
          : send(res, 404, errBody(name, "Not Found Error", say(res, "notFoundDataset")));
      }
      case "organization_list":
        return send(
          res,
          200,
          okBody(
            name,
            params.all_fields === true || s("all_fields") === "true"
              ? snap.organizations
              : snap.organizations.map((o) => o.name),
          ),
        );
      case "organization_show": {
        const o = snap.organizations.find((x) => x.name === s("id") || x.id === s("id"));
        return o
          ? send(res, 200, okBody(name, o))
          : send(res, 404, errBody(name, "Not Found Error", say(res, "notFoundOrganization")));
      }
      case "resource_show": {
        const found = findResource(s("id") ?? "");
        if (!found) return send(res, 404, errBody(name, "Not Found Error", say(res, "notFoundResource")));
        return send(res, 200, okBody(name, (withUrls({ resources: [found.r] }).resources as Res[])[0]));
      }
      case "group_list":
        return send(res, 200, okBody(name, []));
      case "group_show":
        return send(res, 404, errBody(name, "Not Found Error", say(res, "notFound")));
      case "tag_list": {
        const tags = snap.datasets.flatMap((p) =>
          ((p.tags as { name?: unknown }[] | undefined) ?? []).map((t) => String(t.name ?? "")),
        );
        return send(res, 200, okBody(name, [...new Set(tags)].filter(Boolean).sort()));
      }
      case "datastore_search":
        return datastore(name, params, res);
      default:
        return send(res, 400, errBody(name, "Validation Error", say(res, "unknownAction")));
    }
  }

  async function datastore(
    name: string,
    params: Record<string, unknown>,
    res: ServerResponse,
  ): Promise<void> {
    const found = findResource(String(params.resource_id ?? ""));
    if (!found || !isLocalFileUrl(found.r.url))
      return send(res, 404, errBody(name, "Not Found Error", say(res, "noDatastore")));
    let loaded: { header: string[]; rows: string[][] };
    try {
      loaded = await table(found.r.url);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      return error.status === 403
        ? send(res, 403, errBody(name, "Authorization Error", say(res, "outsideCopy")))
        : send(res, 404, errBody(name, "Not Found Error", say(res, "noDatastore")));
    }
    const { header, rows } = loaded;
    const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
    let filters: Record<string, unknown>;
    try {
      filters = (parse(params.filters) as Record<string, unknown>) ?? {};
    } catch {
      return send(res, 409, errBody(name, "Validation Error", say(res, "badFilters")));
    }
    for (const k of Object.keys(filters))
      if (!header.includes(k))
        return send(
          res,
          409,
          errBody(name, "Validation Error", say(res, "unknownFilterField", { field: k })),
        );
    const q = typeof params.q === "string" && params.q ? params.q.toLowerCase() : null;
    let records = rows.map((cells, i) => {
      const rec: Record<string, unknown> = { _id: i + 1 };
      header.forEach((h, j) => {
        rec[h] = cells[j] ?? "";
      });
      return rec;
    });
    records = records.filter((r) =>
      Object.entries(filters).every(([k, v]) =>
        Array.isArray(v) ? v.map(String).includes(String(r[k])) : String(r[k]) === String(v),
      ),
    );
    if (q) records = records.filter((r) => Object.values(r).some((v) => String(v).toLowerCase().includes(q)));
    const sort = typeof params.sort === "string" ? params.sort.trim().split(/\s+/) : null;
    if (sort?.[0]) {
      const [key, order] = sort as [string, string | undefined];
      records.sort((a, b) => {
        const x = a[key];
        const y = b[key];
        const nx = Number(x);
        const ny = Number(y);
        const c =
          x !== "" && y !== "" && !Number.isNaN(nx) && !Number.isNaN(ny)
            ? nx - ny
            : String(x).localeCompare(String(y));
        return order?.toLowerCase() === "desc" ? -c : c;
      });
    }
    const fields =
      typeof params.fields === "string"
        ? params.fields
            .split(",")
            .map((f) => f.trim())
            .filter(Boolean)
        : null;
    const limit = Math.min(Math.max(0, Number(params.limit ?? 100) || 0), 32_000);
    const offset = Math.max(0, Number(params.offset ?? 0) || 0);
    const page = records
      .slice(offset, offset + limit)
      .map((r) => (fields ? Object.fromEntries(fields.map((f) => [f, r[f]])) : r));
    const columns = ["_id", ...header].filter((h) => !fields || fields.includes(h));
    return send(
      res,
      200,
      okBody(name, {
        resource_id: found.r.id,
        fields: columns.map((id) => ({ id, type: id === "_id" ? "int" : "text" })),
        records: page,
        total: records.length,
        limit,
        offset,
      }),
    );
  }

  const allowed = new Set(options.allowOrigins ?? []);
  const lb = await listenLoopback((req, res) => {
    answerLang.set(res, acceptedLang(req.headers["accept-language"]));
    if (!loopbackHost(req.headers.host, lb.port)) {
      req.resume();
      return send(res, 403, errBody("unknown", "Authorization Error", say(res, "hostNotAllowed")));
    }
    corsFor(req, res, allowed);
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://127.0.0.1");
    } catch {
      req.resume();
      return refuse(res, 400, say(res, "badAddress"));
    }
    const method = req.method ?? "GET";
    withBody(req, res, 1_000_000, (body) => handle(url, method, body, res));
  }, options.port ?? 0);
  origin = lb.url;

  async function handle(url: URL, method: string, body: string, res: ServerResponse): Promise<void> {
    const request = actionRequest(url, method, body, res, READ_ACTIONS);
    if (request === null) return;
    if (request) return action(request.name, request.params, res);
    if (url.pathname === "/data.json") return send(res, 200, toDcatAr(snap, origin));
    if (url.pathname.startsWith("/files/")) {
      let rel: string;
      try {
        rel = decodeURIComponent(url.pathname.slice(1));
      } catch {
        return refuse(res, 400, say(res, "badPathEncoding"));
      }
      if (!isLocalFileUrl(rel) || !Object.hasOwn(snap.files, rel))
        return refuse(res, 404, say(res, "notFoundFile"));
      let data: Buffer;
      try {
        data = await readLocal(rel);
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        return error.status === 403
          ? refuse(res, 403, say(res, "outsideCopy"))
          : refuse(res, 404, say(res, "notFoundFile"));
      }
      // A strong ETag (the bytes' SHA-256), so clients such as `ciudata watch` re-download only what changed.
      const etag = `"${sha256(data)}"`;
      res.setHeader("etag", etag);
      const match = String(res.req?.headers["if-none-match"] ?? "").split(",");
      if (match.some((m) => m.trim() === etag || m.trim() === "*")) return void res.writeHead(304).end();
      return send(
        res,
        200,
        data,
        rel.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream",
      );
    }
    if (url.pathname === "/" || url.pathname === "")
      return send(res, 200, {
        title: snap.title,
        api: `${origin}/api/3/action/package_search`,
        dcat: `${origin}/data.json`,
      });
    return refuse(res, 404, say(res, "notFound"));
  }
  return lb;
}
