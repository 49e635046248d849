import { PortalError } from "../../errors";
import { kindForStatus } from "../../http/classify";
import type { ErrorInfo } from "../../http/client";
import { type QueryValue, withQuery } from "../../http/url";
import { arr, isObj, num, type Obj, str } from "../../json";
import type { Column, Dataset, Resource, Row } from "../../model";
import { mapConcurrent } from "../../paging";
import type { Adapter, AdapterContext } from "../types";

/** ArcGIS answers errors with HTTP 200 and `{error: {code, message, details}}`. @internal */
export function interpretArcgis(status: number, data: unknown): ErrorInfo | null {
  const error = isObj(data) && isObj(data.error) ? data.error : null;
  if (!error) return status >= 400 ? {} : null;
  const code = num(error.code);
  const details = arr(error.details).map(String).join("; ");
  return {
    kind: kindForStatus(code ?? Math.max(status, 400)),
    code: code === null ? null : String(code),
    serverMessage: [str(error.message), details].filter(Boolean).join(" — ") || null,
  };
}

/**
 * Splits an ArcGIS REST URL into the services root and the path below it.
 *
 * @example
 * ```ts
 * arcgisRoot("https://webgis.ciudaddemendoza.gob.ar/server/rest/services/Barrios/FeatureServer/0");
 * //=> { root: "https://webgis.ciudaddemendoza.gob.ar/server/rest/services", path: "Barrios/FeatureServer/0" }
 * ```
 */
export function arcgisRoot(url: string): { root: string; path: string } {
  const u = new URL(url);
  u.search = "";
  const p = u.pathname.replace(/\/+$/, "");
  const at = p.search(/\/rest\/services(\/|$)/i);
  if (at !== -1) {
    const end = at + "/rest/services".length;
    return { root: u.origin + p.slice(0, end), path: p.slice(end).replace(/^\//, "") };
  }
  const m = /^(.*?)\/([^/]+\/(?:FeatureServer|MapServer)(?:\/\d+)?)$/i.exec(p);
  if (m) return { root: u.origin + (m[1] ?? ""), path: m[2] ?? "" };
  return { root: u.origin + p, path: "" };
}

const SERVICE = /^(.*\/)?[^/]+\/(FeatureServer|MapServer)$/i;
const LAYER = /\/(FeatureServer|MapServer)\/\d+$/i;

/** The ArcGIS REST (FeatureServer / MapServer) adapter: services are datasets, layers are resources. @internal */
export function arcgisAdapter(ctx: AdapterContext): Adapter {
  const { root, path } = arcgisRoot(ctx.base);
  const at = (p: string, q: Record<string, QueryValue> = {}) =>
    withQuery(`${root}/${p}`.replace(/\/+$/, ""), {
      f: "json",
      ...(ctx.token ? { token: ctx.token } : {}),
      ...q,
    });
  const get = async (p: string, q: Record<string, QueryValue> = {}, signal?: AbortSignal): Promise<Obj> => {
    const { data } = await ctx.http.json({ url: at(p, q), signal, interpret: interpretArcgis });
    return isObj(data) ? data : {};
  };

  const layerResource = (service: string, layer: Obj, info: Obj | null): Resource => {
    const id = `${service}/${num(layer.id) ?? 0}`;
    const fields: Column[] = arr(info?.fields).flatMap((f) =>
      isObj(f) && str(f.name)
        ? [{ name: String(f.name), type: str(f.type), title: str(f.alias), description: null }]
        : [],
    );
    return {
      id,
      datasetId: service,
      name: str(layer.name) ?? id,
      description: str(info?.description),
      format: "Esri REST",
      mediaType: "application/json",
      url: `${root}/${id}`,
      size: null,
      modified: null,
      queryable: true,
      columns: fields.length ? fields : null,
      raw: info ?? layer,
    };
  };

  const serviceDataset = (service: string, info: Obj): Dataset => ({
    platform: "arcgis",
    id: service,
    name: service,
    title:
      str(info.documentInfo && isObj(info.documentInfo) ? info.documentInfo.Title : null) ??
      service.replace(/\/(FeatureServer|MapServer)$/i, ""),
    description: str(info.serviceDescription) ?? str(info.description),
    publisher: null,
    organization: null,
    tags: [],
    themes: [],
    license: str(info.copyrightText),
    modified: null,
    issued: null,
    accrualPeriodicity: null,
    landingPage: `${root}/${service}`,
    extras: { currentVersion: info.currentVersion ?? null, maxRecordCount: info.maxRecordCount ?? null },
    resources: [...arr(info.layers), ...arr(info.tables)]
      .filter(isObj)
      .map((l) => layerResource(service, l, null)),
    raw: info,
  });

  async function services(folder: string, depth: number, signal?: AbortSignal): Promise<string[]> {
    const info = await get(folder, {}, signal);
    const own = arr(info.services).flatMap((s) =>
      isObj(s) && str(s.name) && /^(FeatureServer|MapServer)$/.test(String(s.type))
        ? [`${s.name}/${s.type}`]
        : [],
    );
    if (depth <= 0) return own;
    const nested = await mapConcurrent(
      arr(info.folders).filter((f): f is string => typeof f === "string"),
      2,
      (f) => services(folder ? `${folder}/${f}` : f, depth - 1, signal),
    );
    return [...own, ...nested.flat()];
  }

  const adapter: Adapter = {
    platform: "arcgis",
    maxRowsPage: 2000,
    async search(query) {
      const service = path.replace(/\/\d+$/, "");
      const names = SERVICE.test(service) ? [service] : await services(path, 1, query.signal);
      const q = query.q?.toLowerCase();
      const matches = q ? names.filter((n) => n.toLowerCase().includes(q)) : names;
      const offset = query.offset ?? 0;
      const slice = matches.slice(offset, offset + (query.limit ?? 100));
      const datasets = await mapConcurrent(slice, 4, (n) => adapter.dataset(n, query.signal));
      return {
        total: matches.length,
        offset,
        datasets,
        hasMore: offset + slice.length < matches.length && slice.length > 0,
        violations: [],
      };
    },
    async dataset(id, signal) {
      return serviceDataset(id, await get(id, {}, signal));
    },
    async resource(id, signal) {
      if (!LAYER.test(id))
        throw new PortalError({
          kind: "not_found",
          method: "GET",
          url: at(id),
          serverMessage: "a layer id ends in /FeatureServer/<n>",
        });
      const info = await get(id, {}, signal);
      return layerResource(
        id.replace(/\/\d+$/, ""),
        { id: Number(id.split("/").pop()), name: info.name },
        info,
      );
    },
    async organizations() {
      return [];
    },
    async rows(resourceId, query) {
      const offset = query.offset ?? 0;
      const limit = Math.min(query.limit ?? 1000, 2000);
      const where = [
        ...(query.where ? [`(${query.where})`] : []),
        ...Object.entries(query.filters ?? {}).map(([k, v]) =>
          Array.isArray(v)
            ? `${k} IN (${v.map(sql).join(", ")})`
            : `${k} = ${sql(v as string | number | boolean)}`,
        ),
      ];
      const data = await get(
        `${resourceId}/query`,
        {
          where: where.length ? where.join(" AND ") : "1=1",
          outFields: query.fields ? query.fields.join(",") : "*",
          returnGeometry: false,
          resultOffset: offset,
          resultRecordCount: limit,
          ...(query.sort ? { orderByFields: query.sort } : {}),
        },
        query.signal,
      );
      const records = arr(data.features).map(
        (f): Row => (isObj(f) && isObj(f.attributes) ? f.attributes : {}),
      );
      const fields: Column[] = arr(data.fields).flatMap((f) =>
        isObj(f) && str(f.name)
          ? [{ name: String(f.name), type: str(f.type), title: str(f.alias), description: null }]
          : [],
      );
      // Keep paging while the server says it cut the answer short.
      return {
        total: null,
        offset,
        fields,
        records,
        hasMore: data.exceededTransferLimit === true && records.length > 0,
        violations: [],
      };
    },
    downloadUrl(resource) {
      return at(`${resource.id}/query`, { where: "1=1", outFields: "*", f: "geojson" });
    },
  };
  return adapter;
}

function sql(v: string | number | boolean): string {
  return typeof v === "string" ? `'${v.replace(/'/g, "''")}'` : String(v);
}
