import { DEFAULT_LIMITS, resolveLimits, throwLimit } from "../parse/limits";
import { streamChunks } from "./chunks";
import { redactUrl } from "./redact";
import { schemeError, todoForStatus } from "./scheme-error";
import type { OpenedSource, OpenSourceOptions } from "./types";

const FETCHABLE = new Set(["http:", "https:", "data:", "blob:"]);

/** Parses `filename=` / `filename*=` from a Content-Disposition header. */
function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:[\w-]+'[\w-]*')?([^;]+)/i.exec(header);
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  const raw = star?.[1] ?? plain?.[1] ?? plain?.[2];
  if (!raw) return null;
  try {
    return decodeURIComponent(raw.trim()) || null;
  } catch {
    return raw.trim() || null;
  }
}

/** Last path segment of an http(s) URL, decoded; `null` for data: URLs or a bare host. */
function urlName(href: string): string | null {
  try {
    const u = new URL(href);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    const last = u.pathname.split("/").pop() ?? "";
    return last ? decodeURIComponent(last) : null;
  } catch {
    return null;
  }
}

/** Content-Length, unless the body is re-encoded (then the header counts compressed bytes). */
function contentLength(headers: Headers): number | null {
  const encoding = headers.get("content-encoding");
  if (encoding && encoding.toLowerCase() !== "identity") return null;
  const value = headers.get("content-length");
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

/**
 * Fetches an http(s) or data: URL. Status >= 400 or a network failure throws a `scheme-error`
 * `CiudataError` whose `url` param has no query string.
 *
 * @example
 * ```ts
 * const src = await openUrl(new URL("https://datos.gob.ar/hospitales.csv"));
 * for await (const chunk of src.chunks) console.log(chunk.byteLength);
 * ```
 */
export async function openUrl(url: URL, options: OpenSourceOptions = {}): Promise<OpenedSource> {
  const { signal } = options;
  signal?.throwIfAborted();
  if (!FETCHABLE.has(url.protocol)) {
    throw schemeError(url, null, url.protocol === "file:" ? "use-open-path" : "unsupported-scheme");
  }
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== "function") {
    throw schemeError(url, null, "no-fetch");
  }
  let response: Response;
  try {
    response = await doFetch(url.href, signal ? { signal } : {});
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw schemeError(url, null, "network", cause);
  }
  if (response.status >= 400) {
    await response.body?.cancel().catch(() => {});
    throw schemeError(url, response.status, todoForStatus(response.status));
  }
  const name =
    dispositionName(response.headers.get("content-disposition")) ?? urlName(response.url || url.href);
  const body = response.body;
  const size = contentLength(response.headers);
  const cap =
    options.maxBytes === undefined
      ? DEFAULT_LIMITS.maxDownloadBytes
      : resolveLimits({ maxDownloadBytes: options.maxBytes }).maxDownloadBytes;
  if (size !== null && size > cap) {
    await body?.cancel().catch(() => {});
    throwLimit("maxDownloadBytes", cap, size, { source: redactUrl(url) });
  }
  return {
    name,
    size,
    chunks: capped(
      body
        ? streamChunks(body, signal)
        : streamChunks(new ReadableStream<Uint8Array>({ start: (c) => c.close() }), signal),
      cap,
      redactUrl(url),
    ),
  };
}

/** The chunks of a download, stopped with a `limit-error` once they pass `cap` bytes. */
async function* capped(
  chunks: AsyncIterable<Uint8Array>,
  cap: number,
  source: string,
): AsyncGenerator<Uint8Array, void, undefined> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > cap) throwLimit("maxDownloadBytes", cap, total, { source });
    yield chunk;
  }
}
