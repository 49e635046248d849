import { CiudataError } from "@ciudata/core";
import { tableError } from "../report/error";
import { bytesChunks, iterableChunks, streamChunks } from "./chunks";
import { openUrl } from "./fetch-source";
import type { OpenedSource, OpenSourceOptions, SourceInput } from "./types";

function isBlob(value: unknown): value is Blob {
  if (typeof Blob !== "undefined" && value instanceof Blob) return true;
  const v = value as { stream?: unknown; size?: unknown; arrayBuffer?: unknown } | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.stream === "function" &&
    typeof v.size === "number" &&
    typeof v.arrayBuffer === "function"
  );
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  if (typeof ReadableStream !== "undefined" && value instanceof ReadableStream) return true;
  const v = value as { getReader?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.getReader === "function";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

function blobName(blob: Blob): string | null {
  const name = (blob as Partial<File>).name;
  return typeof name === "string" && name !== "" ? name : null;
}

/**
 * Opens any supported input for one streaming pass. A `string` is the table's text; a `URL` is
 * fetched (http, https, data:); a `Blob`/`File` is streamed. Throws `CiudataError` only when the
 * source cannot be opened (HTTP >= 400, network failure, unsupported input).
 *
 * @example
 * ```ts
 * const src = await openSource(new URL("https://data.buenosaires.gob.ar/hospitales.csv"));
 * const local = await openSource("nombre;edad\nAna;30\n"); // text, not a path
 * ```
 */
export async function openSource(input: SourceInput, options: OpenSourceOptions = {}): Promise<OpenedSource> {
  const { signal } = options;
  signal?.throwIfAborted();
  if (typeof input === "string") {
    const bytes = new TextEncoder().encode(input);
    return { name: null, size: bytes.byteLength, chunks: bytesChunks(bytes, signal) };
  }
  if (input instanceof URL) return openUrl(input, options);
  if (input instanceof Uint8Array || input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const bytes =
      input instanceof ArrayBuffer
        ? new Uint8Array(input)
        : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    return { name: null, size: bytes.byteLength, chunks: bytesChunks(bytes, signal) };
  }
  if (isBlob(input)) {
    return { name: blobName(input), size: input.size, chunks: streamChunks(input.stream(), signal) };
  }
  if (isReadableStream(input)) return { name: null, size: null, chunks: streamChunks(input, signal) };
  if (isAsyncIterable(input)) return { name: null, size: null, chunks: iterableChunks(input, signal) };
  throw new CiudataError([
    tableError("source-error", {
      params: {
        reason: "unsupported-input",
        received: input === null ? "null" : typeof input,
        todo: "unsupported-input",
      },
      note: "unsupported source input",
    }),
  ]);
}
