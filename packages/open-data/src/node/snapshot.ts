import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@ciudata/table/node";
import { generateSampleCatalog, type Snapshot } from "../sample/catalog";

/** The snapshot's metadata file inside its folder. */
export const SNAPSHOT_FILE = "catalog.json";

/** SHA-256 of bytes as hex. @internal */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Reads a snapshot folder's `catalog.json`.
 *
 * @example
 * ```ts
 * const snap = await loadSnapshot("mirror/mendoza"); snap.datasets.length;
 * ```
 */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  const snap = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), "utf8")) as Snapshot;
  const isRecord = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (
    !isRecord(snap) ||
    snap.format !== "ciudata-portal-snapshot/1" ||
    !Array.isArray(snap.datasets) ||
    !snap.datasets.every(isRecord) ||
    !Array.isArray(snap.organizations) ||
    !isRecord(snap.files)
  )
    throw new Error(`${dir}: not a ciudata portal snapshot`);
  // Resource lists that are not lists are read as empty, so a hand-edited catalog cannot crash the server.
  for (const d of snap.datasets) if (!Array.isArray(d.resources)) d.resources = [];
  return snap;
}

/** The `SHA256SUMS` text (sha256sum format) of a snapshot's files. @internal */
export function checksumsText(files: Snapshot["files"]): string {
  return Object.keys(files)
    .sort()
    .map((path) => `${files[path]?.sha256}  ${path}\n`)
    .join("");
}

/**
 * Writes the generated synthetic sample catalog (Mendoza-flavoured) as a snapshot folder that
 * `servePortal` can serve. Every write is atomic; checksums are recorded.
 *
 * @example
 * ```ts
 * await writeSampleSnapshot("/tmp/portal-demo");
 * const portal = await servePortal("/tmp/portal-demo");
 * ```
 */
export async function writeSampleSnapshot(dir: string): Promise<Snapshot> {
  const { snapshot, files } = generateSampleCatalog();
  const index: Snapshot["files"] = {};
  for (const [path, text] of Object.entries(files)) {
    await writeFileAtomic(join(dir, path), text);
    const resource = snapshot.datasets
      .flatMap((d) => d.resources as Array<{ id: string; url: string }>)
      .find((r) => r.url === path);
    index[path] = { sha256: sha256(text), bytes: Buffer.byteLength(text), resourceId: resource?.id ?? "" };
  }
  const full: Snapshot = { ...snapshot, files: index };
  await writeFileAtomic(join(dir, "SHA256SUMS"), checksumsText(index));
  await writeFileAtomic(join(dir, SNAPSHOT_FILE), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}
