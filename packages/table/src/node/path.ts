import type { ReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { CiudataError } from "@ciudata/core";
import type { OpenedSource } from "../bytes/types";
import { tableError } from "../report/error";

/** Options for {@link openPath}. */
export interface OpenPathOptions {
  /** Aborts opening and reading; the abort reason is thrown as is. */
  signal?: AbortSignal;
  /** Chunk size in bytes (Node's default is 64 KiB). */
  highWaterMark?: number;
}

type Reason =
  | "not-found"
  | "is-directory"
  | "permission"
  | "symlink-loop"
  | "too-many-open-files"
  | "unreadable";

function reasonOf(code: string | undefined): Reason {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "not-found";
    case "EISDIR":
      return "is-directory";
    case "EACCES":
    case "EPERM":
      return "permission";
    case "ELOOP":
      return "symlink-loop";
    case "EMFILE":
    case "ENFILE":
      return "too-many-open-files";
    default:
      return "unreadable";
  }
}

function sourceError(path: string, reason: Reason, code: string | null, cause?: unknown): CiudataError {
  const error = tableError("source-error", {
    params: { path, reason, code, todo: reason },
    note: `cannot open ${path}: ${reason}${code ? ` (${code})` : ""}`,
  });
  return new CiudataError([error], cause === undefined ? undefined : { cause });
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

async function* fileChunks(stream: ReadStream): AsyncGenerator<Uint8Array> {
  let finished = false;
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    finished = true;
  } finally {
    if (!finished) stream.destroy();
  }
}

/**
 * Opens a local file for one streaming pass (Node only). The file is opened right away, so a
 * missing file, a directory or a permission problem throws a `source-error` `CiudataError`.
 * Read `chunks` to the end, or break out of the loop, to close the file.
 *
 * @example
 * ```ts
 * import { openPath } from "@ciudata/table/node";
 * const src = await openPath("data/hospitales.csv");
 * const decoded = await decodeSource(src);
 * ```
 */
export async function openPath(path: string, options: OpenPathOptions = {}): Promise<OpenedSource> {
  const { signal, highWaterMark } = options;
  signal?.throwIfAborted();
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (cause) {
    const code = codeOf(cause);
    throw sourceError(path, reasonOf(code), code ?? null, cause);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw sourceError(path, "is-directory", "EISDIR");
    signal?.throwIfAborted();
    const stream = handle.createReadStream({
      autoClose: true,
      // 256 KiB reads: fewer round trips to the disk than Node's 64 KiB default, memory still bounded.
      highWaterMark: highWaterMark ?? 256 * 1024,
      ...(signal === undefined ? {} : { signal }),
    });
    return {
      name: basename(path),
      size: stats.isFile() ? stats.size : null,
      ...(stats.isFile() ? { path: resolve(path) } : {}),
      chunks: fileChunks(stream),
    };
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}
