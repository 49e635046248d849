import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CiudataError } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSource } from "./open-source";
import type { OpenedSource } from "./types";

const CSV = new Uint8Array([0x4e, 0x55, 0xd1, 0x45, 0x5a, 0x3b, 0x31, 0x0a]); // NUÑEZ;1 in latin1

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/datos/hospitales.csv") {
      res.writeHead(200, { "content-type": "text/csv", "content-length": String(CSV.length) });
      res.end(CSV);
    } else if (path === "/descargar") {
      res.writeHead(200, { "content-disposition": 'attachment; filename="casos positivos.csv"' });
      res.write("a;b\n");
      res.end("1;2\n");
    } else if (path === "/slow.csv") {
      res.writeHead(200, { "content-type": "text/csv" });
      res.write("a;b\n"); // never ends
    } else if (path === "/error") {
      res.writeHead(500);
      res.end("boom");
    } else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<html>not found</html>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function bytesOf(source: OpenedSource): Promise<number[]> {
  const out: number[] = [];
  for await (const chunk of source.chunks) out.push(...chunk);
  return out;
}

async function caught(promise: Promise<unknown>): Promise<CiudataError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CiudataError) return error;
    throw error;
  }
  throw new Error("expected a CiudataError");
}

describe("openSource(URL) against a local HTTP server", () => {
  it("fetches 200 with name from the path and size from Content-Length, bytes untouched", async () => {
    const src = await openSource(new URL(`${base}/datos/hospitales.csv?token=abc`));
    expect(src.name).toBe("hospitales.csv");
    expect(src.size).toBe(CSV.length);
    expect(await bytesOf(src)).toEqual([...CSV]);
  });

  it("takes the name from Content-Disposition", async () => {
    const src = await openSource(new URL(`${base}/descargar`));
    expect(src.name).toBe("casos positivos.csv");
    expect(new TextDecoder().decode(new Uint8Array(await bytesOf(src)))).toBe("a;b\n1;2\n");
  });

  it("throws a scheme-error with status, hint and a url without its query string on 404", async () => {
    const error = await caught(openSource(new URL(`${base}/missing.csv?api_key=SECRET123`)));
    const [first] = error.errors;
    expect(first.type).toBe("scheme-error");
    expect(first.params).toMatchObject({ url: `${base}/missing.csv`, status: 404 });
    expect(first.params.todo).toBe("url-not-found");
    expect(JSON.stringify(error.errors)).not.toContain("SECRET123");
    expect(error.message).not.toContain("SECRET123");
  });

  it("throws a scheme-error on 500", async () => {
    const error = await caught(openSource(new URL(`${base}/error`)));
    expect(error.errors[0].params).toMatchObject({ status: 500 });
  });

  it("throws a scheme-error with status null on a network failure", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await caught(openSource(new URL(`http://127.0.0.1:${port}/x.csv?token=t`)));
    expect(error.errors[0]).toMatchObject({
      type: "scheme-error",
      params: { status: null, url: `http://127.0.0.1:${port}/x.csv` },
    });
  });

  it("uses an injected fetch", async () => {
    const calls: string[] = [];
    const fake: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response("x;y\n", { status: 200 });
    };
    const src = await openSource(new URL("https://example.invalid/a.csv"), { fetch: fake });
    expect(calls).toEqual(["https://example.invalid/a.csv"]);
    expect(await bytesOf(src)).toEqual([...new TextEncoder().encode("x;y\n")]);
  });

  it("reads a data: URL", async () => {
    const src = await openSource(new URL("data:text/csv,a%3Bb%0A1%3B2"));
    expect(new TextDecoder().decode(new Uint8Array(await bytesOf(src)))).toBe("a;b\n1;2");
  });

  it("rejects file: URLs with a hint towards openPath", async () => {
    const error = await caught(openSource(new URL("file:///tmp/x.csv")));
    expect(error.errors[0].params.todo).toBe("use-open-path");
  });

  it("aborts a response that stalls", async () => {
    const controller = new AbortController();
    const src = await openSource(new URL(`${base}/slow.csv`), { signal: controller.signal });
    const read = (async () => {
      for await (const _ of src.chunks) setTimeout(() => controller.abort(new Error("gave up")), 5);
    })();
    await expect(read).rejects.toThrow("gave up");
  });

  it("aborts before the request with the signal's reason, not a scheme-error", async () => {
    const controller = new AbortController();
    controller.abort(new Error("early"));
    await expect(
      openSource(new URL(`${base}/datos/hospitales.csv`), { signal: controller.signal }),
    ).rejects.toThrow("early");
  });
});
