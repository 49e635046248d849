import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, ok, serve } from "../../test-support/helpers";
import { createPortal } from "../index";
import { loadSnapshot, mirrorPortal, servePortal } from "./index";

const FILE_BYTES = 768 * 1024;
const fileBody = (n: number) => {
  const line = `${n},${"x".repeat(60)}\n`;
  return Buffer.from(`id,texto\n${line.repeat(Math.ceil(FILE_BYTES / line.length))}`);
};

const pkg = (n: number, origin: string) => ({
  id: `ds-${n}`,
  name: `ds-${n}`,
  title: `Dataset ${n}`,
  metadata_created: `2026-01-0${n}`,
  resources: [{ id: `res-${n}`, format: "CSV", url: `${origin}/big/${n}.csv` }],
});

/** A CKAN portal whose files trickle out slowly, so a mirror can be killed in the middle of one. */
async function slowPortal() {
  const srv = await serve(async (req, res) => {
    const origin = `http://${req.headers.host}`;
    if (req.path === "/api/3/action/package_search") {
      const start = Number(req.query.get("start") ?? 0);
      const rows = Number(req.query.get("rows") ?? 10);
      const all = [1, 2, 3, 4].map((n) => pkg(n, origin));
      return json(res, 200, ok({ count: all.length, results: all.slice(start, start + rows) }));
    }
    if (req.path === "/api/3/action/organization_list") return json(res, 200, ok([]));
    const m = /^\/big\/(\d+)\.csv$/.exec(req.path);
    if (!m) return json(res, 404, { success: false, error: { __type: "Not Found Error" } });
    const body = fileBody(Number(m[1]));
    res.writeHead(200, { "content-type": "text/csv", "content-length": String(body.byteLength) });
    for (let at = 0; at < body.byteLength && !res.destroyed; at += 64 * 1024) {
      res.write(body.subarray(at, at + 64 * 1024));
      await new Promise((r) => setTimeout(r, 25));
    }
    res.end();
  });
  return srv;
}

/** Byte equality without vitest's slow element-by-element diff of big buffers. */
const same = (a: Buffer, b: Buffer) => a.equals(b);

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ciudata-mirror-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("mirror", () => {
  it("snapshots a portal that servePortal serves back", async () => {
    const { url } = await slowPortal();
    const out = join(work, "full");
    const result = await mirrorPortal(url, out, { platform: "ckan", rateLimit: false });
    expect(result).toMatchObject({ datasets: 4, files: 4, reused: 0, failed: [] });
    expect(same(await readFile(join(out, "files/res-2.csv")), fileBody(2))).toBe(true);
    const sums = await readFile(join(out, "SHA256SUMS"), "utf8");
    expect(sums.trim().split("\n")).toHaveLength(4);
    const shown = new URL(url).href;
    expect((await loadSnapshot(out)).title).toBe(`Copia de ${shown}`);
    const again = await mirrorPortal(url, out, { platform: "ckan", rateLimit: false, lang: "en" });
    expect(again.reused).toBe(4);
    expect(await loadSnapshot(out)).toMatchObject({
      title: `Copy of ${shown}`,
      description: `Offline copy of ${shown} made with ciudata.`,
    });
    const lb = await servePortal(out);
    try {
      const local = createPortal(lb.url);
      const d = await local.dataset("ds-3");
      expect(d.resources[0]?.url).toBe(`${lb.url}/files/res-3.csv`);
      const rows = await local.rows("res-3", { limit: 2 });
      expect(rows.total).toBeGreaterThan(1000);
    } finally {
      await lb.close();
    }
  });

  it("killed with SIGKILL mid-run, then re-run, ends byte-identical with no partial file under a final name", async () => {
    const { url } = await slowPortal();
    const reference = join(work, "reference");
    await mirrorPortal(url, reference, { platform: "ckan", rateLimit: false });

    const bundle = join(work, "mirror-bundle.mjs");
    await build({
      entryPoints: [new URL("./index.ts", import.meta.url).pathname],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: bundle,
      conditions: ["@ciudata/source"],
      // The optional peer that serving a folder loads on demand is never bundled (as in an install).
      external: ["@duckdb/node-api"],
      logLevel: "silent",
    });
    const script = join(work, "run-mirror.mjs");
    await writeFile(
      script,
      `import { mirrorPortal } from ${JSON.stringify(bundle)};\nawait mirrorPortal(process.argv[2], process.argv[3], { platform: "ckan", rateLimit: false, concurrency: 1 });\n`,
    );
    const out = join(work, "killed");
    const child = spawn(process.execPath, [script, url, out], { stdio: "ignore" });
    // Kill once the first file is complete and the second is being written.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const names = existsSync(join(out, "files")) ? await readdir(join(out, "files")) : [];
      if (names.some((n) => !n.startsWith(".")) && names.some((n) => n.endsWith(".part"))) break;
      if (Date.now() > deadline) throw new Error("the mirror never reached the middle of a file");
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const left = await readdir(join(out, "files"));
    expect(left.some((n) => n.endsWith(".part"))).toBe(true);
    expect(existsSync(join(out, "catalog.json"))).toBe(false);
    for (const name of left.filter((n) => !n.startsWith("."))) {
      const n = Number(/res-(\d+)/.exec(name)?.[1]);
      expect(same(await readFile(join(out, "files", name)), fileBody(n)), name).toBe(true);
    }

    const resumed = await mirrorPortal(url, out, { platform: "ckan", rateLimit: false });
    expect(resumed.failed).toEqual([]);
    expect(resumed.reused).toBeGreaterThanOrEqual(1);
    const names = (await readdir(join(out, "files"))).sort();
    expect(names).toEqual((await readdir(join(reference, "files"))).sort());
    for (const name of [...names.map((n) => `files/${n}`), "catalog.json", "SHA256SUMS"])
      expect(same(await readFile(join(out, name)), await readFile(join(reference, name))), name).toBe(true);
    expect((await loadSnapshot(out)).datasets).toHaveLength(4);
  });
});
