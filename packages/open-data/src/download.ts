import { DEFAULT_LIMITS } from "@ciudata/table";
import type { Http } from "./http/client";
import type { Redirect } from "./http/redirect";

/** The largest download read when no `maxBytes` is given: 1 GiB. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = DEFAULT_LIMITS.maxDownloadBytes;

/** Options of a streamed download. */
export interface DownloadOptions {
  /**
   * Stop with a `too_large` error past this many bytes (default {@link DEFAULT_MAX_DOWNLOAD_BYTES},
   * 1 GiB; `Infinity` lifts the cap). A larger `Content-Length` is refused before reading.
   */
  maxBytes?: number;
  /**
   * Validators from an earlier download: sent as `If-None-Match` / `If-Modified-Since`, so an
   * unchanged resource answers 304 and `notModified` is true (with an empty body).
   */
  conditional?: { etag?: string | null; lastModified?: string | null };
  /** Called as bytes arrive. */
  onProgress?: (progress: { bytesRead: number; totalBytes: number | null }) => void;
  /** Format for whole-table exports (`csv` by default where the platform has one). */
  format?: string;
  signal?: AbortSignal;
}

/** A download in progress: read `body` once (or cancel it). */
export interface Download {
  /** The URL as requested (keep it out of logs: it may carry a key). */
  url: URL;
  /** File name from Content-Disposition or the URL, when known. */
  name: string | null;
  /** Bytes announced by Content-Length, when known. */
  size: number | null;
  contentType: string | null;
  body: ReadableStream<Uint8Array>;
  /** True when a conditional request answered 304: nothing changed, the body is empty. */
  notModified: boolean;
  /** The `ETag` and `Last-Modified` the server sent, to make the next request conditional. */
  etag: string | null;
  lastModified: string | null;
  /** Redirects followed (a redirect to another host deserves a warning: see `crossOrigin`). */
  redirects: Redirect[];
}

function nameFrom(url: URL, disposition: string | null): string | null {
  const m = disposition ? /filename\*?\s*=\s*(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  if (m?.[1]) {
    try {
      return decodeURIComponent(m[1]);
    } catch {
      return m[1];
    }
  }
  const last = url.pathname.split("/").pop() ?? "";
  try {
    return last ? decodeURIComponent(last) : null;
  } catch {
    return last || null;
  }
}

/**
 * Opens a streamed download with the client's timeout (as the longest silence), retries (before the
 * first byte), size cap (1 GiB unless told) and progress; conditional when validators are given.
 * @internal
 */
export async function openDownload(http: Http, url: URL, options: DownloadOptions = {}): Promise<Download> {
  const headers: Record<string, string> = {};
  if (options.conditional?.etag) headers["if-none-match"] = options.conditional.etag;
  if (options.conditional?.lastModified) headers["if-modified-since"] = options.conditional.lastModified;
  const conditional = Object.keys(headers).length > 0;
  const res = await http.stream({
    url,
    signal: options.signal,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES,
    ...(conditional ? { headers, pass: [304] } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    url,
    name: nameFrom(url, res.headers.get("content-disposition")),
    size: res.size,
    contentType: res.headers.get("content-type"),
    body: res.body,
    notModified: res.status === 304,
    etag: res.headers.get("etag"),
    lastModified: res.headers.get("last-modified"),
    redirects: res.redirects,
  };
}
