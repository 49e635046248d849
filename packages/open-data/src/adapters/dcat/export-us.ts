import type { Dataset, Resource } from "../../model";

/** Who a DCAT-US dataset's questions go to (`contactPoint`: `fn` and `hasEmail`). */
export interface DcatUsContact {
  name: string;
  email: string;
}

/** POD v1.1 `accessLevel`: who may have the data. */
export type DcatUsAccessLevel = "public" | "restricted public" | "non-public";

/** Options of {@link toDcatUs}. */
export interface DcatUsOptions {
  /** The catalog's address (`@id`), e.g. `https://datos.ciudad.gob/dcat-us/data.json`. */
  id?: string;
  /** The contact of every dataset that names none (its publisher's email, when it has one, wins). */
  contactPoint?: DcatUsContact | null;
  /** The publisher of every dataset that names none (its organization, or publisher, wins). */
  publisher?: string | null;
  /**
   * The access level of a dataset (default `"public"` for all); `rights` says why it is not public
   * (POD requires it then). A non-public dataset needs no distribution.
   */
  access?: (dataset: Dataset) => { accessLevel: DcatUsAccessLevel; rights?: string };
}

/** A required DCAT-US field that the metadata does not give: left out of the catalog, never invented. */
export interface DcatUsGap {
  /** The dataset's `identifier`. */
  dataset: string;
  /** Where in the dataset: `keyword`, `contactPoint`, `distribution[0].mediaType`… */
  field: string;
}

/** A Project Open Data v1.1 catalog, and what its datasets lack. */
export interface DcatUsExport {
  catalog: Record<string, unknown> & { dataset: Record<string, unknown>[] };
  /** Required fields missing from the metadata (each dataset's, in order). */
  missing: DcatUsGap[];
}

/** The POD v1.1 schema the catalog conforms to. */
export const DCAT_US_SCHEMA = "https://project-open-data.cio.gov/v1.1/schema";

/** Media types of the formats portals name (`CSV`, `xlsx`…), for a distribution without one. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  json: "application/json",
  geojson: "application/geo+json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  parquet: "application/vnd.apache.parquet",
  zip: "application/zip",
  pdf: "application/pdf",
  xml: "application/xml",
  kml: "application/vnd.google-earth.kml+xml",
  shp: "application/zip",
};

/** DCAT-AR's `eventual` is POD's `irregular`; every other value must already be ISO 8601 (`R/P1M`). */
const PERIODICITY = /^R\/P(?=\d|T\d)(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$|^irregular$/;

const text = (value: string | null | undefined): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;
const absoluteUrl = (value: string | null | undefined): string | null =>
  typeof value === "string" && /^https?:\/\/\S+$/i.test(value) ? value : null;

function mediaTypeOf(r: Resource): string | null {
  const given = text(r.mediaType);
  if (given && /^[\w.+-]+\/[\w.+-]+$/.test(given)) return given;
  return MEDIA_TYPES[(r.format ?? "").trim().toLowerCase()] ?? null;
}

/**
 * A DCAT-US (Project Open Data v1.1) `data.json` for datasets in the model every portal reads into: each
 * required field (`@type`, `title`, `description`, `keyword`, `modified`, `publisher`, `contactPoint`,
 * `identifier`, `accessLevel`, and each distribution's `downloadURL` with its `mediaType`) taken from the
 * metadata. A field the metadata does not give is left out and listed in `missing`, never made up. Only
 * absolute `http(s)` URLs are published (`license`, `landingPage`, `downloadURL`); DCAT-AR's `eventual`
 * periodicity becomes POD's `irregular`.
 *
 * @example
 * ```ts
 * const { catalog, missing } = toDcatUs(datasets, { contactPoint: { name: "Datos abiertos", email: "datos@ciudad.gob" } });
 * missing; //=> [{ dataset: "barrios", field: "keyword" }]
 * ```
 */
export function toDcatUs(datasets: readonly Dataset[], options: DcatUsOptions = {}): DcatUsExport {
  const missing: DcatUsGap[] = [];
  const dataset = datasets.map((d) => {
    const gap = (field: string) => missing.push({ dataset: d.id, field });
    const out: Record<string, unknown> = { "@type": "dcat:Dataset" };
    const put = (field: string, value: unknown, required: boolean) => {
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
        if (required) gap(field);
      } else out[field] = value;
    };
    const access = options.access?.(d) ?? { accessLevel: "public" as const };
    const open = access.accessLevel === "public";
    put("title", text(d.title), true);
    put("description", text(d.description), true);
    put(
      "keyword",
      d.tags.filter((t) => t.trim() !== ""),
      true,
    );
    put("modified", text(d.modified), true);
    const publisher = text(d.organization?.title) ?? text(d.publisher?.name) ?? text(options.publisher);
    put("publisher", publisher && { "@type": "org:Organization", name: publisher }, true);
    const contact = d.publisher?.email
      ? { name: d.publisher.name, email: d.publisher.email }
      : (options.contactPoint ?? null);
    put(
      "contactPoint",
      contact && {
        "@type": "vcard:Contact",
        fn: contact.name,
        hasEmail: `mailto:${contact.email.replace(/^mailto:/i, "")}`,
      },
      true,
    );
    put("identifier", text(d.id), true);
    put("accessLevel", access.accessLevel, true);
    if (access.accessLevel !== "public") put("rights", text(access.rights), true);
    put("license", absoluteUrl(d.license), false);
    put("issued", text(d.issued), false);
    const periodicity = d.accrualPeriodicity === "eventual" ? "irregular" : d.accrualPeriodicity;
    put("accrualPeriodicity", periodicity && PERIODICITY.test(periodicity) ? periodicity : null, false);
    put("landingPage", absoluteUrl(d.landingPage), false);
    put("theme", d.themes, false);
    // A dataset that is not public lists only the distributions it gives an address for.
    const listed = open ? d.resources : d.resources.filter((r) => absoluteUrl(r.url) !== null);
    const distribution = listed.map((r, i) => {
      const at = `distribution[${i}]`;
      const url = absoluteUrl(r.url);
      const media = mediaTypeOf(r);
      if (open && url === null) gap(`${at}.downloadURL`);
      else if (url !== null && media === null) gap(`${at}.mediaType`);
      return {
        "@type": "dcat:Distribution",
        ...(text(r.name) ? { title: r.name } : {}),
        ...(text(r.description) ? { description: r.description } : {}),
        ...(url ? { downloadURL: url } : {}),
        ...(url && media ? { mediaType: media } : {}),
        ...(text(r.format) ? { format: r.format } : {}),
      };
    });
    // POD asks for a distribution of public data only.
    put("distribution", distribution, open);
    return out;
  });
  return {
    catalog: {
      "@context": `${DCAT_US_SCHEMA}/catalog.jsonld`,
      ...(options.id ? { "@id": options.id } : {}),
      "@type": "dcat:Catalog",
      conformsTo: DCAT_US_SCHEMA,
      describedBy: `${DCAT_US_SCHEMA}/catalog.json`,
      dataset,
    },
    missing,
  };
}
