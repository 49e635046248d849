import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { CiudataError, type Lang, resolveLang, translator } from "@ciudata/core";
import { redactUrl } from "@ciudata/table";
import { resolveWithin, writeFileAtomic } from "@ciudata/table/node";
import { PortalError } from "../errors";
import type { Redirect } from "../http/redirect";
import { openDataMessages } from "../messages/messages";
import type { Dataset, Resource } from "../model";
import { mapConcurrent } from "../paging";
import { createPortal, type PortalOptions } from "../portal";
import type { Snapshot } from "../sample/catalog";
import { isLocalFileUrl } from "./file-url";
import { expectFor, PART_NAME, saveDownload, sweepPartFiles } from "./save";
import { checksumsText, SNAPSHOT_FILE } from "./snapshot";
import { toCkanPackage } from "./to-ckan";

/** Options of {@link mirrorPortal}. */
export interface MirrorOptions extends PortalOptions {
  /** Only this organisation's datasets. */
  organization?: string;
  /** Only datasets matching this text. */
  query?: string;
  /** Downloads at once (default 2: portals such as datos.gob.ar block bulk dumps). */
  concurrency?: number;
  /** Skip files larger than this many bytes (default 500 MiB). */
  maxFileBytes?: number;
  /** Metadata only, no files. */
  metadataOnly?: boolean;
  /** Progress events (one line each for the CLI). */
  onEvent?: (event: MirrorEvent) => void;
  /** The language of the snapshot's title and description (default Spanish). */
  lang?: Lang;
}

/** What the mirror reports while it works. */
export type MirrorEvent =
  | { type: "datasets"; count: number }
  | {
      type: "file";
      resourceId: string;
      path: string;
      bytes: number;
      /** True when the copy on disk was kept (unchanged on the portal). */
      skipped: boolean;
      change: FileChange;
    }
  | { type: "removed"; path: string }
  | { type: "redirect"; resourceId: string; from: string; to: string }
  | { type: "failed"; resourceId: string; error: PortalError | CiudataError | Error };

/** How a file compares with the previous run: first copy, different content, or the same. */
export type FileChange = "new" | "changed" | "unchanged";

/** What a mirror run did. */
export interface MirrorResult {
  datasets: number;
  files: number;
  /** Files whose content did not change since an earlier run (kept as they were). */
  reused: number;
  /** Paths (`files/…`) by what happened to them in this run. */
  changes: { new: string[]; changed: string[]; unchanged: string[]; removed: string[] };
  /** Downloads that were redirected to another origin (no credential followed them). */
  redirects: Array<Redirect & { resourceId: string }>;
  failed: Array<{ resourceId: string; kind: string; message: string }>;
}

const EXT = /\.(csv|tsv|json|geojson|xlsx?|ods|zip|xml|txt|parquet|pdf|kml|shp)$/i;

/** A safe, stable file name for a resource. @internal */
export function fileNameFor(resource: Resource): string {
  const safe =
    resource.id
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/^\.+/, "_")
      .slice(0, 120) || "recurso";
  let ext = "";
  try {
    ext = EXT.exec(new URL(resource.url ?? "").pathname)?.[0]?.toLowerCase() ?? "";
  } catch {
    ext = "";
  }
  if (!ext && resource.format) ext = `.${resource.format.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
  return `files/${safe}${ext === "." ? "" : ext}`;
}

async function hashFile(path: string): Promise<{ sha256: string; bytes: number } | null> {
  try {
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of createReadStream(path)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).byteLength;
    }
    return { sha256: hash.digest("hex"), bytes };
  } catch {
    return null;
  }
}

/** The SHA-256 the portal publishes for a resource (CKAN `hash`, bare or `sha256:`), when it gives one. */
function portalSha256(r: Resource): string | null {
  const raw = r.raw as { hash?: unknown } | null;
  const m = typeof raw?.hash === "string" ? /^(?:sha256:)?([0-9a-f]{64})$/i.exec(raw.hash.trim()) : null;
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Snapshots a portal into a folder: `catalog.json` (datasets as CKAN packages, organisations,
 * file checksums), `SHA256SUMS` and `files/`. Refreshing: a file from an earlier run is kept when
 * the portal's hash matches or a conditional request (`If-None-Match` / `If-Modified-Since`)
 * answers 304, re-downloaded when its size changed, and otherwise downloaded again and compared by
 * SHA-256; `changes` says what was new, changed, unchanged or removed. An HTML page (or a binary)
 * where a table was expected is a failure, never saved. Atomic: files are written under a
 * `.<name>.<pid>.<hex>.part` name and renamed, so a crash or `kill -9` never leaves a half-written file
 * under its final name; parts of dead runs are swept. The result is served by `servePortal`.
 *
 * @example
 * ```ts
 * const r = await mirrorPortal("https://ckan.ciudaddemendoza.gov.ar", "mirror/mendoza", { organization: "ambiente" });
 * console.log(r.files, r.failed.length);
 * ```
 */
export async function mirrorPortal(
  url: string,
  out: string,
  options: MirrorOptions = {},
): Promise<MirrorResult> {
  await mkdir(join(out, "files"), { recursive: true });
  await sweepPartFiles(join(out, "files"));
  // Parts of older versions had a random suffix and no process id.
  for (const name of await readdir(join(out, "files")))
    if (/^\..*\.[0-9a-f]{12}\.part$/.test(name) && !PART_NAME.test(name))
      await rm(join(out, "files", name), { force: true });
  const previous = await readPrevious(out);
  const portal = createPortal(url, options);
  const datasets: Dataset[] = [];
  for await (const d of portal.datasets({
    ...(options.organization ? { organization: options.organization } : {}),
    ...(options.query ? { q: options.query } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }))
    datasets.push(d);
  datasets.sort((a, b) => a.id.localeCompare(b.id));
  options.onEvent?.({ type: "datasets", count: datasets.length });
  const organizations = await portal.organizations().catch(() => []);
  const files: Snapshot["files"] = {};
  const failed: MirrorResult["failed"] = [];
  let reused = 0;
  const paths = new Map<string, string>();
  const jobs: Resource[] = [];
  const taken = new Set<string>();
  for (const d of datasets)
    for (const r of d.resources) {
      if (!r.url || !/^https?:\/\//i.test(r.url)) continue;
      let path = fileNameFor(r);
      for (let n = 2; taken.has(path); n++) path = fileNameFor({ ...r, id: `${r.id}-${n}` });
      taken.add(path);
      paths.set(r.id, path);
      jobs.push(r);
    }
  const changes: MirrorResult["changes"] = { new: [], changed: [], unchanged: [], removed: [] };
  const redirects: MirrorResult["redirects"] = [];
  const keep = (r: Resource, path: string, entry: Snapshot["files"][string], change: FileChange) => {
    files[path] = entry;
    changes[change].push(path);
    if (change === "unchanged") reused++;
    options.onEvent?.({
      type: "file",
      resourceId: r.id,
      path,
      bytes: entry.bytes,
      skipped: change === "unchanged",
      change,
    });
  };
  if (!options.metadataOnly)
    await mapConcurrent(jobs, options.concurrency ?? 2, async (r) => {
      const path = paths.get(r.id) as string;
      const final = join(out, path);
      const known = previous?.files[path];
      const have = known ? await hashFile(final) : null;
      const intact = known && have && have.sha256 === known.sha256 ? { ...known, resourceId: r.id } : null;
      const published = portalSha256(r);
      // The portal's own hash settles it without a request.
      if (intact && published !== null && published === intact.sha256)
        return keep(r, path, intact, "unchanged");
      const sizeChanged = intact !== null && r.size !== null && r.size !== intact.bytes;
      const conditional =
        intact && !sizeChanged && (intact.etag || intact.lastModified)
          ? { etag: intact.etag ?? null, lastModified: intact.lastModified ?? null }
          : undefined;
      try {
        const dl = await portal.download(new URL(r.url as string), {
          maxBytes: options.maxFileBytes ?? 500 * 1024 * 1024,
          ...(conditional ? { conditional } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        });
        for (const x of dl.redirects)
          if (x.crossOrigin) {
            redirects.push({ ...x, resourceId: r.id });
            options.onEvent?.({ type: "redirect", resourceId: r.id, from: x.from, to: x.to });
          }
        if (dl.notModified && intact) return keep(r, path, intact, "unchanged");
        const saved = await saveDownload(dl.body, final, {
          expect: expectFor(path, r.format),
          contentType: dl.contentType,
        });
        const entry = {
          ...saved,
          resourceId: r.id,
          ...(dl.etag ? { etag: dl.etag } : {}),
          ...(dl.lastModified ? { lastModified: dl.lastModified } : {}),
        };
        keep(r, path, entry, !known ? "new" : saved.sha256 === known.sha256 ? "unchanged" : "changed");
      } catch (error) {
        // A failed refresh keeps the earlier copy in the catalog.
        if (intact) files[path] = intact;
        const e = error instanceof Error ? error : new Error(String(error));
        failed.push({
          resourceId: r.id,
          kind:
            error instanceof PortalError
              ? error.kind
              : error instanceof CiudataError
                ? error.errors[0].type
                : "network",
          message: e.message,
        });
        options.onEvent?.({ type: "failed", resourceId: r.id, error: e });
      }
    });
  // Files of resources the portal no longer lists leave the mirror.
  if (!options.metadataOnly && previous) {
    const current = new Set(paths.values());
    for (const path of Object.keys(previous.files).sort()) {
      if (current.has(path) || !isLocalFileUrl(path)) continue;
      try {
        await rm(resolveWithin(out, path), { force: true });
      } catch {
        continue;
      }
      changes.removed.push(path);
      options.onEvent?.({ type: "removed", path });
    }
  }
  const { t } = translator(openDataMessages, resolveLang(options.lang));
  const ordered: Snapshot["files"] = {};
  for (const key of Object.keys(files).sort()) ordered[key] = files[key] as Snapshot["files"][string];
  const snapshot: Snapshot = {
    format: "ciudata-portal-snapshot/1",
    title: t("mirrorTitle", { url: redactUrl(url) }),
    description: t("mirrorDescription", { url: redactUrl(url) }),
    source: redactUrl(url),
    organizations: organizations.map((o) =>
      typeof o.raw === "object" && o.raw !== null
        ? (o.raw as Record<string, unknown>)
        : { id: o.id, name: o.name, title: o.title },
    ),
    datasets: datasets.map((d) =>
      toCkanPackage(d, (r) => (files[paths.get(r.id) ?? ""] ? (paths.get(r.id) ?? null) : null)),
    ),
    files: ordered,
  };
  await writeFileAtomic(join(out, "SHA256SUMS"), checksumsText(ordered));
  await writeFileAtomic(join(out, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 2)}\n`);
  for (const list of Object.values(changes)) list.sort();
  return {
    datasets: datasets.length,
    files: Object.keys(ordered).length,
    reused,
    changes,
    redirects,
    failed,
  };
}

/** The checksums of an earlier run: the final catalog, else what is on disk now. */
async function readPrevious(out: string): Promise<Pick<Snapshot, "files"> | null> {
  try {
    const snap = JSON.parse(await readFile(join(out, SNAPSHOT_FILE), "utf8")) as Snapshot;
    const files = snap?.files;
    if (typeof files !== "object" || files === null || Array.isArray(files)) throw new Error("no files");
    return { files };
  } catch {
    // No catalog yet (first run, or killed before the end): trust any complete file by re-hashing it.
    try {
      const names = await readdir(join(out, "files"));
      const files: Snapshot["files"] = {};
      for (const name of names) {
        if (name.startsWith(".")) continue;
        const path = `files/${name}`;
        const s = await stat(join(out, path));
        if (!s.isFile()) continue;
        const h = await hashFile(join(out, path));
        if (h) files[path] = { ...h, resourceId: "" };
      }
      return { files };
    } catch {
      return null;
    }
  }
}
