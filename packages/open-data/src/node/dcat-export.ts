import { ckanDataset } from "../adapters/ckan/normalise";
import type { Snapshot } from "../sample/catalog";
import { isLocalFileUrl } from "./file-url";

/**
 * A DCAT-AR `data.json` for a snapshot (what Andino serves), resource URLs made absolute against `origin`.
 *
 * @example
 * ```ts
 * toDcatAr(await loadSnapshot("mirror/mendoza"), "http://127.0.0.1:5000").dataset.length;
 * ```
 */
export function toDcatAr(
  snap: Snapshot,
  origin: string,
): { title: string; dataset: unknown[] } & Record<string, unknown> {
  const themes = new Set<string>();
  const dataset = snap.datasets.map((raw) => {
    const d = ckanDataset(raw);
    for (const t of d.themes) themes.add(t);
    const superTheme = (d.extras.superTheme as string[] | undefined) ?? d.themes.map((t) => t.toUpperCase());
    return {
      identifier: d.id,
      title: d.title,
      description: d.description,
      publisher: {
        name: d.publisher?.name ?? d.organization?.title ?? "",
        mbox: d.publisher?.email ?? undefined,
      },
      superTheme,
      theme: d.themes,
      keyword: d.tags,
      accrualPeriodicity: d.accrualPeriodicity ?? "eventual",
      issued: d.issued,
      modified: d.modified,
      license: d.license,
      landingPage: d.landingPage ?? `${origin}/dataset/${d.name ?? d.id}`,
      distribution: d.resources.map((r) => {
        // Local files get the portal's address; only absolute http(s) URLs are published as they are.
        const url = isLocalFileUrl(r.url)
          ? `${origin}/${r.url}`
          : typeof r.url === "string" && /^https?:\/\//i.test(r.url)
            ? r.url
            : null;
        return {
          identifier: r.id,
          title: r.name,
          description: r.description,
          format: r.format,
          mediaType: r.mediaType,
          accessURL: url,
          downloadURL: url,
          byteSize: r.size,
          issued: r.modified ?? d.issued,
          field: r.columns?.map((c) => ({ title: c.name, type: c.type, description: c.description })),
        };
      }),
    };
  });
  return {
    title: snap.title,
    description: snap.description,
    publisher: { name: snap.title, mbox: "datosabiertos@ejemplo.invalid" },
    superThemeTaxonomy: "http://datos.gob.ar/superThemeTaxonomy.json",
    themeTaxonomy: [...themes].map((id) => ({ id, label: id, description: id })),
    dataset,
  };
}
