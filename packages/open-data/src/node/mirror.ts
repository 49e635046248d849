import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { redactUrl } from "@ciudata/table";
import { writeFileAtomic } from "@ciudata/table/node";
import { PortalError } from "../errors";
import type { Dataset, Resource } from "../model";
import { mapConcurrent } from "../paging";
import { createPortal, type PortalOptions } from "../portal";
import type { Snapshot } from "../sample/catalog";
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
}

/** What the mirror reports while it works. */
export type MirrorEvent =
  | { type: "datasets"; count: number }
  | { type: "file"; resourceId: string; path: string; bytes: number; skipped: boolean }
  | { type: "failed"; resourceId: string; error: PortalError | Error };

/** What a mirror run did. */
export interface MirrorResult {
  datasets: number;
  files: number;
  /** Files already complete from an earlier run (resumed). */
  reused: number;
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

/** Streams a body to `final` through a temporary name in the same folder, fsynced then renamed. */
async function saveAtomic(
  body: ReadableStream<Uint8Array>,
  final: string,
): Promise<{ sha256: string; bytes: number }> {
  const dir = join(final, "..");
  const tmp = join(dir, `.${final.split("/").pop()}.${randomBytes(6).toString("hex")}.part`);
  const handle = await open(tmp, "w");
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      hash.update(value);
      bytes += value.byteLength;
      await handle.write(value);
    }
    await handle.sync();
    await handle.close();
    await rename(tmp, final);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(tmp, { force: true });
    throw error;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/**
 * Snapshots a portal into a folder: `catalog.json` (datasets as CKAN packages, organisations,
 * file checksums), `SHA256SUMS` and `files/`. Resumable: complete files whose checksum matches are
 * kept. Atomic: files are written under a temporary name and renamed, so a crash or `kill -9`
 * never leaves a half-written file under its final name. The result is served by `servePortal`.
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
  for (const name of await readdir(join(out, "files")))
    if (name.startsWith(".") && name.endsWith(".part")) await rm(join(out, "files", name), { force: true });
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
  if (!options.metadataOnly)
    await mapConcurrent(jobs, options.concurrency ?? 2, async (r) => {
      const path = paths.get(r.id) as string;
      const final = join(out, path);
      const known = previous?.files[path];
      if (known) {
        const have = await hashFile(final);
        if (have && have.sha256 === known.sha256) {
          files[path] = { sha256: have.sha256, bytes: have.bytes, resourceId: r.id };
          reused++;
          options.onEvent?.({ type: "file", resourceId: r.id, path, bytes: have.bytes, skipped: true });
          return;
        }
      }
      try {
        const dl = await portal.download(new URL(r.url as string), {
          maxBytes: options.maxFileBytes ?? 500 * 1024 * 1024,
          ...(options.signal ? { signal: options.signal } : {}),
        });
        const saved = await saveAtomic(dl.body, final);
        files[path] = { ...saved, resourceId: r.id };
        options.onEvent?.({ type: "file", resourceId: r.id, path, bytes: saved.bytes, skipped: false });
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        failed.push({
          resourceId: r.id,
          kind: error instanceof PortalError ? error.kind : "network",
          message: e.message,
        });
        options.onEvent?.({ type: "failed", resourceId: r.id, error: e });
      }
    });
  const ordered: Snapshot["files"] = {};
  for (const key of Object.keys(files).sort()) ordered[key] = files[key] as Snapshot["files"][string];
  const snapshot: Snapshot = {
    format: "ciudata-portal-snapshot/1",
    title: `Copia de ${redactUrl(url)}`,
    description: `Copia sin conexión de ${redactUrl(url)} hecha con ciudata.`,
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
  return { datasets: datasets.length, files: Object.keys(ordered).length, reused, failed };
}

/** The checksums of an earlier run: the final catalog, else what is on disk now. */
async function readPrevious(out: string): Promise<Pick<Snapshot, "files"> | null> {
  try {
    return JSON.parse(await readFile(join(out, SNAPSHOT_FILE), "utf8")) as Snapshot;
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
