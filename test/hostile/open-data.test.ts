// Hostile input for @ciudata/open-data and `ciudata portal` (issue #14, items 1, 6, 7 and 9):
// the local portal never serves a file outside its folder, credentials never follow a redirect to
// another origin, downloads are capped and streamed, HTML is never saved as a table, mirrors refresh
// what changed, and killed downloads leave nothing behind. Every fixture is generated here.

import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
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
    } finally {
      await first.lb.close();
      await other.lb.close();
    }
  });
});
