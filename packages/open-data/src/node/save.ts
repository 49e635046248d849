import { createHash, randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CiudataError, type FormatInfo, formatError, sniffFormat } from "@ciudata/table";

/** What a downloaded file must be: a text table, any data but a web page, or anything. */
export type Expect = "table" | "data" | "any";

/** Options of {@link saveDownload}. */
export interface SaveOptions {
  /**
   * `table` refuses HTML, PDF, archives, JSON and other binaries; `data` refuses web pages only;
   * `any` keeps whatever comes. Default: from the file name ({@link expectFor}).
   */
  expect?: Expect;
  /** The `Content-Type` the server sent (an HTML page is refused even when its bytes are ambiguous). */
  contentType?: string | null;
}

/** Bytes looked at before anything is written. */
const SNIFF_BYTES = 8192;

const live = new Set<string>();
let hooked = false;

/**
 * Remembers a temporary file until it is renamed or removed; whatever is left when the process
 * exits is removed. Returns the function that forgets it.
 * TODO(#14): swap for `registerTemp`/`releaseTemp` of `@ciudata/table/node` (the writers' temp-file
 * registry, which also removes temp files on SIGINT/SIGTERM) once it is merged; `partPath` already
 * gives the names of its `tempPath(target, "part")`, so its `sweepStaleTemps` sweeps ours too.
 * @internal
 */
export function trackTemp(path: string): () => void {
  live.add(path);
  if (!hooked) {
    hooked = true;
    process.once("exit", () => {
      for (const p of live) {
        try {
          rmSync(p, { force: true });
        } catch {
          // best effort at exit
        }
      }
    });
  }
  return () => {
    live.delete(path);
  };
}

/** True when a process with this id is running (or exists and is not ours to signal). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The part names {@link partPath} gives: the PID says whose it is. @internal */
export const PART_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.part$/;
const LEGACY_PART = /^([^.].*)\.(\d+)\.part$/;

/**
 * The temporary name a download of `final` is written under: hidden, beside it (so the rename is
 * atomic), with this process's id so a later run can tell a leftover of a dead process from a file
 * still being written: `.<name>.<pid>.<12 hex>.part` (the names of the writers' `tempPath`).
 *
 * @example
 * ```ts
 * partPath("copia/files/barrios.csv"); // "copia/files/.barrios.csv.4242.9f3a0c1b2d4e.part"
 * ```
 */
export function partPath(final: string): string {
  return join(dirname(final), `.${basename(final)}.${process.pid}.${randomBytes(6).toString("hex")}.part`);
}

/**
 * Removes the `.<name>.<pid>.<hex>.part` files a killed download left in a folder, when that process is
 * gone (files of running downloads, ours included, are kept). `legacy` names files whose older,
 * unhidden part name `<name>.<pid>.part` is swept too; other files are never touched. Returns the
 * names removed.
 *
 * @example
 * ```ts
 * import { sweepPartFiles } from "@ciudata/open-data/node";
 * await sweepPartFiles("descargas"); //=> [".padron.csv.4242.9f3a0c1b2d4e.part"] if process 4242 died
 * ```
 */
export async function sweepPartFiles(dir: string, legacy: readonly string[] = []): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    // `.<name>.<pid>.<12 hex>.part` (see partPath), or the older `<name>.<pid>.part` of a named file.
    const ours = PART_NAME.exec(name);
    const older = ours ? null : LEGACY_PART.exec(name);
    const m = ours ?? (older && legacy.includes(older[1] as string) ? older : null);
    if (!m) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || alive(pid)) continue;
    await rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

const TABLE_EXT = /\.(csv|tsv|tab|txt)$/i;
const PAGE_EXT = /\.(html?|xhtml|php|aspx?)$/i;

/**
 * What a download saved under `path` should contain, from its extension or the resource format:
 * `.csv`/`.tsv`/`.txt` a text table, `.html` anything, the rest data (never a web page).
 *
 * @example
 * ```ts
 * expectFor("files/barrios.csv"); //=> "table"
 * expectFor("files/limites.geojson"); //=> "data"
 * ```
 */
export function expectFor(path: string, format?: string | null): Expect {
  const f = (format ?? "").toLowerCase().replace(/[^a-z]/g, "");
  if (TABLE_EXT.test(path) || f === "csv" || f === "tsv") return "table";
  if (PAGE_EXT.test(path) || f === "html" || f === "htm") return "any";
  return "data";
}

/** The format the first bytes show when they are not what was expected; `null` when they fit. */
export function unexpectedFormat(
  head: Uint8Array,
  expect: Expect,
  contentType: string | null | undefined,
): FormatInfo | null {
  if (expect === "any" || head.byteLength === 0) return null;
  const found = sniffFormat(head);
  const htmlType = /^\s*(text\/html|application\/xhtml)/i.test(contentType ?? "");
  const startsWithTag = /^\s*</.test(new TextDecoder().decode(head.subarray(0, 256)));
  if (found === null) return htmlType && startsWithTag ? { kind: "html", mediaType: "text/html" } : null;
  if (expect === "table") return found;
  return found.kind === "html" ? found : null;
}

/**
 * Streams a download body to `final` in bounded memory: through a {@link partPath} file in the
 * same folder, fsynced, then renamed. The first bytes are sniffed before anything is written: an
 * HTML login page, a PDF or an archive where a table was expected throws a `CiudataError`
 * (`format-error`) and leaves no file. A failure or a cap removes the partial file.
 *
 * @example
 * ```ts
 * import { saveDownload } from "@ciudata/open-data/node";
 * const dl = await portal.download("barrios");
 * const { sha256, bytes } = await saveDownload(dl.body, "datos/barrios.csv", { contentType: dl.contentType });
 * ```
 */
export async function saveDownload(
  body: ReadableStream<Uint8Array>,
  final: string,
  options: SaveOptions = {},
): Promise<{ sha256: string; bytes: number }> {
  const expect = options.expect ?? expectFor(final);
  const reader = body.getReader();
  const hash = createHash("sha256");
  let bytes = 0;
  // Read the head first: a refused body never touches the disk.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  try {
    while (headBytes < SNIFF_BYTES) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      head.push(value);
      headBytes += value.byteLength;
    }
  } catch (error) {
    reader.releaseLock();
    throw error;
  }
  const first = Buffer.concat(head);
  const wrong = unexpectedFormat(first.subarray(0, SNIFF_BYTES), expect, options.contentType);
  if (wrong) {
    await reader.cancel().catch(() => {});
    throw new CiudataError([formatError(wrong, basename(final))]);
  }
  const tmp = partPath(final);
  const forget = trackTemp(tmp);
  const handle = await open(tmp, "w");
  try {
    const write = async (chunk: Uint8Array) => {
      hash.update(chunk);
      bytes += chunk.byteLength;
      await handle.write(chunk);
    };
    if (first.byteLength) await write(first);
    while (!ended) {
      const { done, value } = await reader.read();
      if (done) break;
      await write(value);
    }
    await handle.sync();
    await handle.close();
    await rename(tmp, final);
  } catch (error) {
    await handle.close().catch(() => {});
    await reader.cancel().catch(() => {});
    await rm(tmp, { force: true });
    throw error;
  } finally {
    forget();
  }
  return { sha256: hash.digest("hex"), bytes };
}
