import type { Http } from "./http/client";

/** Options of a streamed download. */
export interface DownloadOptions {
  /** Stop with a `too_large` error past this many bytes (default: no cap). */
  maxBytes?: number;
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
 * first byte), size cap and progress.
 * @internal
 */
export async function openDownload(http: Http, url: URL, options: DownloadOptions = {}): Promise<Download> {
  const res = await http.stream({
    url,
    signal: options.signal,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    url,
    name: nameFrom(url, res.headers.get("content-disposition")),
    size: res.size,
    contentType: res.headers.get("content-type"),
    body: res.body,
  };
}
