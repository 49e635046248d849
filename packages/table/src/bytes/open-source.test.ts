import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { openSource } from "./open-source";
import type { OpenedSource } from "./types";

async function bytesOf(source: OpenedSource): Promise<number[]> {
  const out: number[] = [];
  for await (const chunk of source.chunks) out.push(...chunk);
  return out;
}

function streamOf(chunks: number[][]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new Uint8Array(c));
      controller.close();
    },
  });
}

describe("openSource", () => {
  it("treats a string as the table's text, encoded as UTF-8", async () => {
    const src = await openSource("año;ñ\n");
    expect(src.name).toBeNull();
    expect(src.size).toBe(new TextEncoder().encode("año;ñ\n").byteLength);
    expect(await bytesOf(src)).toEqual([...new TextEncoder().encode("año;ñ\n")]);
  });

  it("reads a Uint8Array and an ArrayBuffer with their size", async () => {
    const bytes = new Uint8Array([0x61, 0xd1, 0x0a]);
    const a = await openSource(bytes);
    expect(a.size).toBe(3);
    expect(await bytesOf(a)).toEqual([0x61, 0xd1, 0x0a]);
    const b = await openSource(bytes.buffer);
    expect(b.size).toBe(3);
    expect(await bytesOf(b)).toEqual([0x61, 0xd1, 0x0a]);
  });

  it("reads a Blob and takes a File's name", async () => {
    const blob = new Blob([new Uint8Array([0x41, 0x42])]);
    const a = await openSource(blob);
    expect(a).toMatchObject({ name: null, size: 2 });
    expect(await bytesOf(a)).toEqual([0x41, 0x42]);
    const file = new File(["x;y\n"], "hospitales.csv", { type: "text/csv" });
    const b = await openSource(file);
    expect(b).toMatchObject({ name: "hospitales.csv", size: 4 });
    expect(await bytesOf(b)).toEqual([0x78, 0x3b, 0x79, 0x0a]);
  });

  it("reads a ReadableStream chunk by chunk, size unknown", async () => {
    const src = await openSource(streamOf([[1, 2], [], [3]]));
    expect(src.size).toBeNull();
    expect(await bytesOf(src)).toEqual([1, 2, 3]);
  });

  it("reads an async iterable of bytes", async () => {
    async function* gen(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1]);
      yield new Uint8Array([2, 3]);
    }
    expect(await bytesOf(await openSource(gen()))).toEqual([1, 2, 3]);
  });

  it("cancels the ReadableStream when the reader breaks out early", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new Uint8Array([7])),
      cancel: () => {
        cancelled = true;
      },
    });
    const src = await openSource(stream);
    for await (const _ of src.chunks) break;
    expect(cancelled).toBe(true);
  });

  it("rejects an already aborted signal", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(openSource("a", { signal: controller.signal })).rejects.toThrow("stop");
  });

  it("aborts a ReadableStream and an async iterable that are waiting for data", async () => {
    const controller = new AbortController();
    const pending = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array([1])) });
    const src = await openSource(pending, { signal: controller.signal });
    const seen: number[] = [];
    const read = (async () => {
      for await (const c of src.chunks) {
        seen.push(...c);
        controller.abort(new Error("user cancelled"));
      }
    })();
    await expect(read).rejects.toThrow("user cancelled");
    expect(seen).toEqual([1]);

    const c2 = new AbortController();
    async function* never(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1]);
      await new Promise(() => {});
    }
    const src2 = await openSource(never(), { signal: c2.signal });
    const read2 = (async () => {
      for await (const _ of src2.chunks) setTimeout(() => c2.abort(new Error("timeout")), 5);
    })();
    await expect(read2).rejects.toThrow("timeout");
  });

  it("throws a source-error for unsupported input and for chunks that are not bytes", async () => {
    await expect(openSource(42 as unknown as string)).rejects.toBeInstanceOf(CiudataError);
    await expect(openSource(42 as unknown as string)).rejects.toMatchObject({
      errors: [{ type: "source-error", params: { reason: "unsupported-input" } }],
    });
    async function* bad(): AsyncGenerator<unknown> {
      yield { not: "bytes" };
    }
    const src = await openSource(bad() as AsyncIterable<Uint8Array>);
    await expect(bytesOf(src)).rejects.toMatchObject({
      errors: [{ type: "source-error", params: { reason: "invalid-chunk" } }],
    });
  });
});
