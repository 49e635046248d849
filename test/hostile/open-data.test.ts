// Hostile input for @ciudata/open-data and `ciudata portal` (issue #14, items 1, 6, 7 and 9):
// the local portal never serves a file outside its folder, credentials never follow a redirect to
// another origin, downloads are capped and streamed, HTML is never saved as a table, mirrors refresh
// what changed, and killed downloads leave nothing behind. Every fixture is generated here.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { type IncomingHttpHeaders, request, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortal, type Redirect } from "../../packages/open-data/src/index";
import {
  listenLoopback,
  mirrorPortal,
  servePortal,
  writeSampleSnapshot,
} from "../../packages/open-data/src/node/index";
import { runCli } from "../support/cli";

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ciudata-hostile-od-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A GET with the path sent byte for byte (fetch would normalise `..` and `%2e%2e` away). */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: Number(u.port), path, method: "GET", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("1. portal serve never discloses a file outside the served folder", () => {
  it("1. portal serve refuses traversal, bad encodings and links out, for every route that reads files", async () => {
    const dir = join(work, "serve");
    await writeSampleSnapshot(dir);
    const secret = join(work, "secret.csv");
    const SECRET = "dni,nombre\n30123456,SECRETO-NO-SERVIR\n";
    await writeFile(secret, SECRET);
    // A link inside the served folder that points out of it, listed in the catalog as a real file.
    await symlink(secret, join(dir, "files", "fuga.csv"));
    const catalog = JSON.parse(await readFile(join(dir, "catalog.json"), "utf8"));
    const hostile = [
      ["viaje", "files/../../../../../../../../../../../..".concat(secret)],
      ["absoluto", secret],
      ["absoluto-files", `files/${secret}`],
      ["barra-invertida", "files\\..\\..\\secret.csv"],
      ["barra-invertida-2", "files/..\\..\\secret.csv"],
      ["nul", "files/barrios.csv\u0000../../secret.csv"],
      ["enlace", "files/fuga.csv"],
    ] as const;
    catalog.datasets.push({
      id: "hostil",
      name: "hostil",
      title: "Hostil",
      metadata_created: "2026-01-01",
      resources: hostile.map(([id, url]) => ({ id, url, format: "CSV", datastore_active: true })),
    });
    catalog.files["files/fuga.csv"] = { sha256: "0", bytes: 0, resourceId: "enlace" };
    await writeFile(join(dir, "catalog.json"), JSON.stringify(catalog));

    const lb = await servePortal(dir);
    try {
      const leaks = (text: string) => text.includes("SECRETO-NO-SERVIR") || text.includes("30123456");
      // datastore_search and resource_show over every hostile catalog URL.
      for (const [id] of hostile) {
        const ds = await rawGet(
          lb.url,
          `/api/3/action/datastore_search?resource_id=${encodeURIComponent(id)}`,
        );
        expect([403, 404], id).toContain(ds.status);
        expect(leaks(ds.body), id).toBe(false);
        expect(JSON.parse(ds.body)).toMatchObject({ success: false });
        const show = await rawGet(lb.url, `/api/3/action/resource_show?id=${encodeURIComponent(id)}`);
        expect(show.status).toBe(200);
        const url = JSON.parse(show.body).result.url;
        // Only a clean local file keeps a served URL; hostile paths are not offered as links.
        if (id === "enlace") expect(url).toBe(`${lb.url}/files/fuga.csv`);
        else expect(url, id).toBeNull();
        const pkg = await rawGet(lb.url, "/api/3/action/package_show?id=hostil");
        expect(leaks(pkg.body)).toBe(false);
      }
      // data.json publishes no link to a hostile path either.
      const dcat = JSON.parse((await rawGet(lb.url, "/data.json")).body);
      const hostileDist = dcat.dataset.find((d: { identifier: string }) => d.identifier === "hostil");
      expect(hostileDist.distribution.map((x: { downloadURL: unknown }) => x.downloadURL)).toEqual([
        ...hostile.slice(0, -1).map(() => null),
        `${lb.url}/files/fuga.csv`,
      ]);
      // The /files/ route with every encoding trick.
      const paths = [
        "/files/../../../../../../etc/passwd",
        "/files/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/files/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/files/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "/files/..%5c..%5c..%5cetc%5cpasswd",
        "/files/..\\..\\..\\etc\\passwd",
        "/files/barrios.csv%00../../secret.csv",
        `/files/${encodeURIComponent(secret)}`,
        "/files/fuga.csv",
        "/files/%E0%A4%A",
        "/files/%",
      ];
      for (const path of paths) {
        const r = await rawGet(lb.url, path);
        expect([400, 403, 404], path).toContain(r.status);
        expect(leaks(r.body), path).toBe(false);
        expect(r.body).not.toContain("root:");
        expect(JSON.parse(r.body), path).toMatchObject({ success: false });
      }
      expect((await rawGet(lb.url, "/files/%E0%A4%A")).status).toBe(400);
      expect((await rawGet(lb.url, "/files/fuga.csv")).status).toBe(403);
      // A clean file is still served, with no wildcard CORS.
      const ok = await rawGet(lb.url, "/files/barrios.csv", { origin: "https://evil.example" });
      expect(ok.status).toBe(200);
      expect(ok.body.startsWith("id,")).toBe(true);
      expect(ok.headers["access-control-allow-origin"]).toBeUndefined();
      // A page whose DNS name was rebound to 127.0.0.1 is refused by Host.
      const rebound = await rawGet(lb.url, "/api/3/action/package_list", { host: "evil.example" });
      expect(rebound.status).toBe(403);
    } finally {
      await lb.close();
    }
    // Only origins the user names get CORS, only for reading.
    const open = await servePortal(dir, { allowOrigins: ["http://localhost:5173"] });
    try {
      const r = await rawGet(open.url, "/api/3/action/package_list", { origin: "http://localhost:5173" });
      expect(r.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
      const other = await rawGet(open.url, "/api/3/action/package_list", { origin: "https://evil.example" });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it("1. portal mirror never writes a relative or absolute path as a catalog resource URL", async () => {
    const evil = await listenLoopback((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      res.writeHead(200, { "content-type": "application/json" });
      if (path === "/api/3/action/package_search")
        return res.end(
          JSON.stringify({
            success: true,
            result: {
              count: 1,
              results: [
                {
                  id: "d",
                  name: "d",
                  resources: [
                    { id: "a", url: "files/../../../../../../etc/passwd", format: "CSV" },
                    { id: "b", url: "/etc/passwd", format: "CSV" },
                    { id: "c", url: "file:///etc/passwd", format: "CSV" },
                  ],
                },
              ],
            },
          }),
        );
      res.end(JSON.stringify({ success: true, result: [] }));
    });
    try {
      const out = join(work, "mirror-evil");
      await mirrorPortal(evil.url, out, { platform: "ckan", rateLimit: false });
      const snap = JSON.parse(await readFile(join(out, "catalog.json"), "utf8"));
      const urls = snap.datasets[0].resources.map((r: { url: unknown }) => r.url);
      expect(urls).toEqual([null, null, null]);
    } finally {
      await evil.close();
    }
  });
});

/** A loopback server that logs the headers of every request and answers with `handler`. */
async function recorder(handler: (path: string, res: ServerResponse) => void) {
  const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
  const lb = await listenLoopback((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    seen.push({ path, headers: req.headers });
    handler(path, res);
  });
  return { lb, seen };
}

describe("6. credentials never follow a redirect to another origin", () => {
  it("6. every credential header is dropped on a cross-origin redirect, on every platform, and the redirect is reported", async () => {
    const TOKEN = "TOKEN-SECRETO-123";
    const other = await recorder((path, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      if (path.startsWith("/api/views/")) return res.end(JSON.stringify({ id: "abcd-1234", name: "Vista" }));
      if (path.startsWith("/api/3/action/"))
        return res.end(JSON.stringify({ success: true, result: { id: "x", name: "x", resources: [] } }));
      if (path.startsWith("/api/explore/")) return res.end(JSON.stringify({ dataset_id: "x", fields: [] }));
      res.end("id,valor\n1,2\n");
    });
    const first = await recorder((path, res) => {
      // Same-origin hop first (credentials kept), then off to the other origin.
      if (!path.startsWith("/same/")) {
        res.writeHead(302, { location: `/same${path}` });
        return res.end();
      }
      res.writeHead(307, { location: `${other.lb.url}${path.slice("/same".length)}` });
      res.end();
    });
    try {
      const redirects: Redirect[] = [];
      const common = {
        token: TOKEN,
        rateLimit: false as const,
        retries: 0,
        onRedirect: (r: Redirect) => redirects.push(r),
      };
      await createPortal(first.lb.url, { ...common, platform: "socrata" }).dataset("abcd-1234");
      await createPortal(first.lb.url, { ...common, platform: "ckan" }).dataset("x");
      await createPortal(first.lb.url, { ...common, platform: "opendatasoft" })
        .dataset("x")
        .catch(() => null);
      const dl = await createPortal(first.lb.url, {
        ...common,
        platform: "ckan",
        headers: { cookie: `sesion=${TOKEN}`, "x-portal-secret": TOKEN, "x-ckan-api-key": TOKEN },
        secretHeaders: ["X-Portal-Secret"],
      }).download(new URL(`${first.lb.url}/datos.csv`));
      expect(await new Response(dl.body).text()).toBe("id,valor\n1,2\n");
      expect(dl.redirects.map((r) => r.crossOrigin)).toEqual([false, true]);
      expect(dl.redirects[1]?.dropped.sort()).toEqual(["cookie", "x-ckan-api-key", "x-portal-secret"]);

      // The first origin saw the credentials on both of its hops; the other origin never did.
      expect(first.seen.length).toBeGreaterThanOrEqual(8);
      expect(first.seen.some((s) => JSON.stringify(s.headers).includes(TOKEN))).toBe(true);
      expect(
        first.seen
          .filter((s) => s.path.startsWith("/same/"))
          .every((s) => JSON.stringify(s.headers).includes(TOKEN)),
      ).toBe(true);
      expect(other.seen.length).toBeGreaterThanOrEqual(4);
      for (const s of other.seen) expect(JSON.stringify(s.headers), s.path).not.toContain(TOKEN);
      expect(other.seen.some((s) => s.headers["x-app-token"] !== undefined)).toBe(false);
      expect(redirects.filter((r) => r.crossOrigin).length).toBeGreaterThanOrEqual(4);
      expect(redirects.every((r) => !r.to.includes("?"))).toBe(true);
      // The CLI says so on stderr, once per pair of hosts.
      const r = await cli([
        "portal",
        "download",
        first.lb.url,
        `${first.lb.url}/datos.csv`,
        "--out",
        "redirigido.csv",
        "--platform",
        "ckan",
      ]);
      expect(r.code).toBe(0);
      const from = new URL(first.lb.url).host;
      const to = new URL(other.lb.url).host;
      expect(r.err).toBe(`! redirigido de ${from} a ${to} (sin enviar claves)\n`);
    } finally {
      await first.lb.close();
      await other.lb.close();
    }
  });
});

/** Runs `ciudata …` in this process with captured output. */
const cli = (args: string[]) => runCli(args, { cwd: work });

const LOGIN_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Ingresar</title></head><body><form action="/login">Usuario</form></body></html>\n';

describe("7. downloads are capped, streamed, never HTML where a table was expected, and mirrors refresh", () => {
  it("7. portal download without --max-mb stops at a default cap with a clear error and leaves no file", async () => {
    // Announces 2 GiB and then trickles: the old code wrote whatever came, with no cap at all.
    const huge = await listenLoopback((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv", "content-length": String(2 * 1024 ** 3) });
      res.write("id,valor\n");
      setTimeout(() => res.destroy(), 300);
    });
    try {
      const r = await cli([
        "portal",
        "download",
        huge.url,
        `${huge.url}/grande.csv`,
        "--out",
        "grande.csv",
        "--platform",
        "ckan",
      ]);
      expect(r.code).toBe(1);
      expect(r.err).toContain("supera el tamaño máximo");
      expect(r.err).toContain("--max-mb");
      expect(r.err).toContain("1024 MB");
      expect((await readdir(work)).filter((n) => n.includes("grande"))).toEqual([]);
    } finally {
      await huge.close();
    }
  });

  it("7. portal download streams to disk in bounded memory and stops at --max-mb", async () => {
    const CHUNK = Buffer.alloc(256 * 1024, "1234567,texto de relleno\n");
    let sent = 0;
    let resume: () => void = () => {};
    const paused = new Promise<void>((r) => {
      resume = r;
    });
    let reachedPause: () => void = () => {};
    const atPause = new Promise<void>((r) => {
      reachedPause = r;
    });
    // An endless body (no Content-Length) that pauses after 16 MiB so the test can look at the disk.
    const endless = await listenLoopback(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.write("id,texto\n");
      while (!res.destroyed) {
        if (sent === 16 * 1024 * 1024) {
          reachedPause();
          await paused;
        }
        sent += CHUNK.byteLength;
        if (!res.write(CHUNK)) await new Promise((r) => res.once("drain", r));
      }
    });
    try {
      const dir = join(work, "stream");
      await mkdir(dir);
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      const done = cli([
        "portal",
        "download",
        endless.url,
        `${endless.url}/x.csv`,
        "--out",
        "stream/x.csv",
        "--platform",
        "ckan",
        "--max-mb",
        "256",
      ]);
      await atPause;
      // Mid-download, the bytes are already on disk under the temporary name: streamed, not buffered.
      let onDisk = 0;
      for (let i = 0; i < 200 && onDisk < 8 * 1024 * 1024; i++) {
        await new Promise((r) => setTimeout(r, 25));
        const parts = (await readdir(dir)).filter((n) => n.endsWith(".part"));
        onDisk = parts.length ? (await stat(join(dir, parts[0] as string))).size : 0;
      }
      expect(onDisk).toBeGreaterThanOrEqual(8 * 1024 * 1024);
      resume();
      const r = await done;
      clearInterval(sampler);
      expect(r.code).toBe(1);
      expect(r.err).toContain("--max-mb");
      // 256 MiB went through; memory stayed well below that (generous bound: GC timing varies).
      expect(peak - before).toBeLessThan(160 * 1024 * 1024);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await endless.close();
    }
  }, 60_000);

  it("7. portal download and mirror refuse an HTML login page or a binary where a table was expected", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const portal = await listenLoopback((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const origin = `http://${req.headers.host}`;
      if (path === "/api/3/action/package_search") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(
          JSON.stringify({
            success: true,
            result: {
              count: 1,
              results: [
                {
                  id: "d",
                  name: "d",
                  resources: [
                    { id: "login", url: `${origin}/login.csv`, format: "CSV" },
                    { id: "imagen", url: `${origin}/imagen.csv`, format: "CSV" },
                    { id: "bien", url: `${origin}/bien.csv`, format: "CSV" },
                  ],
                },
              ],
            },
          }),
        );
      }
      if (path === "/api/3/action/organization_list") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"success":true,"result":[]}');
      }
      if (path === "/login.csv") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(LOGIN_PAGE);
      }
      if (path === "/imagen.csv") {
        res.writeHead(200, { "content-type": "text/csv" });
        return res.end(png);
      }
      res.writeHead(200, { "content-type": "text/csv" });
      res.end("id,valor\n1,2\n");
    });
    try {
      const html = await cli([
        "portal",
        "download",
        portal.url,
        `${portal.url}/login.csv`,
        "--out",
        "login.csv",
        "--platform",
        "ckan",
      ]);
      expect(html.code).toBe(2);
      expect(html.err).toContain("parece una página web, no un CSV");
      expect(html.err).not.toContain("    at ");
      const bin = await cli([
        "portal",
        "download",
        portal.url,
        `${portal.url}/imagen.csv`,
        "--out",
        "imagen.csv",
        "--platform",
        "ckan",
      ]);
      expect(bin.code).toBe(2);
      expect((await readdir(work)).filter((n) => /login|imagen/.test(n))).toEqual([]);

      const m = await cli(["portal", "mirror", portal.url, "--out", "espejo-html", "--platform", "ckan"]);
      expect(m.code).toBe(1);
      expect(m.err).toContain("login");
      expect(m.err).toContain("página web");
      expect((await readdir(join(work, "espejo-html", "files"))).sort()).toEqual(["bien.csv"]);
    } finally {
      await portal.close();
    }
  });

  it("7. portal mirror refreshes resources that changed and reports new, changed, unchanged and removed", async () => {
    const state = {
      withEtag: "v1 con etag\n1,2\n",
      bare: "v1 sin validadores\n1,2\n",
      listed: ["withEtag", "bare", "gone"] as string[],
    };
    const seen: Array<{ path: string; inm: string | undefined; status: number }> = [];
    const tag = (text: string) => `"${Buffer.from(text).toString("base64url").slice(0, 20)}"`;
    const portal = await listenLoopback((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const origin = `http://${req.headers.host}`;
      if (path === "/api/3/action/package_search") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(
          JSON.stringify({
            success: true,
            result: {
              count: 1,
              results: [
                {
                  id: "d",
                  name: "d",
                  resources: state.listed.map((id) => ({ id, url: `${origin}/${id}.csv`, format: "CSV" })),
                },
              ],
            },
          }),
        );
      }
      if (path === "/api/3/action/organization_list") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"success":true,"result":[]}');
      }
      const inm = req.headers["if-none-match"];
      if (path === "/withEtag.csv") {
        const etag = tag(state.withEtag);
        const status = inm === etag ? 304 : 200;
        seen.push({ path, inm, status });
        res.writeHead(status, { etag, "content-type": "text/csv" });
        return res.end(status === 304 ? undefined : `id,v\n${state.withEtag}`);
      }
      seen.push({ path, inm, status: 200 });
      res.writeHead(200, { "content-type": "text/csv" });
      res.end(path === "/bare.csv" ? `id,v\n${state.bare}` : "id,v\nsiempre\n");
    });
    try {
      const out = join(work, "espejo");
      const first = await mirrorPortal(portal.url, out, { platform: "ckan", rateLimit: false });
      expect(first.changes).toEqual({
        new: ["files/bare.csv", "files/gone.csv", "files/withEtag.csv"].sort(),
        changed: [],
        unchanged: [],
        removed: [],
      });
      const sorted = (r: Awaited<ReturnType<typeof mirrorPortal>>) => ({
        new: [...r.changes.new].sort(),
        changed: [...r.changes.changed].sort(),
        unchanged: [...r.changes.unchanged].sort(),
        removed: [...r.changes.removed].sort(),
      });
      // Both files change on the portal; one resource disappears.
      state.withEtag = "v2 con etag\n3,4\n";
      state.bare = "v2 sin validadores\n3,4\n";
      state.listed = ["withEtag", "bare"];
      seen.length = 0;
      const second = await mirrorPortal(portal.url, out, { platform: "ckan", rateLimit: false });
      expect(sorted(second)).toEqual({
        new: [],
        changed: ["files/bare.csv", "files/withEtag.csv"],
        unchanged: [],
        removed: ["files/gone.csv"],
      });
      expect(await readFile(join(out, "files/withEtag.csv"), "utf8")).toContain("v2 con etag");
      expect(await readFile(join(out, "files/bare.csv"), "utf8")).toContain("v2 sin validadores");
      expect((await readdir(join(out, "files"))).sort()).toEqual(["bare.csv", "withEtag.csv"]);
      // The ETag of the first run was sent: the server could answer 304 had nothing changed.
      expect(seen.find((s) => s.path === "/withEtag.csv")?.inm).toBeDefined();
      // Nothing changes: the ETag one answers 304, the bare one is compared by SHA-256.
      seen.length = 0;
      const third = await cli(["portal", "mirror", portal.url, "--out", "espejo", "--platform", "ckan"]);
      expect(third.code).toBe(0);
      expect(third.out).toContain("0 nuevos, 0 cambiados, 2 sin cambios, 0 quitados");
      expect(seen.find((s) => s.path === "/withEtag.csv")?.status).toBe(304);
      state.bare = "v3\n";
      const fourth = await cli([
        "--lang",
        "en",
        "portal",
        "mirror",
        portal.url,
        "--out",
        "espejo",
        "--platform",
        "ckan",
      ]);
      expect(fourth.out).toContain("0 new, 1 changed, 1 unchanged, 0 removed");
      expect(fourth.err).toContain("files/bare.csv changed on the portal");
      const snap = JSON.parse(await readFile(join(out, "catalog.json"), "utf8"));
      expect(snap.files["files/withEtag.csv"].etag).toMatch(/^"/);
    } finally {
      await portal.close();
    }
  });
});

describe("9. killed downloads leave nothing behind", () => {
  it("9. portal download sweeps the .PID.part files of dead runs and leaves none of its own on failure", async () => {
    const dir = join(work, "partes");
    await mkdir(dir);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid as number;
    const alive = process.ppid;
    await writeFile(join(dir, `.datos.csv.${dead}.0123456789ab.part`), Buffer.alloc(1024));
    await writeFile(join(dir, `datos.csv.${dead}.part`), Buffer.alloc(1024)); // the name older versions used
    await writeFile(join(dir, `.otro.csv.${alive}.abcdef012345.part`), Buffer.alloc(16)); // a download still running
    await writeFile(join(dir, `copia.${dead}.part`), "no es nuestro"); // a user's own file: never touched
    const portal = await listenLoopback((req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.end(req.url?.includes("roto") ? LOGIN_PAGE : "id,v\n1,2\n");
    });
    try {
      const r = await cli([
        "portal",
        "download",
        portal.url,
        `${portal.url}/datos.csv`,
        "--out",
        "partes/datos.csv",
        "--platform",
        "ckan",
      ]);
      expect(r.code).toBe(0);
      expect((await readdir(dir)).sort()).toEqual([
        `.otro.csv.${alive}.abcdef012345.part`,
        `copia.${dead}.part`,
        "datos.csv",
      ]);
      const bad = await cli([
        "portal",
        "download",
        portal.url,
        `${portal.url}/roto.csv`,
        "--out",
        "partes/roto.csv",
        "--platform",
        "ckan",
      ]);
      expect(bad.code).toBe(2);
      expect((await readdir(dir)).sort()).toEqual([
        `.otro.csv.${alive}.abcdef012345.part`,
        `copia.${dead}.part`,
        "datos.csv",
      ]);
    } finally {
      await portal.close();
    }
  });
});
