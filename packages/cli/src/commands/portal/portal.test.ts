import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PLATFORMS } from "@ciudata/open-data";
import { type Loopback, servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { PORTAL_PLATFORMS } from "./command";

let dir = "";
let lb: Loopback;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-portal-"));
  await writeSampleSnapshot(join(dir, "snap"));
  lb = await servePortal(join(dir, "snap"));
});
afterAll(async () => {
  await lb.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ciudata portal", () => {
  it("searches and shows in Spanish by default", async () => {
    const c = capture();
    expect(await run(["portal", "search", lb.url, "barrios"], c.io)).toBe(0);
    expect(c.out()).toContain("1 conjunto de datos\n");
    expect(c.out()).toContain("barrios — Barrios de la Ciudad");
    const s = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["portal", "show", lb.url, "barrios"], s.io)).toBe(0);
    expect(s.out()).toContain("ciudata-muestra-barrios-csv CSV barrios.csv (queryable)");
  });

  it("prints rows as JSON lines", async () => {
    const c = capture();
    expect(await run(["portal", "rows", lb.url, "ciudata-muestra-barrios-csv", "--limit", "3"], c.io)).toBe(
      0,
    );
    expect(c.out().trim().split("\n")).toHaveLength(3);
  });

  it("downloads, validates and mirrors", async () => {
    const c = capture();
    const file = join(dir, "out", "barrios.csv");
    expect(
      await run(["portal", "download", lb.url, "ciudata-muestra-barrios-csv", "--out", file], c.io),
    ).toBe(0);
    expect(await readFile(file, "utf8")).toEqual(
      await readFile(join(dir, "snap", "files", "barrios.csv"), "utf8"),
    );
    const v = capture();
    expect(await run(["portal", "validate", lb.url, "ciudata-muestra-barrios-csv"], v.io)).toBe(0);
    const m = capture();
    expect(
      await run(
        ["portal", "mirror", lb.url, "--out", join(dir, "mirror"), "--org", "desarrollo-urbano"],
        m.io,
      ),
    ).toBe(0);
    expect(m.out()).toContain("1 conjunto, 1 archivo");
  });

  it("reports portal errors in the user's language and usage mistakes with code 2", async () => {
    const c = capture();
    expect(await run(["portal", "show", lb.url, "no-existe"], c.io)).toBe(1);
    expect(c.err()).toContain("el portal no encontró lo pedido");
    const u = capture();
    expect(await run(["portal", "buscar", lb.url], u.io)).toBe(2);
    expect(await run(["portal", "search", lb.url, "--platform", "wordpress"], capture().io)).toBe(2);
    // Terms where the address goes: a located usage message, not a crash.
    const t = capture();
    expect(await run(["portal", "search", "barrios"], t.io)).toBe(2);
    expect(t.err()).toContain("se recibió «barrios»");
    expect(t.err()).not.toContain("inesperada");
    const e = capture();
    expect(await run(["portal", "rows", "ftp://x", "barrios", "--lang", "en"], e.io)).toBe(2);
    expect(e.err()).toContain('must be an http(s) URL, such as https://datos.gob.ar; received "ftp://x"');
  });

  it("declares the platforms @ciudata/open-data knows, and suggests the option or value meant", async () => {
    expect([...PORTAL_PLATFORMS]).toEqual([...PLATFORMS]);
    const p = capture();
    expect(await run(["portal", "search", lb.url, "--platform", "sokrata"], p.io)).toBe(2);
    expect(p.err()).toContain("¿Quiso decir «socrata»?");
    const o = capture();
    expect(await run(["portal", "search", lb.url, "--orgg", "x"], o.io)).toBe(2);
    expect(o.err()).toContain("¿Quiso decir «--org»?");
    const a = capture();
    expect(await run(["portal", "serach", lb.url], a.io)).toBe(2);
    expect(a.err()).toContain("¿Quiso decir «search»?");
  });

  it("prints search, show and rows as JSON, Markdown and HTML, and writes a report to --out", async () => {
    const j = capture();
    expect(await run(["portal", "search", lb.url, "barrios", "--json"], j.io)).toBe(0);
    const found = JSON.parse(j.out());
    expect(found.total).toBe(1);
    expect(found.datasets[0].name).toBe("barrios");
    expect(found.datasets[0].raw).toBeUndefined();
    const m = capture();
    expect(await run(["portal", "show", lb.url, "barrios", "--format", "md"], m.io)).toBe(0);
    expect(m.out()).toContain("# barrios — Barrios de la Ciudad");
    expect(m.out()).toContain("| ciudata-muestra-barrios-csv | CSV | barrios.csv | (consultable) |");
    const r = capture();
    const id = "ciudata-muestra-barrios-csv";
    expect(await run(["portal", "rows", lb.url, id, "--limit", "2", "--format", "json"], r.io)).toBe(0);
    expect(JSON.parse(r.out())).toHaveLength(2);
    const h = capture();
    h.io.cwd = dir;
    expect(await run(["portal", "validate", lb.url, id, "--out", "validacion.html"], h.io)).toBe(0);
    const html = await readFile(join(dir, "validacion.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<title>Validación de ${id}</title>`);
    expect(h.out()).toContain(`Escrito: ${join(dir, "validacion.html")}`);
  });

  it("prints what it saved as JSON, and asks the portal's export with --export", async () => {
    const c = capture();
    const file = join(dir, "out", "barrios-json.csv");
    const id = "ciudata-muestra-barrios-csv";
    expect(await run(["portal", "download", lb.url, id, "--out", file, "--json"], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ out: file });
    expect(JSON.parse(c.out()).bytes).toBeGreaterThan(0);
    // The local portal has no datastore: the CSV export is asked there and not found (exit 1).
    const e = capture();
    const exported = join(dir, "out", "barrios-export.csv");
    expect(await run(["portal", "download", lb.url, id, "--out", exported, "--export", "csv"], e.io)).toBe(1);
    expect(e.err()).toContain(`/datastore/dump/${id} (404)`);
  });

  it("serves the synthetic sample for a while", async () => {
    const c = capture();
    const done = run(["portal", "serve", "--sample", "--for", "1"], c.io);
    for (let i = 0; i < 100 && !c.out().includes("http://"); i++) await new Promise((r) => setTimeout(r, 10));
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(c.out())?.[0];
    expect(url).toBeDefined();
    const res = await fetch(`${url}/api/3/action/package_list`);
    expect((await res.json()).result).toHaveLength(3);
    expect(await done).toBe(0);
    const j = capture();
    expect(await run(["portal", "serve", "--sample", "--for", "0", "--format", "json"], j.io)).toBe(0);
    expect(JSON.parse(j.out()).dcat).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/data\.json$/);
  });

  // Issue #17, finding 7: nothing listening was reported as "this platform does not offer that operation".
  it("names why a portal cannot be reached before any guess about its platform", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const c = capture();
    expect(await run(["--lang", "en", "portal", "search", `http://127.0.0.1:${port}`, "barrios"], c.io)).toBe(
      1,
    );
    expect(c.err()).toContain("the connection was refused: nothing is listening at that address and port");
    expect(c.err()).not.toContain("platform");
    const es = capture();
    expect(await run(["portal", "search", `http://127.0.0.1:${port}`, "barrios"], es.io)).toBe(1);
    expect(es.err()).toContain("se rechazó la conexión");
  });

  it("reports a portal that never answers as a timeout, with the seconds waited", async () => {
    const silent = createHttpServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      const c = capture();
      const url = `http://127.0.0.1:${port}`;
      expect(await run(["--lang", "en", "portal", "search", url, "x", "--timeout", "0.2"], c.io)).toBe(1);
      expect(c.err()).toContain("the portal took too long");
      expect(c.err()).toContain("waited 0.2 seconds; to wait longer, use --timeout");
      expect(c.err()).not.toContain("name the platform");
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("says a portal that answers like no known platform is not recognised, and how to name it", async () => {
    const other = createHttpServer((_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end("{}");
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const { port } = other.address() as { port: number };
    try {
      const c = capture();
      expect(await run(["portal", "search", `http://127.0.0.1:${port}`, "x"], c.io)).toBe(1);
      expect(c.err()).toContain("no como CKAN, OpenDataSoft, Socrata, ArcGIS ni un catálogo data.json");
      expect(c.err()).toContain("--platform ckan|dcat|socrata|opendatasoft|arcgis");
      expect(c.err()).not.toContain("no ofrece esa operación");
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
