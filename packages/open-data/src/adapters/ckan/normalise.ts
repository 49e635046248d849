import { arr, decodeStringifiedJson, isObj, names, num, type Obj, str } from "../../json";
import type { Column, Dataset, Organization, Resource } from "../../model";

/**
 * CKAN `extras[]` as an object, JSON-encoded strings decoded (Andino keeps DCAT-AR fields that way).
 *
 * @example
 * ```ts
 * decodeCkanExtras([{ key: "superTheme", value: '["econ"]' }]); //=> { superTheme: ["econ"] }
 * ```
 */
export function decodeCkanExtras(extras: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of arr(extras)) {
    if (!isObj(item)) continue;
    const key = str(item.key);
    if (key !== null) out[key] = decodeStringifiedJson(item.value);
  }
  return out;
}

/**
 * A column dictionary from Andino's `attributesDescription` or DCAT-AR `field[]`.
 *
 * @example
 * ```ts
 * columnsFrom('[{"title":"id","type":"integer"}]'); //=> [{ name: "id", type: "integer", title: null, description: null }]
 * ```
 */
export function columnsFrom(value: unknown): Column[] | null {
  const list = decodeStringifiedJson(value);
  if (!Array.isArray(list)) return null;
  const out: Column[] = [];
  for (const f of list) {
    if (!isObj(f)) continue;
    const name = str(f.title) ?? str(f.name) ?? str(f.id);
    if (name === null) continue;
    out.push({ name, type: str(f.type), title: null, description: str(f.description) });
  }
  return out;
}

/**
 * A CKAN resource as a {@link Resource}.
 *
 * @example
 * ```ts
 * ckanResource({ id: "r1", format: "CSV", url: "https://x/a.csv", datastore_active: true }).queryable; //=> true
 * ```
 */
export function ckanResource(raw: unknown, datasetId: string | null = null): Resource {
  const r: Obj = isObj(raw) ? raw : {};
  return {
    id: str(r.id) ?? "",
    datasetId: str(r.package_id) ?? datasetId,
    name: str(r.name),
    description: str(r.description),
    format: str(r.format),
    mediaType: str(r.mimetype),
    url: str(r.url) ?? str(r.accessURL),
    size: num(decodeStringifiedJson(r.size)),
    modified: str(r.last_modified) ?? str(r.metadata_modified) ?? str(r.created),
    queryable: r.datastore_active === true || r.datastore_active === "true",
    columns: columnsFrom(r.attributesDescription),
    raw,
  };
}

/**
 * A CKAN package (Andino extras decoded) as a {@link Dataset}.
 *
 * @example
 * ```ts
 * const d = ckanDataset({ id: "1", name: "barrios", title: "Barrios", resources: [] });
 * d.title; //=> "Barrios"
 * ```
 */
export function ckanDataset(raw: unknown): Dataset {
  const p: Obj = isObj(raw) ? raw : {};
  const id = str(p.id) ?? str(p.name) ?? "";
  const extras = decodeCkanExtras(p.extras);
  const org = isObj(p.organization) ? p.organization : null;
  const orgName = org ? (str(org.name) ?? str(org.id)) : null;
  const publisherName = str(p.author) ?? str(p.maintainer) ?? (org ? str(org.title) : null);
  const themes = unique([
    ...names(p.groups, ["name", "id"]),
    ...names(extras.superTheme),
    ...names(extras.theme),
  ]);
  return {
    platform: "ckan",
    id,
    name: str(p.name),
    title: str(p.title),
    description: str(p.notes),
    publisher: publisherName
      ? { name: publisherName, email: str(p.author_email) ?? str(p.maintainer_email) }
      : null,
    organization: org && orgName ? { id: str(org.id), name: orgName, title: str(org.title) } : null,
    tags: names(p.tags, ["name", "display_name"]),
    themes,
    license: str(p.license_title) ?? str(p.license_id),
    modified: str(extras.modified) ?? str(p.metadata_modified),
    issued: str(extras.issued) ?? str(p.metadata_created),
    accrualPeriodicity: str(extras.accrualPeriodicity) ?? str(p.frequency),
    landingPage: str(p.url),
    extras,
    resources: arr(p.resources).map((r) => ckanResource(r, id)),
    raw,
  };
}

/**
 * A CKAN organization (or just its name, from `organization_list` without `all_fields`).
 *
 * @example
 * ```ts
 * ckanOrganization("secretaria-de-ambiente").name; //=> "secretaria-de-ambiente"
 * ```
 */
export function ckanOrganization(raw: unknown): Organization {
  if (typeof raw === "string")
    return { id: raw, name: raw, title: null, description: null, datasets: null, raw };
  const o: Obj = isObj(raw) ? raw : {};
  const name = str(o.name) ?? str(o.id) ?? "";
  return {
    id: str(o.id) ?? name,
    name,
    title: str(o.title) ?? str(o.display_name),
    description: str(o.description),
    datasets: num(o.package_count),
    raw,
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
