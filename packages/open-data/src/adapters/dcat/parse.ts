import { arr, isObj, names, num, type Obj, str } from "../../json";
import type { Dataset, Publisher, Resource, Violation } from "../../model";
import { stripHtml } from "../../text";
import { columnsFrom } from "../ckan/normalise";
import { type DcatProfile, dcatProfile, dcatViolations } from "./violations";

/** A data.json catalog read leniently: the normalised datasets, and the spec violations apart. */
export interface DcatCatalog {
  profile: DcatProfile;
  title: string | null;
  description: string | null;
  publisher: Publisher | null;
  datasets: Dataset[];
  /** How many distributions all datasets hold. */
  distributions: number;
  /** Where the catalog breaks its profile (DCAT-AR or DCAT-US); reading goes on regardless. */
  violations: Violation[];
  raw: unknown;
}

const KNOWN = new Set([
  "@type",
  "identifier",
  "title",
  "description",
  "publisher",
  "contactPoint",
  "keyword",
  "theme",
  "superTheme",
  "license",
  "modified",
  "issued",
  "accrualPeriodicity",
  "landingPage",
  "distribution",
]);

function publisherOf(value: unknown): Publisher | null {
  if (typeof value === "string") return { name: value, email: null };
  if (!isObj(value)) return null;
  const name = str(value.name) ?? str(value.fn);
  if (name === null) return null;
  const email = str(value.mbox) ?? str(value.hasEmail);
  return { name, email: email ? email.replace(/^mailto:/i, "") : null };
}

function distribution(raw: unknown, datasetId: string, index: number): Resource {
  const d: Obj = isObj(raw) ? raw : {};
  return {
    id: str(d.identifier) ?? `${datasetId}#${index}`,
    datasetId,
    name: str(d.title),
    description: str(d.description) === null ? null : stripHtml(String(d.description)),
    format: str(d.format),
    mediaType: str(d.mediaType),
    url: str(d.downloadURL) ?? str(d.accessURL),
    size: num(d.byteSize),
    modified: str(d.modified) ?? str(d.issued),
    queryable: false,
    columns: columnsFrom(d.field),
    raw,
  };
}

/**
 * A DCAT data.json dataset (DCAT-AR or DCAT-US) as a {@link Dataset}.
 *
 * @example
 * ```ts
 * dcatDataset({ identifier: "1", title: "Barrios", distribution: [{ downloadURL: "https://x/b.csv" }] }).resources[0]?.url;
 * //=> "https://x/b.csv"
 * ```
 */
export function dcatDataset(raw: unknown, index = 0): Dataset {
  const d: Obj = isObj(raw) ? raw : {};
  const id = str(d.identifier) ?? `dataset-${index}`;
  const description = str(d.description);
  const extras: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (!KNOWN.has(k)) extras[k] = v;
  const publisher = publisherOf(d.publisher);
  return {
    platform: "dcat",
    id,
    name: str(d.identifier),
    title: str(d.title),
    description: description === null ? null : stripHtml(description),
    publisher,
    organization: publisher ? { id: null, name: publisher.name, title: publisher.name } : null,
    tags: names(d.keyword),
    themes: [...new Set([...names(d.superTheme), ...names(d.theme)])],
    license: str(d.license),
    modified: str(d.modified),
    issued: str(d.issued),
    accrualPeriodicity: str(d.accrualPeriodicity),
    landingPage: str(d.landingPage),
    extras,
    resources: arr(d.distribution).map((r, j) => distribution(r, id, j)),
    raw,
  };
}

/**
 * Reads a data.json (DCAT-AR from Andino, DCAT-US from Socrata or ArcGIS Hub) leniently: every dataset
 * that can be read is, and spec violations are listed apart.
 *
 * @example
 * ```ts
 * const cat = parseDcatCatalog(await (await fetch("https://datos.gob.ar/data.json")).json());
 * cat.datasets.length; cat.violations.length;
 * ```
 */
export function parseDcatCatalog(raw: unknown): DcatCatalog {
  const c: Obj = isObj(raw) ? raw : {};
  const profile = dcatProfile(raw);
  const datasets = arr(c.dataset).map((d, i) => dcatDataset(d, i));
  return {
    profile,
    title: str(c.title),
    description: str(c.description),
    publisher: publisherOf(c.publisher),
    datasets,
    distributions: datasets.reduce((n, d) => n + d.resources.length, 0),
    violations: dcatViolations(raw, profile),
    raw,
  };
}
