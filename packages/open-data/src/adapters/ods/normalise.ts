import { arr, isObj, names, num, type Obj, str } from "../../json";
import type { Column, Dataset } from "../../model";

/**
 * The field list of an Explore v2.1 dataset as columns.
 *
 * @example
 * ```ts
 * odsColumns([{ name: "geoname_id", type: "text", label: "Geoname ID" }])[0]?.title; //=> "Geoname ID"
 * ```
 */
export function odsColumns(fields: unknown): Column[] {
  return arr(fields).flatMap((f) => {
    if (!isObj(f)) return [];
    const name = str(f.name);
    return name ? [{ name, type: str(f.type), title: str(f.label), description: str(f.description) }] : [];
  });
}

/**
 * An Explore v2.1 dataset (`/catalog/datasets/{id}`) as a {@link Dataset}.
 *
 * @example
 * ```ts
 * odsDataset({ dataset_id: "barrios", metas: { default: { title: "Barrios" } } }, "https://x/api/explore/v2.1").title; //=> "Barrios"
 * ```
 */
export function odsDataset(raw: unknown, api: string): Dataset {
  const d: Obj = isObj(raw) ? raw : {};
  const metas: Obj = isObj(d.metas) ? d.metas : {};
  const m: Obj = isObj(metas.default) ? metas.default : {};
  const id = str(d.dataset_id) ?? str(d.dataset_uid) ?? "";
  const publisher = str(m.publisher);
  const modified = str(m.modified) ?? str(m.data_processed);
  const exportUrl = new URL(`${api}/catalog/datasets/${encodeURIComponent(id)}/exports/csv`);
  return {
    platform: "opendatasoft",
    id,
    name: id,
    title: str(m.title),
    description: str(m.description),
    publisher: publisher ? { name: publisher, email: null } : null,
    organization: publisher ? { id: null, name: publisher, title: publisher } : null,
    tags: names(m.keyword),
    themes: names(m.theme),
    license: str(m.license),
    modified,
    issued: str(m.metadata_processed) === null ? null : null,
    accrualPeriodicity: null,
    landingPage: str(m.references),
    extras: { records_count: num(m.records_count), features: d.features ?? null },
    resources: [
      {
        id,
        datasetId: id,
        name: str(m.title) ?? id,
        description: null,
        format: "CSV",
        mediaType: "text/csv",
        url: exportUrl.href,
        size: null,
        modified,
        queryable: d.has_records !== false,
        columns: odsColumns(d.fields),
        raw,
      },
    ],
    raw,
  };
}
