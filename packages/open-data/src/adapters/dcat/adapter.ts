import { foldText } from "@ciudata/core";
import { PortalError } from "../../errors";
import { joinUrl } from "../../http/url";
import type { Dataset, Organization, Resource } from "../../model";
import type { Adapter, AdapterContext } from "../types";
import { type DcatCatalog, parseDcatCatalog } from "./parse";

/**
 * The data.json URL of a portal: the URL itself when it names a `.json`, else `<base>/data.json`.
 *
 * @example
 * ```ts
 * dcatUrl("https://datos.gob.ar"); //=> URL "https://datos.gob.ar/data.json"
 * ```
 */
export function dcatUrl(base: string): URL {
  const u = new URL(base);
  if (/\.json$/i.test(u.pathname) || /\/api\/feed\//.test(u.pathname)) return u;
  return joinUrl(base, "data.json");
}

/** The DCAT data.json adapter: the catalog is read once and searched in memory. @internal */
export function dcatAdapter(
  ctx: AdapterContext,
): Adapter & { catalog(signal?: AbortSignal): Promise<DcatCatalog> } {
  const url = dcatUrl(ctx.base);
  let loading: Promise<DcatCatalog> | null = null;
  const catalog = (signal?: AbortSignal) => {
    if (!loading) {
      loading = ctx.http.json({ url, signal }).then(({ data }) => {
        const cat = parseDcatCatalog(data);
        if (ctx.validation === "strict" && cat.violations.length)
          throw new PortalError({
            kind: "invalid_response",
            method: "GET",
            url,
            status: 200,
            serverMessage: cat.violations
              .slice(0, 5)
              .map((v) => `${v.path}: ${v.message}`)
              .join("; "),
          });
        return cat;
      });
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };
  const notFound = (what: string): never => {
    throw new PortalError({
      kind: "not_found",
      method: "GET",
      url,
      status: null,
      serverMessage: `${what} not in the catalog`,
    });
  };
  const all = async (signal?: AbortSignal) => (await catalog(signal)).datasets;
  return {
    platform: "dcat",
    maxRowsPage: 0,
    catalog,
    async search(query) {
      const cat = await catalog(query.signal);
      const q = query.q ? foldText(query.q) : null;
      const matches = cat.datasets.filter((d: Dataset) => {
        if (q && !foldText(`${d.title ?? ""} ${d.description ?? ""} ${d.tags.join(" ")}`).includes(q))
          return false;
        if (query.organization && foldText(d.publisher?.name ?? "") !== foldText(query.organization))
          return false;
        if (query.tag && !d.tags.some((t) => foldText(t) === foldText(query.tag ?? ""))) return false;
        return true;
      });
      const offset = query.offset ?? 0;
      const datasets = matches.slice(offset, offset + (query.limit ?? 100));
      return {
        total: matches.length,
        offset,
        datasets,
        hasMore: offset + datasets.length < matches.length && datasets.length > 0,
        violations: cat.violations,
      };
    },
    async dataset(id, signal) {
      return (
        (await all(signal)).find((d) => d.id === id || d.name === id || d.title === id) ??
        notFound(`dataset ${id}`)
      );
    },
    async resource(id, signal) {
      for (const d of await all(signal)) for (const r of d.resources) if (r.id === id) return r;
      return notFound(`resource ${id}`);
    },
    async organizations(signal) {
      const seen = new Map<string, Organization>();
      for (const d of await all(signal)) {
        const name = d.publisher?.name;
        if (!name) continue;
        const o = seen.get(name) ?? {
          id: name,
          name,
          title: name,
          description: null,
          datasets: 0,
          raw: d.publisher,
        };
        o.datasets = (o.datasets ?? 0) + 1;
        seen.set(name, o);
      }
      return [...seen.values()];
    },
    async rows() {
      throw new PortalError({
        kind: "unsupported",
        method: "GET",
        url,
        serverMessage: "rows()",
      });
    },
    downloadUrl(resource: Resource) {
      if (!resource.url)
        throw new PortalError({
          kind: "not_found",
          method: "GET",
          url,
          serverMessage: `resource ${resource.id} has no URL`,
        });
      return new URL(resource.url, url);
    },
  };
}
