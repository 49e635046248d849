import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortal, generateSampleCatalog, parseDcatCatalog } from "../index";
import { type Loopback, servePortal, writeSampleSnapshot } from "./index";

let dir = "";
let lb: Loopback;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-serve-"));
  await writeSampleSnapshot(dir);
  lb = await servePortal(dir);
});
afterAll(async () => {
  await lb.close();
  await rm(dir, { recursive: true, force: true });
});

describe("sample catalog and local portal", () => {
  it("generates the same synthetic catalog every time", () => {
    const a = generateSampleCatalog();
    const b = generateSampleCatalog();
    expect(a).toEqual(b);
    expect(a.snapshot.datasets.map((d) => d.name)).toEqual([
      "barrios",
      "solicitudes-ciudadanas-2026",
      "registro-programa-alimentario-muestra",
    ]);
    expect(a.files["files/solicitudes-2026.csv"]?.split("\r\n").length).toBeGreaterThan(200);
    expect(a.files["files/registro-programa.csv"]).not.toMatch(/\b\d{7,8}\b/);
  });

  it("serves a CKAN-compatible Action API the client detects and reads", async () => {
    const portal = createPortal(lb.url);
    expect(await portal.platform()).toBe("ckan");
    const page = await portal.search({ q: "solicitudes" });
    expect(page.total).toBe(1);
    const byOrg = await portal.search({ organization: "desarrollo-humano" });
    expect(byOrg.datasets.map((d) => d.name)).toEqual(["registro-programa-alimentario-muestra"]);
    const all = [];
    for await (const d of portal.datasets({ limit: 1 })) all.push(d.name);
    expect(all).toHaveLength(3);
    const d = await portal.dataset("barrios");
    expect(d.resources[0]?.url).toBe(`${lb.url}/files/barrios.csv`);
    expect(d.resources[0]?.columns?.map((c) => c.name)).toContain("seccion");
    expect((await portal.organizations()).map((o) => o.name)).toContain("atencion-ciudadana");
    const r = await portal.resource("ciudata-muestra-barrios-csv");
    expect(r.queryable).toBe(true);
    await expect(portal.dataset("no-existe")).rejects.toMatchObject({
      kind: "not_found",
      ckanType: "Not Found Error",
    });
  });

  it("answers datastore_search with filters, q, fields, sort and offset paging", async () => {
    const portal = createPortal(lb.url, { platform: "ckan" });
    const id = "ciudata-muestra-solicitudes-ciudadanas-2026-csv";
    const page = await portal.rows(id, {
      filters: { canal: "Web" },
      fields: ["id", "canal"],
      sort: "id desc",
      limit: 5,
    });
    expect(page.records.every((r) => r.canal === "Web")).toBe(true);
    expect(Object.keys(page.records[0] ?? {})).toEqual(["id", "canal"]);
    expect(Number(page.records[0]?.id)).toBeGreaterThan(Number(page.records[1]?.id));
    let n = 0;
    for await (const _ of portal.iterRows(id, { limit: 50 })) n++;
    expect(n).toBe(240);
    await expect(portal.rows(id, { filters: { nope: 1 } })).rejects.toMatchObject({ kind: "bad_query" });
  });

  it("answers group_list and tag_list (they only read) instead of refusing them", async () => {
    const get = async (action: string) => {
      const res = await fetch(`${lb.url}/api/3/action/${action}`);
      return [res.status, ((await res.json()) as { success: boolean }).success];
    };
    expect(await get("group_list")).toEqual([200, true]);
    expect(await get("tag_list")).toEqual([200, true]);
  });

  it("sends a strong ETag for each file and answers 304 when it still matches", async () => {
    const url = `${lb.url}/files/barrios.csv`;
    const first = await fetch(url);
    const etag = first.headers.get("etag");
    const bytes = await first.arrayBuffer();
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await fetch(url, { headers: { "if-none-match": etag as string } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const stale = await fetch(url, { headers: { "if-none-match": '"otra"' } });
    expect(stale.status).toBe(200);
    expect((await stale.arrayBuffer()).byteLength).toBe(bytes.byteLength);
  });

  it("refuses writes and serves a DCAT-AR data.json", async () => {
    const res = await fetch(`${lb.url}/api/3/action/package_create`, { method: "POST", body: "{}" });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "Acceso denegado: este portal local es de solo lectura",
    );
    const cat = parseDcatCatalog(await (await fetch(`${lb.url}/data.json`)).json());
    expect(cat.profile).toBe("dcat-ar");
    expect(cat.datasets).toHaveLength(3);
    expect(cat.violations).toEqual([]);
  });

  it("validates a served resource by streaming it into @ciudata/table", async () => {
    const portal = createPortal(lb.url, { platform: "ckan" });
    const seen: number[] = [];
    const report = await portal.validate("ciudata-muestra-barrios-csv", {
      onProgress: (p) => seen.push(p.bytesRead),
    });
    expect(report.valid).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    const text = await readFile(join(dir, "files/barrios.csv"), "utf8");
    expect(seen.at(-1)).toBe(Buffer.byteLength(text));
    await expect(portal.validate("ciudata-muestra-barrios-csv", { maxBytes: 100 })).rejects.toMatchObject({
      kind: "too_large",
    });
  });
});

describe("local portal refusals in the request's language", () => {
  it("answers in the language of Accept-Language, Spanish when absent", async () => {
    const message = async (path: string, lang?: string) => {
      const res = await fetch(`${lb.url}${path}`, lang ? { headers: { "accept-language": lang } } : {});
      return [res.status, ((await res.json()) as { error: { message: string } }).error.message];
    };
    expect(await message("/api/3/action/package_show?id=nope")).toEqual([404, "No encontrado: dataset"]);
    expect(await message("/api/3/action/package_show?id=nope", "en-US,en;q=0.9")).toEqual([
      404,
      "Not found: dataset",
    ]);
    expect(await message("/api/3/action/package_show?id=nope", "fr;q=1, pt-BR;q=0.8, en;q=0.5")).toEqual([
      404,
      "Não encontrado: conjunto de dados",
    ]);
    expect(await message("/files/nope.csv", "en")).toEqual([404, "Not found: file"]);
    expect(await message("/api/3/action/nope_action", "pt")).toEqual([
      403,
      "Acesso negado: este portal local é somente leitura",
    ]);
  });
});
