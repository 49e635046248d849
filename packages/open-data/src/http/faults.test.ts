import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, ok, serve } from "../../test-support/helpers";
import { createPortal, type PortalError } from "../index";

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

const fast = { platform: "ckan" as const, retryDelay: 5, maxRetryDelay: 20, rateLimit: false as const };
const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: PortalError) => e,
  );

describe("fault injection against a local server", () => {
  it("429 with Retry-After: waits as asked, then succeeds", async () => {
    let calls = 0;
    const { url } = await serve((_req, res) => {
      calls++;
      if (calls === 1) return json(res, 429, { error: "slow down" }, { "retry-after": "1" });
      json(res, 200, ok({ count: 0, results: [] }));
    });
    const retries: number[] = [];
    const started = Date.now();
    const page = await createPortal(url, { ...fast, onRetry: (i) => retries.push(i.delayMs) }).search();
    expect(page.total).toBe(0);
    expect(calls).toBe(2);
    expect(retries).toEqual([1000]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("429 asking for longer than maxRetryAfter fails fast as rate_limited", async () => {
    const { url } = await serve((_req, res) => json(res, 429, {}, { "retry-after": "3600" }));
    const e = await fail(createPortal(url, { ...fast, maxRetryAfter: 5_000 }).search());
    expect(e).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 3_600_000, attempts: 1 });
  });

  it("a burst of 503 is retried until it clears", async () => {
    let calls = 0;
    const { url } = await serve((_req, res) => {
      calls++;
      if (calls <= 3) return json(res, 503, { success: false, error: { message: "mantenimiento" } });
      json(res, 200, ok({ count: 1, results: [{ id: "a", name: "a" }] }));
    });
    const page = await createPortal(url, { ...fast, retries: 3 }).search();
    expect(page.datasets).toHaveLength(1);
    expect(calls).toBe(4);
  });

  it("503 that never clears ends as server after every retry", async () => {
    let calls = 0;
    const { url } = await serve((_req, res) => {
      calls++;
      res.writeHead(503, { "content-type": "text/html" });
      res.end("<html><title>503 Service Unavailable</title></html>");
    });
    const e = await fail(createPortal(url, { ...fast, retries: 2 }).search());
    expect(e).toMatchObject({ kind: "server", status: 503, attempts: 3 });
    expect(calls).toBe(3);
  });

  it("an answer slower than the timeout ends as timeout, without hanging", async () => {
    const { url } = await serve(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 3_000));
      if (!res.destroyed) json(res, 200, ok({ count: 0, results: [] }));
    });
    const started = Date.now();
    const e = await fail(createPortal(url, { ...fast, timeout: 200, retries: 0 }).search());
    expect(e).toMatchObject({ kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("a body that stalls mid-way times out too", async () => {
    const { url } = await serve(async (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"success": true, "result": {"count"');
      await new Promise((r) => setTimeout(r, 3_000));
      res.end();
    });
    const e = await fail(createPortal(url, { ...fast, timeout: 300, retries: 0 }).search());
    expect(e).toMatchObject({ kind: "timeout" });
  });

  it("a connection reset mid-body is a network error, retried", async () => {
    let calls = 0;
    const { url } = await serve((_req, res) => {
      calls++;
      res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      res.write('{"success": true, "result": {"count": 1, "res');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const e = await fail(createPortal(url, { ...fast, retries: 1 }).search());
    expect(e).toMatchObject({ kind: "network", attempts: 2 });
    expect(calls).toBe(2);
  });

  it("truncated JSON is invalid_response", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"success": true, "result": {"count": 1, "results": [');
    });
    expect(await fail(createPortal(url, fast).search())).toMatchObject({
      kind: "invalid_response",
      status: 200,
    });
  });

  it("an HTML page with status 200 is blocked (WAF)", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!DOCTYPE html><html><head><title>REQUISIÇÃO BLOQUEADA</title></head><body>…</body></html>");
    });
    const e = await fail(createPortal(url, fast).search());
    expect(e).toMatchObject({ kind: "blocked", status: 200, serverMessage: "REQUISIÇÃO BLOQUEADA" });
  });

  it("a Content-Length over the cap is too_large before reading", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
      res.write("{");
    });
    const e = await fail(createPortal(url, { ...fast, maxResponseBytes: 1_000 }).search());
    expect(e).toMatchObject({ kind: "too_large" });
  });

  it("a chunked body over the cap is cut as too_large", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(ok({ count: 1, results: [{ id: "x".repeat(5_000) }] })));
    });
    const e = await fail(createPortal(url, { ...fast, maxResponseBytes: 1_000 }).search());
    expect(e).toMatchObject({ kind: "too_large" });
  });

  it("an AbortSignal cancels a request in flight and a backoff wait", async () => {
    const { url } = await serve(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 2_000));
      if (!res.destroyed) json(res, 503, {});
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const e = await fail(createPortal(url, fast).search({ signal: controller.signal }));
    expect(e).toMatchObject({ kind: "aborted" });
    let calls = 0;
    const busy = await serve((_req, res) => {
      calls++;
      json(res, 429, {}, { "retry-after": "30" });
    });
    const c2 = new AbortController();
    setTimeout(() => c2.abort(), 100);
    const e2 = await fail(createPortal(busy.url, fast).search({ signal: c2.signal }));
    expect(e2).toMatchObject({ kind: "aborted" });
    expect(calls).toBe(1);
  });

  it("limits requests in flight per host", async () => {
    let active = 0;
    let peak = 0;
    const { url } = await serve(async (_req, res) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 30));
      active--;
      json(res, 200, ok({ id: "a", name: "a", resources: [] }));
    });
    const portal = createPortal(url, { platform: "ckan", rateLimit: { concurrency: 2, perSecond: 1_000 } });
    await portal.datasetMany(["a", "b", "c", "d", "e", "f"], { concurrency: 6 });
    expect(peak).toBe(2);
  });

  it("spaces requests by the per-host rate", async () => {
    const { url } = await serve((_req, res) => json(res, 200, ok({ id: "a", name: "a", resources: [] })));
    const portal = createPortal(url, { platform: "ckan", rateLimit: { perSecond: 10, concurrency: 10 } });
    const started = Date.now();
    await portal.datasetMany(
      Array.from({ length: 15 }, (_, i) => `d${i}`),
      { concurrency: 15 },
    );
    // 10 tokens at once, then 5 more at 10/s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });
});
