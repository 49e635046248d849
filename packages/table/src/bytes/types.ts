/**
 * What {@link openSource} accepts. A `string` is the table's TEXT itself (never a path: use
 * `openPath` from `@ciudata/table/node` for files); a `URL` (http, https or data:) is fetched.
 */
export type SourceInput =
  | string
  | URL
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Uint8Array
  | ArrayBuffer;

/** A source opened for one pass of reading. */
export interface OpenedSource {
  /** File name when known (Blob/File name, URL last segment, file basename), else `null`. */
  name: string | null;
  /** Size in bytes when known up front (Blob size, byteLength, Content-Length), else `null`. */
  size: number | null;
  /**
   * The local file the bytes come from, when there is one (`openPath` sets it): a reader may open it
   * again, e.g. to read parts of it in parallel.
   */
  path?: string;
  /**
   * When the source is a spreadsheet (`.xlsx`, `.ods`): the sheet to read, by name or 1-based position
   * (default: the first visible sheet with data).
   */
  sheet?: string | number;
  /** The bytes, in order. Single use: iterate it once; breaking out of the loop closes the source. */
  chunks: AsyncIterable<Uint8Array>;
}

/** Options for {@link openSource}. */
export interface OpenSourceOptions {
  /** Aborts opening and reading; the abort reason is thrown as is. */
  signal?: AbortSignal;
  /** The `fetch` used for URLs; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * The most bytes read from a URL (default `DEFAULT_LIMITS.maxDownloadBytes`, 1 GiB; `Infinity`
   * lifts it): a larger Content-Length is refused at once, an endless body stops there, both with
   * a `limit-error` `CiudataError`.
   */
  maxBytes?: number;
}
