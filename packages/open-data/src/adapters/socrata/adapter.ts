import { z } from "zod";
import { PortalError } from "../../errors";
import type { ErrorInfo } from "../../http/client";
import { joinUrl, type QueryValue, withQuery } from "../../http/url";
import { arr, isObj, num, str } from "../../json";
import type { Row, Violation } from "../../model";
import { checkShape } from "../../validate/shape";
import type { Adapter, AdapterContext } from "../types";
import { socrataCatalogDataset, socrataViewDataset } from "./normalise";

const MAX_PAGE = 50_000;

/** Socrata error bodies: `{message, error: true}` or `{code, error: true, message}`. @internal */
export function interpretSocrata(status: number, data: unknown): ErrorInfo | null {
  if (status < 400 && !(isObj(data) && data.error === true)) return null;
  if (!isObj(data)) return {};
  const code = str(data.code) ?? str(data.errorCode);
  const message = str(data.message) ?? (isObj(data.data) ? str(data.data.message) : null) ?? str(data.error);
  const kind = code && /query|soql|malformed|invalid/i.test(code) && status < 500 ? "bad_query" : undefined;
  return { ...(kind ? { kind } : {}), code, serverMessage: message };
}

const CatalogSchema = z.looseObject({
  results: z.array(z.looseObject({ resource: z.looseObject({ id: z.string() }) })),
  resultSetSize: z.number(),
});

/** Quotes a SoQL string literal. @internal */
export function soqlString(value: string | number | boolean): string {
  return typeof value === "string" ? `'${value.replace(/'/g, "''")}'` : String(value);
}

/** The domain root of a Socrata URL (paths such as `/resource/…` or `/api/…` dropped). @internal */
export function socrataBase(url: string): string {
  const u = new URL(url);
  u.pathname = u.pathname.replace(/\/(resource|api|d|dataset)(\/.*)?$/, "").replace(/\/+$/, "");
  u.search = "";
  u.hash = "";
  return u.href.replace(/\/+$/, "");
}

/** The Socrata SODA + Discovery API adapter. @internal */
export function socrataAdapter(ctx: AdapterContext): Adapter {
  const base = socrataBase(ctx.base);
  const auth = (query: Record<string, QueryValue>) =>
    ctx.token && ctx.http.browser ? { ...query, $$app_token: ctx.token } : query;
  const headers = ctx.token && !ctx.http.browser ? { "x-app-token": ctx.token } : undefined;
  const get = async (path: string, query: Record<string, QueryValue>, signal?: AbortSignal) => {
    const url = withQuery(joinUrl(base, path), auth(query));
    const { data } = await ctx.http.json({
      url,
      signal,
      interpret: interpretSocrata,
      // The app token is a credential: dropped if a redirect leaves the origin (see http/redirect).
      ...(headers ? { headers, secretHeaders: ["x-app-token"] } : {}),
    });
    return { url, data };
  };
  const raiser =
    (url: URL) =>
    (violations: Violation[]): never => {
      throw new PortalError({
        kind: "invalid_response",
        method: "GET",
        url,
        status: 200,
        serverMessage: violations.map((v) => `${v.path}: ${v.message}`).join("; "),
      });
    };

  const adapter: Adapter = {
    platform: "socrata",
    maxRowsPage: MAX_PAGE,
    async search(query) {
      const limit = Math.min(query.limit ?? 100, 10_000);
      const offset = query.offset ?? 0;
      const { url, data } = await get(
        "api/catalog/v1",
        {
          domains: query.organization ?? new URL(base).hostname,
          ...(query.q ? { q: query.q } : {}),
          ...(query.tag ? { tags: query.tag } : {}),
          ...(query.sort ? { order: query.sort } : {}),
          limit,
          offset,
        },
        query.signal,
      );
      const violations = checkShape(CatalogSchema, data, ctx.validation, raiser(url));
      const d = isObj(data) ? data : {};
      const datasets = arr(d.results).map((r) => socrataCatalogDataset(r, base));
      const total = num(d.resultSetSize);
      const hasMore =
        datasets.length > 0 && (total === null ? datasets.length >= limit : offset + datasets.length < total);
      return { total, offset, datasets, hasMore, violations };
    },
    async dataset(id, signal) {
      const { data } = await get(`api/views/${encodeURIComponent(id)}.json`, {}, signal);
      return socrataViewDataset(data, base);
    },
    async resource(id, signal) {
      const d = await adapter.dataset(id, signal);
      const r = d.resources[0];
      if (!r)
        throw new PortalError({
          kind: "not_found",
          method: "GET",
          url: joinUrl(base, `api/views/${id}.json`),
        });
      return r;
    },
    async organizations() {
      const host = new URL(base).hostname;
      return [{ id: host, name: host, title: host, description: null, datasets: null, raw: null }];
    },
    async rows(resourceId, query) {
      const limit = Math.min(query.limit ?? 1000, MAX_PAGE);
      const offset = query.offset ?? 0;
      const where = [
        ...(query.where ? [`(${query.where})`] : []),
        ...Object.entries(query.filters ?? {}).map(([k, v]) =>
          Array.isArray(v)
            ? `${k} in (${v.map(soqlString).join(", ")})`
            : `${k} = ${soqlString(v as string | number | boolean)}`,
        ),
      ];
      const { url, data } = await get(
        `resource/${encodeURIComponent(resourceId)}.json`,
        {
          ...(query.fields ? { $select: query.fields.join(", ") } : {}),
          ...(where.length ? { $where: where.join(" AND ") } : {}),
          ...(query.q ? { $q: query.q } : {}),
          // Rows come unordered unless asked: without `$order` paging repeats and skips rows.
          $order: query.sort ?? ":id",
          $limit: limit,
          $offset: offset,
        },
        query.signal,
      );
      const violations = checkShape(
        z.array(z.record(z.string(), z.unknown())),
        data,
        ctx.validation,
        raiser(url),
      );
      const records = arr(data).filter(isObj) as Row[];
      const names = new Set<string>();
      for (const r of records.slice(0, 100)) for (const k of Object.keys(r)) names.add(k);
      return {
        total: null,
        offset,
        fields: [...names].map((name) => ({ name, type: null, title: null, description: null })),
        records,
        hasMore: records.length >= limit && records.length > 0,
        violations,
      };
    },
    downloadUrl(resource) {
      return new URL(
        resource.url ?? joinUrl(base, `api/views/${encodeURIComponent(resource.id)}/rows.csv`).href,
      );
    },
  };
  return adapter;
}
