import { z } from "zod";
import { PortalError } from "../../errors";
import { createHttp } from "../../http/client";
import type { HttpOptions } from "../../http/options";
import { joinUrl, type QueryValue, withQuery } from "../../http/url";
import { arr, isObj, num, type Obj, str } from "../../json";
import type { Column, Row, Violation } from "../../model";
import { checkShape, type ValidationMode } from "../../validate/shape";
import type { AdapterContext } from "../types";
import { EnvelopeSchema, interpretCkan } from "./envelope";

/** Options of one Action API call. */
export interface ActionOptions {
  /** `GET` (default; query string) or `POST` (JSON body). Browsers always use GET. */
  method?: "GET" | "POST";
  signal?: AbortSignal | undefined;
}

/** An action's result plus the shape violations found in lenient mode. */
export interface ActionResult<T = unknown> {
  result: T;
  violations: Violation[];
}

/** What `datastore_search` takes (CKAN names). */
export interface DatastoreSearchParams {
  resource_id: string;
  filters?: Readonly<Record<string, unknown>>;
  q?: string | Readonly<Record<string, string>>;
  fields?: readonly string[];
  sort?: string;
  limit?: number;
  offset?: number;
  distinct?: boolean;
  include_total?: boolean;
}

/** A `datastore_search` page, records as objects even when the server sent lists. */
export interface DatastoreResult {
  fields: Column[];
  records: Row[];
  total: number | null;
  limit: number | null;
  offset: number;
  /** `_links.next` as sent (a relative hint only). */
  next: string | null;
  violations: Violation[];
}

const SearchSchema = z.looseObject({
  count: z.number(),
  results: z.array(z.looseObject({ id: z.string() })),
});
const PackageSchema = z.looseObject({ id: z.string(), name: z.string(), resources: z.array(z.unknown()) });
const DatastoreSchema = z.looseObject({
  fields: z.array(z.looseObject({ id: z.string() })),
  records: z.array(z.unknown()),
});

/** A low-level CKAN Action API v3 client (envelope, errors, DataStore). */
export interface CkanClient {
  /** The portal root (without `/api/3/action`). */
  readonly base: string;
  /** Calls any action and returns `result` (errors come as {@link PortalError}). */
  action<T = unknown>(
    name: string,
    params?: Readonly<Record<string, unknown>>,
    options?: ActionOptions,
  ): Promise<ActionResult<T>>;
  packageSearch(
    params?: Readonly<Record<string, unknown>>,
    options?: ActionOptions,
  ): Promise<ActionResult<{ count: number; results: unknown[] }>>;
  packageShow(id: string, options?: ActionOptions): Promise<ActionResult<Obj>>;
  packageList(options?: ActionOptions & { limit?: number; offset?: number }): Promise<string[]>;
  organizationList(options?: ActionOptions & { allFields?: boolean }): Promise<unknown[]>;
  resourceShow(id: string, options?: ActionOptions): Promise<ActionResult<Obj>>;
  datastoreSearch(params: DatastoreSearchParams, options?: ActionOptions): Promise<DatastoreResult>;
  datastoreSearchSql(sql: string, options?: ActionOptions): Promise<DatastoreResult>;
  /** The `/datastore/dump/{id}` URL that streams a whole DataStore table. */
  dumpUrl(resourceId: string, format?: "csv" | "tsv" | "json" | "xml"): URL;
}

/**
 * The portal root of a CKAN URL given with or without `/api/3/action`.
 *
 * @example
 * ```ts
 * ckanBase("https://datos.gob.ar/api/3/action/"); //=> "https://datos.gob.ar"
 * ```
 */
export function ckanBase(url: string): string {
  const u = new URL(url);
  u.pathname = u.pathname
    .replace(/\/+$/, "")
    .replace(/\/api(\/\d+)?(\/action)?(\/[^/]*)?$/, (m, _v, action, tail) => (action || !tail ? "" : m));
  u.search = "";
  u.hash = "";
  return u.href.replace(/\/+$/, "");
}

/**
 * Creates a CKAN Action API client. Reads `success` whatever the HTTP status, maps `__type` to a
 * {@link PortalError} kind, retries and times out like every ciudata request.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient("https://ckan.ciudaddemendoza.gov.ar", { timeout: 10_000 });
 * const { result } = await ckan.packageSearch({ q: "barrios", rows: 5 });
 * ```
 */
export function createCkanClient(
  url: string,
  options: HttpOptions & { validation?: ValidationMode; token?: string } = {},
): CkanClient {
  return ckanClientFrom({
    base: ckanBase(url),
    http: createHttp(options),
    validation: options.validation ?? "lenient",
    token: options.token,
  });
}

/** @internal */
export function ckanClientFrom(ctx: AdapterContext): CkanClient {
  const base = ckanBase(ctx.base);
  const actionUrl = (name: string) => joinUrl(base, `api/3/action/${name}`);

  async function call<T>(
    name: string,
    params: Readonly<Record<string, unknown>> = {},
    options: ActionOptions = {},
  ): Promise<ActionResult<T> & { raise: (violations: Violation[]) => never }> {
    const method = ctx.http.browser ? "GET" : (options.method ?? "GET");
    const url =
      method === "GET" ? withQuery(actionUrl(name), params as Record<string, QueryValue>) : actionUrl(name);
    const headers = ctx.token && !ctx.http.browser ? { authorization: ctx.token } : undefined;
    const { data } = await ctx.http.json({
      url,
      method,
      ...(method === "POST" ? { body: params } : {}),
      ...(headers ? { headers } : {}),
      signal: options.signal,
      interpret: interpretCkan,
    });
    const raise = (violations: Violation[]): never => {
      throw new PortalError({
        kind: "invalid_response",
        method,
        url,
        status: 200,
        serverMessage: violations.map((v) => `${v.path}: ${v.message}`).join("; "),
      });
    };
    const violations = checkShape(EnvelopeSchema, data, ctx.validation, raise);
    return { result: (data as { result: T }).result, violations, raise };
  }

  async function action<T>(
    name: string,
    params: Readonly<Record<string, unknown>> = {},
    options: ActionOptions = {},
  ): Promise<ActionResult<T>> {
    const { result, violations } = await call<T>(name, params, options);
    return { result, violations };
  }

  async function checked<T>(
    name: string,
    schema: z.ZodType,
    params: Readonly<Record<string, unknown>>,
    options: ActionOptions,
  ): Promise<ActionResult<T>> {
    const out = await call<T>(name, params, options);
    const more = checkShape(schema, out.result, ctx.validation, out.raise);
    return { result: out.result, violations: [...out.violations, ...prefix(more, "result")] };
  }

  function datastore(raw: unknown, offset: number, violations: Violation[]): DatastoreResult {
    const r: Obj = isObj(raw) ? raw : {};
    const fields: Column[] = arr(r.fields).flatMap((f) => {
      if (!isObj(f)) return [];
      const id = str(f.id);
      const info = isObj(f.info) ? f.info : {};
      return id === null
        ? []
        : [{ name: id, type: str(f.type), title: str(info.label), description: str(info.notes) }];
    });
    const records = arr(r.records).map((rec): Row => {
      if (!Array.isArray(rec)) return isObj(rec) ? rec : {};
      const row: Row = {};
      fields.forEach((f, i) => {
        row[f.name] = rec[i];
      });
      return row;
    });
    const links = isObj(r._links) ? r._links : {};
    return {
      fields,
      records,
      total: num(r.total),
      limit: num(r.limit),
      offset: num(r.offset) ?? offset,
      next: str(links.next),
      violations,
    };
  }

  return {
    base,
    action,
    packageSearch: (params = {}, options = {}) => checked("package_search", SearchSchema, params, options),
    packageShow: (id, options = {}) => checked("package_show", PackageSchema, { id }, options),
    async packageList(options = {}) {
      const params = {
        ...(options.limit ? { limit: options.limit } : {}),
        ...(options.offset ? { offset: options.offset } : {}),
      };
      const { result } = await action<unknown>("package_list", params, options);
      return arr(result).filter((x): x is string => typeof x === "string");
    },
    async organizationList(options = {}) {
      const { result } = await action<unknown>(
        "organization_list",
        options.allFields === false ? {} : { all_fields: true },
        options,
      );
      return arr(result);
    },
    resourceShow: (id, options = {}) =>
      checked("resource_show", z.looseObject({ id: z.string() }), { id }, options),
    async datastoreSearch(params, options = {}) {
      const query: Record<string, unknown> = { ...params };
      if (params.fields) query.fields = params.fields.join(",");
      const out = await checked<unknown>("datastore_search", DatastoreSchema, query, options);
      return datastore(out.result, params.offset ?? 0, out.violations);
    },
    async datastoreSearchSql(sql, options = {}) {
      const out = await checked<unknown>(
        "datastore_search_sql",
        z.looseObject({ records: z.array(z.unknown()) }),
        { sql },
        options,
      );
      return datastore(out.result, 0, out.violations);
    },
    dumpUrl: (resourceId, format = "csv") =>
      withQuery(joinUrl(base, `datastore/dump/${encodeURIComponent(resourceId)}`), { format }),
  };
}

function prefix(violations: Violation[], at: string): Violation[] {
  return violations.map((v) => ({ ...v, path: v.path ? `${at}.${v.path}` : at }));
}
