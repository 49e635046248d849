import { CiudataError, createIssue } from "@ciudata/core";

/**
 * Content-Length as a number, unless the body is compressed (the header then counts compressed bytes).
 * @internal
 */
export function declaredLength(headers: Headers): number | null {
  const encoding = headers.get("content-encoding");
  if (encoding && encoding.toLowerCase() !== "identity") return null;
  const value = headers.get("content-length");
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

/**
 * Thrown by {@link readCapped} when a body passes the cap: a `portal/too-large` issue, turned into a
 * `PortalError` (with method and URL) by the client. @internal
 */
export class OverCapError extends CiudataError {
  override readonly name: string = "OverCapError";
  constructor(readonly cap: number) {
    super([createIssue("portal/too-large", { params: { cap }, note: `body over ${cap} bytes` })]);
  }
}

/**
 * Reads a whole body as bytes, cancelling it as soon as it passes `cap` bytes.
 * @internal
 */
export async function readCapped(body: ReadableStream<Uint8Array> | null, cap: number): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        await reader.cancel().catch(() => {});
        throw new OverCapError(cap);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
