import { z } from "zod";
import { PortalError } from "../../errors";
import type { ErrorInfo } from "../../http/client";
import { joinUrl, type QueryValue, withQuery } from "../../http/url";
import { arr, isObj, num, str } from "../../json";
import { textLines } from "../../lines";
import type { Row, RowsQuery, Violation } from "../../model";
import { checkShape } from "../../validate/shape";
import type { Adapter, AdapterContext } from "../types";
import { odsDataset } from "./normalise";

const MAX_PAGE = 100;
const MAX_WINDOW = 10_000;

/** OpenDataSoft errors: 400 `{message, error_code}`, 429 `{errorcode, reset_time, error}`. @internal */
export function interpretOds(status: number, data: unknown): ErrorInfo | null {
  if (status < 400) return null;
  if (!isObj(data)) return {};
  const code = str(data.error_code) ?? str(data.errorcode);
  const resetTime = str(data.reset_time);
  const at = resetTime ? Date.parse(resetTime) : Number.NaN;
  const wait = Number.isNaN(at) ? null : at - Date.now();
  const quota = status === 429 || data.errorcode === 10002;
  return {
    ...(quota
      ? { kind: "rate_limited" as const }
      : code === "ODSQLError"
        ? { kind: "bad_query" as const }
        : {}),
    code,
    resetTime,
    retryAfterMs: wait !== null && wait > 0 ? wait : null,
    serverMessage: str(data.message) ?? str(data.error),
  };
}

/** The Explore v2.1 API root of a portal URL. @internal */
export function odsApi(base: string): string {
  const u = new URL(base);
  const at = u.pathname.indexOf("/api/explore/");
  u.pathname =
    at === -1
      ? `${u.pathname.replace(/\/+$/, "")}/api/explore/v2.1`
      : `${u.pathname.slice(0, at)}/api/explore/v2.1`;
  u.search = "";
  return u.href.replace(/\/+$/, "");
}

const quote = (v: string | number | boolean) =>
  typeof v === "string" ? `"${v.replace(/"/g, '\\"')}"` : String(v);

/** ODSQL `where` from a rows query. @internal */
export function odsWhere(query: RowsQuery): string | undefined {
  const parts = [
    ...(query.where ? [`(${query.where})`] : []),
    ...(query.q ? [quote(query.q)] : []),
    ...Object.entries(query.filters ?? {}).map(([k, v]) =>
      Array.isArray(v)
        ? `${k} in (${v.map(quote).join(", ")})`
        : `${k} = ${quote(v as string | number | boolean)}`,
    ),
  ];
  return parts.length ? parts.join(" AND ") : undefined;
}

/** The OpenDataSoft Explore v2.1 adapter. @internal */
export function odsAdapter(
  ctx: AdapterContext,
): Adapter & { record(datasetId: string, recordId: string, signal?: AbortSignal): Promise<Row> } {
  const api = odsApi(ctx.base);
  const auth = (q: Record<string, QueryValue>) =>
    ctx.token && ctx.http.browser ? { ...q, apikey: ctx.token } : q;
  const headers = ctx.token && !ctx.http.browser ? { authorization: `Apikey ${ctx.token}` } : undefined;
  const url = (path: string, q: Record<string, QueryValue> = {}) => withQuery(joinUrl(api, path), auth(q));
  const get = async (u: URL, signal?: AbortSignal) =>
    (
      await ctx.http.json({
        url: u,
        signal,
        interpret: interpretOds,
        ...(headers ? { headers, secretHeaders: ["authorization"] } : {}),
      })
    ).data;
  const raiser =
    (u: URL) =>
    (violations: Violation[]): never => {
      throw new PortalError({
        kind: "invalid_response",
        method: "GET",
        url: u,
        status: 200,
        serverMessage: violations.map((v) => `${v.path}: ${v.message}`).join("; "),
      });
    };
  const PageSchema = z.looseObject({ total_count: z.number(), results: z.array(z.unknown()) });
  const ds = (id: string) => `catalog/datasets/${encodeURIComponent(id)}`;

  const rows = async (id: string, query: RowsQuery) => {
    const limit = Math.min(query.limit ?? MAX_PAGE, MAX_PAGE);
    const offset = query.offset ?? 0;
    const where = odsWhere(query);
    const u = url(`${ds(id)}/records`, {
      limit,
      offset,
      ...(where ? { where } : {}),
      ...(query.fields ? { select: query.fields.join(",") } : {}),
      ...(query.sort ? { order_by: query.sort } : {}),
    });
    const data = await get(u, query.signal);
    const violations = checkShape(PageSchema, data, ctx.validation, raiser(u));
    const d = isObj(data) ? data : {};
    const records = arr(d.results).filter(isObj) as Row[];
    const total = num(d.total_count);
    const names = new Set<string>();
    for (const r of records) for (const k of Object.keys(r)) names.add(k);
    const hasMore =
      records.length > 0 && (total === null ? records.length >= limit : offset + records.length < total);
    return {
      total,
      offset,
      fields: [...names].map((name) => ({ name, type: null, title: null, description: null })),
      records,
      hasMore,
      violations,
    };
  };

  return {
    platform: "opendatasoft",
    maxRowsPage: MAX_PAGE,
    async search(query) {
      const limit = Math.min(query.limit ?? MAX_PAGE, MAX_PAGE);
      const offset = query.offset ?? 0;
      const where = [query.q ? quote(query.q) : null, query.filter ?? null].filter((x): x is string => !!x);
      const refine = [
        ...(query.organization ? [`publisher:${query.organization}`] : []),
        ...(query.tag ? [`keyword:${query.tag}`] : []),
      ];
      const u = url("catalog/datasets", {
        limit,
        offset,
        ...(where.length ? { where: where.join(" AND ") } : {}),
        ...(query.sort ? { order_by: query.sort } : {}),
      });
      for (const r of refine) u.searchParams.append("refine", r);
      const data = await get(u, query.signal);
      const violations = checkShape(PageSchema, data, ctx.validation, raiser(u));
      const d = isObj(data) ? data : {};
      const datasets = arr(d.results).map((r) => odsDataset(r, api));
      const total = num(d.total_count);
      const hasMore =
        datasets.length > 0 && (total === null ? datasets.length >= limit : offset + datasets.length < total);
      return { total, offset, datasets, hasMore, violations };
    },
    async dataset(id, signal) {
      return odsDataset(await get(url(ds(id)), signal), api);
    },
    async resource(id, signal) {
      const r = odsDataset(await get(url(ds(id)), signal), api).resources[0];
      if (!r) throw new PortalError({ kind: "not_found", method: "GET", url: url(ds(id)) });
      return r;
    },
    async organizations(signal) {
      const data = await get(url("catalog/facets", { facet: "publisher" }), signal);
      const facets = isObj(data) ? arr(data.facets) : [];
      const pub = facets.find((f) => isObj(f) && f.name === "publisher");
      return arr(isObj(pub) ? pub.facets : []).flatMap((f) => {
        if (!isObj(f)) return [];
        const name = str(f.value) ?? str(f.name);
        return name
          ? [{ id: name, name, title: str(f.name), description: null, datasets: num(f.count), raw: f }]
          : [];
      });
    },
    rows,
    async *iterRows(id, query) {
      const first = await rows(id, { ...query, limit: MAX_PAGE });
      const start = query.offset ?? 0;
      let offset = start;
      if (first.total === null || first.total <= MAX_WINDOW) {
        yield* first.records;
        offset += first.records.length;
        let more = first.hasMore;
        while (more && offset + MAX_PAGE <= MAX_WINDOW) {
          const page = await rows(id, { ...query, offset, limit: MAX_PAGE });
          yield* page.records;
          offset += page.records.length;
          more = page.hasMore && page.records.length > 0;
        }
        if (!more) return;
      }
      // Past 10 000 records the records API refuses: read the JSON Lines export instead.
      const where = odsWhere(query);
      const u = url(`${ds(id)}/exports/jsonl`, {
        ...(where ? { where } : {}),
        ...(query.fields ? { select: query.fields.join(",") } : {}),
        ...(query.sort ? { order_by: query.sort } : {}),
      });
      const res = await ctx.http.stream({
        url: u,
        signal: query.signal,
        ...(headers ? { headers, secretHeaders: ["authorization"] } : {}),
      });
      let skip = offset;
      for await (const line of textLines(res.body)) {
        if (skip-- > 0) continue;
        const row = JSON.parse(line) as unknown;
        if (isObj(row)) yield row;
      }
    },
    async record(datasetId, recordId, signal) {
      const data = await get(url(`${ds(datasetId)}/records/${encodeURIComponent(recordId)}`), signal);
      return isObj(data) ? data : {};
    },
    downloadUrl(resource, format) {
      return url(`${ds(resource.datasetId ?? resource.id)}/exports/${format ?? "csv"}`);
    },
  };
}
