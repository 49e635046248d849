import type { Dataset } from "../model";

/** The URL when it is an absolute http(s) address, else `null`. @internal */
export function remoteUrl(url: string | null | undefined): string | null {
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
  try {
    new URL(url);
    return url;
  } catch {
    return null;
  }
}

/**
 * A normalised dataset as a CKAN package (the raw package for CKAN sources), resource URLs pointing
 * at the snapshot's files where one was saved (the original kept as `original_url`). URLs that are
 * not absolute http(s) addresses are written as `null`, so a snapshot never points at local paths.
 *
 * @example
 * ```ts
 * toCkanPackage(dataset, (r) => `files/${r.id}.csv`).resources;
 * ```
 */
export function toCkanPackage(
  d: Dataset,
  localPath: (r: Dataset["resources"][number]) => string | null,
): Record<string, unknown> {
  const base: Record<string, unknown> =
    d.platform === "ckan" && typeof d.raw === "object" && d.raw !== null
      ? { ...(d.raw as Record<string, unknown>) }
      : {
          id: d.id,
          name: d.name ?? d.id,
          title: d.title,
          notes: d.description,
          author: d.publisher?.name ?? null,
          author_email: d.publisher?.email ?? null,
          license_title: d.license,
          metadata_modified: d.modified,
          metadata_created: d.issued,
          url: d.landingPage,
          organization: d.organization
            ? {
                id: d.organization.id ?? d.organization.name,
                name: d.organization.name,
                title: d.organization.title,
              }
            : null,
          tags: d.tags.map((name) => ({ name })),
          groups: d.themes.map((name) => ({ name })),
          extras: d.accrualPeriodicity ? [{ key: "accrualPeriodicity", value: d.accrualPeriodicity }] : [],
        };
  const rawResources =
    d.platform === "ckan" && Array.isArray(base.resources)
      ? (base.resources as Record<string, unknown>[])
      : null;
  base.resources = d.resources.map((r, i) => {
    const raw = rawResources?.[i] ?? {
      id: r.id,
      package_id: d.id,
      name: r.name,
      description: r.description,
      format: r.format,
      mimetype: r.mediaType,
      size: r.size,
      last_modified: r.modified,
      attributesDescription: r.columns
        ? JSON.stringify(r.columns.map((c) => ({ title: c.name, type: c.type, description: c.description })))
        : undefined,
    };
    const local = localPath(r);
    const isCsv = local !== null && /\.(csv|tsv)$/i.test(local);
    // Only absolute http(s) addresses are kept for resources without a local copy: a relative or
    // absolute path (`files/../../etc/passwd`, `/etc/passwd`) would name a file on this machine.
    return local === null
      ? { ...raw, url: remoteUrl(r.url), datastore_active: false }
      : { ...raw, url: local, original_url: remoteUrl(r.url), datastore_active: isCsv };
  });
  return base;
}
