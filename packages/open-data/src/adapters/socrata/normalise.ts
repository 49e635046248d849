import { arr, isObj, names, type Obj, str } from "../../json";
import type { Column, Dataset, Resource } from "../../model";

function columns(fieldNames: unknown, types: unknown, descriptions: unknown, titles: unknown): Column[] {
  const t = arr(types);
  const d = arr(descriptions);
  const n = arr(titles);
  return arr(fieldNames).flatMap((name, i) =>
    typeof name === "string" ? [{ name, type: str(t[i]), title: str(n[i]), description: str(d[i]) }] : [],
  );
}

function datasetResource(
  base: string,
  id: string,
  cols: Column[],
  queryable: boolean,
  raw: unknown,
  modified: string | null,
): Resource {
  return {
    id,
    datasetId: id,
    name: id,
    description: null,
    format: "CSV",
    mediaType: "text/csv",
    url: new URL(`api/views/${encodeURIComponent(id)}/rows.csv?accessType=DOWNLOAD`, `${base}/`).href,
    size: null,
    modified,
    queryable,
    columns: cols,
    raw,
  };
}

const epoch = (v: unknown): string | null =>
  typeof v === "number" ? new Date(v * 1000).toISOString() : str(v);

/**
 * A Discovery API result (`/api/catalog/v1`) as a {@link Dataset}.
 *
 * @example
 * ```ts
 * socrataCatalogDataset({ resource: { id: "abcd-1234", name: "Obras" } }, "https://www.datos.gov.co").title; //=> "Obras"
 * ```
 */
export function socrataCatalogDataset(raw: unknown, base: string): Dataset {
  const o: Obj = isObj(raw) ? raw : {};
  const r: Obj = isObj(o.resource) ? o.resource : {};
  const c: Obj = isObj(o.classification) ? o.classification : {};
  const m: Obj = isObj(o.metadata) ? o.metadata : {};
  const id = str(r.id) ?? "";
  const modified = str(r.updatedAt) ?? str(r.data_updated_at);
  const cols = columns(r.columns_field_name, r.columns_datatype, r.columns_description, r.columns_name);
  const domain = str(m.domain);
  return {
    platform: "socrata",
    id,
    name: id,
    title: str(r.name),
    description: str(r.description),
    publisher: str(r.attribution) ? { name: String(r.attribution), email: null } : null,
    organization: domain ? { id: domain, name: domain, title: domain } : null,
    tags: [...new Set([...names(c.domain_tags), ...names(c.tags)])],
    themes: [
      ...new Set([...(str(c.domain_category) ? [String(c.domain_category)] : []), ...names(c.categories)]),
    ],
    license: str(m.license),
    modified,
    issued: str(r.createdAt),
    accrualPeriodicity: null,
    landingPage: str(o.permalink) ?? str(o.link),
    extras: { type: r.type, domain },
    resources: id
      ? [datasetResource(base, id, cols, r.type === "dataset" || r.type === undefined, raw, modified)]
      : [],
    raw,
  };
}

/**
 * A view's metadata (`/api/views/{id}.json`) as a {@link Dataset}.
 *
 * @example
 * ```ts
 * socrataViewDataset({ id: "songs", columns: [] }, "https://data.example.gov").resources[0]?.columns; //=> []
 * ```
 */
export function socrataViewDataset(raw: unknown, base: string): Dataset {
  const v: Obj = isObj(raw) ? raw : {};
  const id = str(v.id) ?? "";
  const cols: Column[] = arr(v.columns).flatMap((c) => {
    if (!isObj(c)) return [];
    const name = str(c.fieldName) ?? str(c.name);
    return name
      ? [{ name, type: str(c.dataTypeName), title: str(c.name), description: str(c.description) }]
      : [];
  });
  const modified = epoch(v.rowsUpdatedAt) ?? epoch(v.viewLastModified);
  const owner = isObj(v.owner) ? str(v.owner.displayName) : null;
  const attribution = str(v.attribution) ?? owner;
  const license = isObj(v.license) ? str(v.license.name) : str(v.licenseId);
  return {
    platform: "socrata",
    id,
    name: id,
    title: str(v.name),
    description: str(v.description),
    publisher: attribution ? { name: attribution, email: null } : null,
    organization: null,
    tags: names(v.tags),
    themes: str(v.category) ? [String(v.category)] : [],
    license,
    modified,
    issued: epoch(v.publicationDate) ?? epoch(v.createdAt),
    accrualPeriodicity: null,
    landingPage: new URL(`d/${encodeURIComponent(id)}`, `${base}/`).href,
    extras: { displayType: v.displayType, category: v.category },
    resources: id ? [datasetResource(base, id, cols, v.displayType !== "href", raw, modified)] : [],
    raw,
  };
}
