import { CiudataError } from "@ciudata/core";
import { tableError } from "../report/error";

const encoder = new TextEncoder();

/**
 * Normalises one chunk to a plain `Uint8Array` view (no copy); rejects values that are not bytes.
 *
 * @example
 * ```ts
 * toBytes(new ArrayBuffer(2)); // Uint8Array [0, 0]
 * ```
 */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) {
    return value.constructor === Uint8Array
      ? value
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === "string") return encoder.encode(value);
  throw new CiudataError([
    tableError("source-error", {
      params: {
        reason: "invalid-chunk",
        received: value === null ? "null" : typeof value,
        todo: "invalid-chunk",
      },
      note: "source yielded a chunk that is not bytes",
    }),
  ]);
}

/**
 * Resolves like `promise`, or rejects with the signal's reason as soon as it aborts.
 *
 * @example
 * ```ts
 * const r = await raceAbort(iterator.next(), signal);
 * ```
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Yields a byte array once (if not empty), honouring the signal.
 *
 * @example
 * ```ts
 * for await (const c of bytesChunks(new Uint8Array([1, 2]))) console.log(c.length); // 2
 * ```
 */
export async function* bytesChunks(bytes: Uint8Array, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  signal?.throwIfAborted();
  if (bytes.byteLength > 0) yield bytes;
}

/**
 * Reads a web `ReadableStream` chunk by chunk; aborting cancels the stream, breaking out cancels it too.
 *
 * @example
 * ```ts
 * for await (const c of streamChunks(blob.stream(), signal)) total += c.length;
 * ```
 */
export async function* streamChunks(
  stream: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  signal?.throwIfAborted();
  const reader = stream.getReader();
  const onAbort = (): void => {
    reader.cancel(signal?.reason).catch(() => {});
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  let finished = false;
  try {
    while (true) {
      const r = await reader.read();
      signal?.throwIfAborted();
      if (r.done) {
        finished = true;
        return;
      }
      const bytes = toBytes(r.value);
      if (bytes.byteLength > 0) yield bytes;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * Re-yields an async iterable's chunks as bytes; aborting rejects the pending read and closes the iterator.
 *
 * @example
 * ```ts
 * for await (const c of iterableChunks(nodeReadable, signal)) total += c.length;
 * ```
 */
export async function* iterableChunks(
  source: AsyncIterable<unknown>,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  signal?.throwIfAborted();
  const it = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      const r = await raceAbort(it.next(), signal);
      if (r.done) {
        finished = true;
        return;
      }
      const bytes = toBytes(r.value);
      if (bytes.byteLength > 0) yield bytes;
    }
  } finally {
    // Do not await: an async generator queues return() behind a pending next().
    if (!finished) Promise.resolve(it.return?.()).catch(() => {});
  }
}
