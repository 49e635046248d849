import { createHash } from "node:crypto";
import { open, readdir, rename, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { CiudataError } from "@ciudata/core";
import { type FormatInfo, formatError, sniffFormat } from "@ciudata/table";
import { processAlive, registerTemp, releaseTemp, sweepStaleTemps, tempPath } from "@ciudata/table/node";

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

/** The part names `tempPath(target, "part")` gives: the PID says whose it is. @internal */
export const PART_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.part$/;
const LEGACY_PART = /^([^.].*)\.(\d+)\.part$/;

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
  // `.<name>.<pid>.<12 hex>.part` (table's temp-file names), then the older `<name>.<pid>.part` of a named file.
  const removed = (await sweepStaleTemps(dir, { force: true })).map((p) => basename(p));
  for (const name of names) {
    const older = LEGACY_PART.exec(name);
    if (!older || !legacy.includes(older[1] as string) || processAlive(Number(older[2]))) continue;
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
 * Streams a download body to `final` in bounded memory: through a temporary `.part` file in the
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
  // Removed on Ctrl-C/SIGTERM by table's temp-file registry, and swept later if the process is killed.
  const tmp = tempPath(final, "part");
  registerTemp(tmp);
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
    releaseTemp(tmp);
  }
  return { sha256: hash.digest("hex"), bytes };
}
