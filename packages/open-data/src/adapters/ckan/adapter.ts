import { arr } from "../../json";
import type { Resource, RowsQuery, SearchQuery } from "../../model";
import type { Adapter, AdapterContext } from "../types";
import { type CkanClient, ckanClientFrom } from "./client";
import { ckanDataset, ckanOrganization, ckanResource } from "./normalise";

const MAX_ROWS = 1000;
const MAX_DATASTORE = 32_000;

/** Builds CKAN `package_search` parameters from a portal query. @internal */
export function ckanSearchParams(query: SearchQuery): Record<string, unknown> {
  const fq: string[] = [];
  if (query.organization) fq.push(`organization:"${query.organization.replace(/"/g, '\\"')}"`);
  if (query.tag) fq.push(`tags:"${query.tag.replace(/"/g, '\\"')}"`);
  if (query.filter) fq.push(query.filter);
  return {
    ...(query.q ? { q: query.q } : {}),
    ...(fq.length ? { fq: fq.join(" AND ") } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
    rows: Math.min(query.limit ?? 100, MAX_ROWS),
    start: query.offset ?? 0,
  };
}

/** The CKAN / Andino adapter. @internal */
export function ckanAdapter(ctx: AdapterContext): Adapter & { ckan: CkanClient } {
  const ckan = ckanClientFrom(ctx);
  return {
    platform: "ckan",
    maxRowsPage: MAX_DATASTORE,
    ckan,
    async search(query) {
      const params = ckanSearchParams(query);
      const { result, violations } = await ckan.packageSearch(params, { signal: query.signal });
      const datasets = arr(result.results).map(ckanDataset);
      const offset = query.offset ?? 0;
      const total = typeof result.count === "number" ? result.count : null;
      const hasMore =
        total === null ? datasets.length >= (params.rows as number) : offset + datasets.length < total;
      return { total, offset, datasets, hasMore: hasMore && datasets.length > 0, violations };
    },
    async dataset(id, signal) {
      return ckanDataset((await ckan.packageShow(id, { signal })).result);
    },
    async resource(id, signal) {
      return ckanResource((await ckan.resourceShow(id, { signal })).result);
    },
    async organizations(signal) {
      return (await ckan.organizationList({ signal })).map(ckanOrganization);
    },
    async rows(resourceId, query: RowsQuery) {
      const offset = query.offset ?? 0;
      const limit = Math.min(query.limit ?? 100, MAX_DATASTORE);
      const page = await ckan.datastoreSearch(
        {
          resource_id: resourceId,
          ...(query.filters ? { filters: query.filters } : {}),
          ...(query.q ? { q: query.q } : {}),
          ...(query.fields ? { fields: query.fields } : {}),
          ...(query.sort ? { sort: query.sort } : {}),
          limit,
          offset,
        },
        { signal: query.signal },
      );
      // Page by offset ourselves: `_links` is a hint only (relative, sent even on the last page, gone in CKAN 2.13).
      const served = page.limit ?? limit;
      const hasMore =
        page.records.length > 0 &&
        (page.total !== null ? offset + page.records.length < page.total : page.records.length >= served);
      return {
        total: page.total,
        offset,
        fields: page.fields,
        records: page.records,
        hasMore,
        violations: page.violations,
      };
    },
    downloadUrl(resource: Resource, format?: string) {
      if (resource.queryable && (format || !resource.url)) {
        const f = (format ?? "csv").toLowerCase();
        return ckan.dumpUrl(resource.id, f === "tsv" || f === "json" || f === "xml" ? f : "csv");
      }
      if (!resource.url) return ckan.dumpUrl(resource.id);
      return new URL(resource.url, ckan.base);
    },
  };
}
