import { describe, expect, it } from "vitest";
import type { Dataset } from "../../model";
import { ckanDataset } from "../ckan/normalise";
import { DCAT_US_SCHEMA, toDcatUs } from "./export-us";
import { parseDcatCatalog } from "./parse";

// The rules of the Project Open Data v1.1 schema (catalog.json and dataset.json) that a catalog must keep:
// required fields, their types and patterns. Written out here so the test fails when the export breaks one.
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$|^R\/P[\dYMWDTHS.]+$/;
const MEDIA_TYPE = /^[-\w]+\/[-\w]+(\.[-\w]+)*([+][-\w]+)?$/;
const URI = /^https?:\/\/\S+$/;
const MAILTO = /^mailto:[\w._%+-]+@[\w.-]+\.[a-z]{2,}$/i;

function podViolations(catalog: unknown): string[] {
  const out: string[] = [];
  const c = catalog as Record<string, unknown>;
  if (c["@type"] !== "dcat:Catalog") out.push("@type");
  if (c.conformsTo !== "https://project-open-data.cio.gov/v1.1/schema") out.push("conformsTo");
  if (!Array.isArray(c.dataset)) return [...out, "dataset"];
  for (const [i, raw] of c.dataset.entries()) {
    const d = raw as Record<string, unknown>;
    const bad = (field: string) => out.push(`dataset[${i}].${field}`);
    const nonEmpty = (v: unknown) => typeof v === "string" && v.trim() !== "";
    if (d["@type"] !== "dcat:Dataset") bad("@type");
    for (const f of ["title", "description", "identifier"]) if (!nonEmpty(d[f])) bad(f);
    if (!Array.isArray(d.keyword) || d.keyword.length === 0 || !d.keyword.every(nonEmpty)) bad("keyword");
    if (typeof d.modified !== "string" || !ISO_DATE.test(d.modified)) bad("modified");
    const p = d.publisher as Record<string, unknown> | undefined;
    if (p?.["@type"] !== "org:Organization" || !nonEmpty(p.name)) bad("publisher");
    const cp = d.contactPoint as Record<string, unknown> | undefined;
    if (cp?.["@type"] !== "vcard:Contact" || !nonEmpty(cp.fn) || !MAILTO.test(String(cp.hasEmail)))
      bad("contactPoint");
    if (!["public", "restricted public", "non-public"].includes(String(d.accessLevel))) bad("accessLevel");
    if (d.accessLevel !== "public" && d.accessLevel !== undefined && !nonEmpty(d.rights)) bad("rights");
    if (d.license !== undefined && !URI.test(String(d.license))) bad("license");
    if (d.landingPage !== undefined && !URI.test(String(d.landingPage))) bad("landingPage");
    if (d.accrualPeriodicity !== undefined && !/^R\/P|^irregular$/.test(String(d.accrualPeriodicity)))
      bad("accrualPeriodicity");
    if (d.distribution === undefined) {
      if (d.accessLevel === "public") bad("distribution");
      continue;
    }
    if (!Array.isArray(d.distribution)) {
      bad("distribution");
      continue;
    }
    for (const [j, x] of (d.distribution as Record<string, unknown>[]).entries()) {
      if (x["@type"] !== "dcat:Distribution") bad(`distribution[${j}].@type`);
      if (x.downloadURL === undefined && x.accessURL === undefined) bad(`distribution[${j}].downloadURL`);
      if (x.downloadURL !== undefined && !URI.test(String(x.downloadURL)))
        bad(`distribution[${j}].downloadURL`);
      if (x.downloadURL !== undefined && !MEDIA_TYPE.test(String(x.mediaType ?? "")))
        bad(`distribution[${j}].mediaType`);
    }
  }
  return out;
}

/** Two datasets as a city's CKAN describes them: one complete, one without keywords nor a contact. */
const complete = ckanDataset({
  id: "reclamos-2026",
  name: "reclamos-2026",
  title: "Reclamos vecinales 2026",
  notes: "Reclamos recibidos por la línea 147, por barrio y canal.",
  maintainer: "Dirección de Datos",
  maintainer_email: "datos@ciudad.gob.ar",
  organization: { id: "gobierno", name: "gobierno", title: "Gobierno de la Ciudad" },
  tags: [{ name: "reclamos" }, { name: "barrios" }],
  license_id: "https://creativecommons.org/licenses/by/4.0/",
  metadata_modified: "2026-11-30T10:15:00",
  metadata_created: "2026-01-02T08:00:00",
  frequency: "eventual",
  url: "https://datos.ciudad.gob.ar/dataset/reclamos-2026",
  resources: [
    {
      id: "reclamos-csv",
      name: "Reclamos (CSV)",
      format: "CSV",
      url: "https://datos.ciudad.gob.ar/files/reclamos.csv",
    },
  ],
});
const bare = ckanDataset({
  id: "barrios",
  name: "barrios",
  title: "Barrios",
  notes: "Límites de los barrios.",
  organization: { id: "gobierno", name: "gobierno", title: "Gobierno de la Ciudad" },
  license_id: "cc-by",
  metadata_modified: "2026-10-01",
  resources: [
    { id: "barrios-x", name: "Barrios", format: "", url: "https://datos.ciudad.gob.ar/files/barrios" },
  ],
});

describe("toDcatUs", () => {
  it("writes a catalog that keeps every POD v1.1 rule when the metadata is complete", () => {
    const { catalog, missing } = toDcatUs([complete]);
    expect(missing).toEqual([]);
    expect(podViolations(catalog)).toEqual([]);
    expect(catalog.conformsTo).toBe(DCAT_US_SCHEMA);
    const d = catalog.dataset[0] as Record<string, unknown>;
    expect(d).toMatchObject({
      identifier: "reclamos-2026",
      keyword: ["reclamos", "barrios"],
      publisher: { "@type": "org:Organization", name: "Gobierno de la Ciudad" },
      contactPoint: {
        "@type": "vcard:Contact",
        fn: "Dirección de Datos",
        hasEmail: "mailto:datos@ciudad.gob.ar",
      },
      accessLevel: "public",
      accrualPeriodicity: "irregular",
      distribution: [
        { "@type": "dcat:Distribution", mediaType: "text/csv", downloadURL: expect.any(String) },
      ],
    });
  });

  it("reports missing required metadata instead of inventing it, and the schema agrees", () => {
    const { catalog, missing } = toDcatUs([complete, bare]);
    expect(missing).toEqual([
      { dataset: "barrios", field: "keyword" },
      { dataset: "barrios", field: "contactPoint" },
      { dataset: "barrios", field: "distribution[0].mediaType" },
    ]);
    expect(podViolations(catalog)).toEqual([
      "dataset[1].keyword",
      "dataset[1].contactPoint",
      "dataset[1].distribution[0].mediaType",
    ]);
    const d = catalog.dataset[1] as Record<string, unknown>;
    expect(d).not.toHaveProperty("keyword");
    expect(d).not.toHaveProperty("contactPoint");
    // "cc-by" is not a URI: left out rather than guessed.
    expect(d).not.toHaveProperty("license");
  });

  it("takes a catalog-wide contact for datasets that name none", () => {
    const { catalog, missing } = toDcatUs([bare], {
      contactPoint: { name: "Mesa de datos", email: "mesa@ciudad.gob.ar" },
    });
    expect(missing.map((m) => m.field)).not.toContain("contactPoint");
    expect((catalog.dataset[0] as Record<string, unknown>).contactPoint).toEqual({
      "@type": "vcard:Contact",
      fn: "Mesa de datos",
      hasEmail: "mailto:mesa@ciudad.gob.ar",
    });
  });

  it("marks a dataset non-public with its rights and asks no distribution of it", () => {
    const closed: Dataset = { ...complete, id: "padron", resources: [] };
    const { catalog, missing } = toDcatUs([closed], {
      access: () => ({ accessLevel: "non-public", rights: "Contiene identificadores directos." }),
    });
    expect(missing).toEqual([]);
    expect(podViolations(catalog)).toEqual([]);
    expect(catalog.dataset[0]).toMatchObject({
      accessLevel: "non-public",
      rights: "Contiene identificadores directos.",
    });
    // Non-public without a reason: the missing `rights` is reported.
    const silent = toDcatUs([closed], { access: () => ({ accessLevel: "non-public" }) });
    expect(silent.missing).toEqual([{ dataset: "padron", field: "rights" }]);
  });

  it("reads back through the DCAT reader as the same datasets", () => {
    const { catalog } = toDcatUs([complete, bare]);
    const read = parseDcatCatalog(JSON.parse(JSON.stringify(catalog)));
    expect(read.profile).toBe("dcat-us");
    const shape = (d: Dataset) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      tags: d.tags,
      publisher: d.organization?.title,
      modified: d.modified,
      resources: d.resources.map((r) => ({ name: r.name, url: r.url, format: r.format || null })),
    });
    expect(read.datasets.map(shape)).toEqual([complete, bare].map(shape));
    // The reader's own DCAT-US check finds only what the export reported missing.
    expect(read.violations.map((v) => v.path)).toEqual(["dataset[1].keyword", "dataset[1].contactPoint"]);
  });
});
