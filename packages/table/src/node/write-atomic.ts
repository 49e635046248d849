import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { assertNotInput } from "./safe-path";
import { registerTemp, releaseTemp, sweepStaleTemps, tempPath } from "./temp-files";

/** What {@link writeFileAtomic} writes: text, bytes, or pieces of either (streamed, not held in memory). */
export type AtomicData =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/** Options of {@link writeFileAtomic}. */
export interface WriteAtomicOptions {
  /**
   * Files the output must not be: the write is refused (a `CiudataError` of type `output-is-input`)
   * before anything is written when `path` is the real path of one of them.
   */
  inputs?: readonly (string | null | undefined)[];
}

/**
 * Writes a file without ever leaving it half-written: the data goes to a temporary name in the same
 * folder (`.<name>.<pid>.<random>.tmp`), which is then renamed over the target (atomic on the same
 * file system). Folders are created. The temporary file is removed if the write fails, and also if
 * the process is interrupted (SIGINT, SIGTERM) meanwhile; leftovers of processes that died harder
 * (SIGKILL) are swept from the folder on the next write there. With `inputs`, refuses to write over
 * any of them.
 *
 * @example
 * ```ts
 * await writeFileAtomic("salida/report.json", JSON.stringify(report, null, 2));
 * await writeFileAtomic("salida/padron.csv", rows(), { inputs: ["padron.csv"] }); // streamed
 * ```
 */
export async function writeFileAtomic(
  path: string,
  data: AtomicData,
  options: WriteAtomicOptions = {},
): Promise<void> {
  if (options.inputs) assertNotInput(path, options.inputs);
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  await sweepStaleTemps(dir);
  const tmp = tempPath(path);
  registerTemp(tmp);
  try {
    await writeFile(tmp, typeof data === "string" || data instanceof Uint8Array ? data : inPieces(data));
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  } finally {
    releaseTemp(tmp);
  }
}

/** Pieces of text joined into chunks of about 64 KiB: one write per chunk, not one per line. */
async function* inPieces(
  data: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): AsyncGenerator<string | Uint8Array> {
  let text: string[] = [];
  let size = 0;
  for await (const piece of data) {
    if (typeof piece === "string") {
      text.push(piece);
      size += piece.length;
      if (size < 65_536) continue;
      yield text.join("");
    } else {
      if (text.length > 0) yield text.join("");
      yield piece;
    }
    text = [];
    size = 0;
  }
  if (text.length > 0) yield text.join("");
}
