import { describe, expect, it } from "vitest";
import { json, serve } from "../../test-support/helpers";
import { createPortal, dcatViolations, parseDcatCatalog, platformFromUrl } from "../index";

describe("Socrata", () => {
  it("forces $order=:id while paging rows, sends the app token as a header and stops on a short page", async () => {
    const { url, seen } = await serve((req, res) => {
      const offset = Number(req.query.get("$offset"));
      const limit = Number(req.query.get("$limit"));
      const all = Array.from({ length: 7 }, (_, i) => ({ id: String(i), zona: "norte" }));
      json(res, 200, all.slice(offset, offset + limit));
    });
    const portal = createPortal(`${url}/resource/abcd-1234.json`, { token: "APP-TOKEN" });
    expect(await portal.platform()).toBe("socrata");
    const rows = [];
    for await (const r of portal.iterRows("abcd-1234", { limit: 3, filters: { zona: "norte" } }))
      rows.push(r);
    expect(rows).toHaveLength(7);
    expect(seen.map((s) => s.query.get("$order"))).toEqual([":id", ":id", ":id"]);
    expect(seen.map((s) => s.query.get("$offset"))).toEqual(["0", "3", "6"]);
    expect(seen[0]?.query.get("$where")).toBe("zona = 'norte'");
    expect(seen[0]?.headers["x-app-token"]).toBe("APP-TOKEN");
    expect(seen[0]?.query.get("$$app_token")).toBeNull();
  });

  it("reads the Discovery API and maps 403 to forbidden", async () => {
    const { url } = await serve((req, res) => {
      if (req.path === "/api/catalog/v1")
        return json(res, 200, {
          resultSetSize: 1,
          results: [
            {
              resource: {
                id: "abcd-1234",
                name: "Obras",
                columns_field_name: ["a"],
                columns_datatype: ["Text"],
              },
              classification: { domain_tags: ["obras"] },
              metadata: { domain: "www.datos.gov.co" },
            },
          ],
        });
      json(res, 403, { message: "You must be logged in", error: true });
    });
    const portal = createPortal(url, { platform: "socrata" });
    const page = await portal.search({ q: "obras" });
    expect(page.datasets[0]).toMatchObject({ id: "abcd-1234", title: "Obras", tags: ["obras"] });
    expect(page.datasets[0]?.resources[0]?.columns).toEqual([
      { name: "a", type: "Text", title: null, description: null },
    ]);
    await expect(portal.rows("abcd-1234")).rejects.toMatchObject({
      kind: "forbidden",
      serverMessage: "You must be logged in",
    });
  });
});

describe("OpenDataSoft Explore v2.1", () => {
  it("pages records by at most 100, then switches to the JSONL export past 10 000", async () => {
    const total = 10_050;
    const { url, seen } = await serve((req, res) => {
      if (req.path.endsWith("/records")) {
        const offset = Number(req.query.get("offset"));
        const limit = Number(req.query.get("limit"));
        if (offset + limit > 10_000)
          return json(res, 400, { message: "offset too big", error_code: "InvalidRESTParameterError" });
        const results = Array.from({ length: Math.min(limit, total - offset) }, (_, i) => ({
          n: offset + i,
        }));
        return json(res, 200, { total_count: total, results });
      }
      if (req.path.endsWith("/exports/jsonl")) {
        res.writeHead(200, { "content-type": "application/jsonl" });
        for (let i = 0; i < total; i++) res.write(`${JSON.stringify({ n: i })}\n`);
        res.end();
        return;
      }
      json(res, 404, { message: "not found", error_code: "NotFound" });
    });
    const portal = createPortal(`${url}/api/explore/v2.1`, { rateLimit: false });
    expect(await portal.platform()).toBe("opendatasoft");
    const first = await portal.rows("barrios", { limit: 500 });
    expect(first.records).toHaveLength(100);
    let n = 0;
    let last = -1;
    for await (const r of portal.iterRows("barrios")) {
      n++;
      last = r.n as number;
    }
    expect(n).toBe(total);
    expect(last).toBe(total - 1);
    expect(seen.some((s) => s.path.endsWith("/exports/jsonl"))).toBe(true);
  });

  it("maps the quota error to rate_limited with reset_time and does not wait a day", async () => {
    const reset = new Date(Date.now() + 86_400_000).toISOString();
    const { url } = await serve((_req, res) =>
      json(res, 429, {
        errorcode: 10002,
        reset_time: reset,
        limit_time_unit: "day",
        call_limit: 10000,
        error: "Too many requests",
      }),
    );
    const e = await createPortal(url, { platform: "opendatasoft" })
      .rows("x")
      .catch((x) => x);
    expect(e).toMatchObject({ kind: "rate_limited", resetTime: reset, attempts: 1 });
    expect(e.retryAfterMs).toBeGreaterThan(80_000_000);
  });
});

describe("ArcGIS FeatureServer", () => {
  it("pages while exceededTransferLimit and reads errors sent with HTTP 200", async () => {
    const { url, seen } = await serve((req, res) => {
      if (req.path.endsWith("/0/query")) {
        if (req.query.get("where")?.includes("bad"))
          return json(res, 200, { error: { code: 400, message: "Invalid query", details: ["where"] } });
        const offset = Number(req.query.get("resultOffset"));
        const features = Array.from({ length: offset < 4 ? 2 : 1 }, (_, i) => ({
          attributes: { OBJECTID: offset + i + 1 },
        }));
        return json(res, 200, {
          fields: [{ name: "OBJECTID", type: "esriFieldTypeOID" }],
          features,
          exceededTransferLimit: offset < 4,
        });
      }
      if (req.path.endsWith("/FeatureServer"))
        return json(res, 200, { currentVersion: 10.9, layers: [{ id: 0, name: "Barrios" }] });
      json(res, 200, {
        currentVersion: 10.9,
        folders: [],
        services: [{ name: "Barrios", type: "FeatureServer" }],
      });
    });
    const portal = createPortal(`${url}/server/rest/services`);
    expect(await portal.platform()).toBe("arcgis");
    const page = await portal.search();
    expect(page.datasets[0]?.resources.map((r) => r.id)).toEqual(["Barrios/FeatureServer/0"]);
    const ids = [];
    for await (const r of portal.iterRows("Barrios/FeatureServer/0", { limit: 2 })) ids.push(r.OBJECTID);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(seen.filter((s) => s.path.endsWith("/query")).map((s) => s.query.get("resultOffset"))).toEqual([
      "0",
      "2",
      "4",
    ]);
    await expect(portal.rows("Barrios/FeatureServer/0", { where: "bad" })).rejects.toMatchObject({
      kind: "bad_query",
    });
    expect(
      platformFromUrl("https://webgis.ciudaddemendoza.gob.ar/server/rest/services/X/FeatureServer/0"),
    ).toBe("arcgis");
  });
});

describe("DCAT data.json", () => {
  it("reads DCAT-AR leniently and reports violations apart", async () => {
    const catalog = {
      title: "Datos de Ejemplo",
      description: "d",
      publisher: { name: "Muni", mbox: "a@b.ar" },
      dataset: [
        {
          identifier: "1",
          title: "Barrios",
          description: "<p>Barrios &amp; secciones</p>",
          publisher: { name: "Muni" },
          theme: ["territorio"],
          accrualPeriodicity: "mensual",
          issued: "2026-01-01",
          keyword: ["barrios"],
          distribution: [
            {
              identifier: "1.1",
              title: "CSV",
              downloadURL: "https://x/b.csv",
              field: [{ title: "id", type: "integer" }],
            },
          ],
        },
      ],
    };
    const { url } = await serve((req, res) =>
      req.path === "/data.json" ? json(res, 200, catalog) : json(res, 404, {}),
    );
    const portal = createPortal(url, { platform: "dcat" });
    const cat = await portal.catalog();
    expect(cat.title).toBe("Datos de Ejemplo");
    expect(cat.datasets[0]).toMatchObject({
      title: "Barrios",
      description: "Barrios & secciones",
      themes: ["territorio"],
    });
    expect(cat.datasets[0]?.resources[0]?.columns).toEqual([
      { name: "id", type: "integer", title: null, description: null },
    ]);
    const search = await portal.search({ q: "BARRIOS" });
    expect(search.total).toBe(1);
    const ar_ = await serve((_req, res) => json(res, 200, { ...catalog, superThemeTaxonomy: "x" }));
    const strict = await createPortal(ar_.url, { platform: "dcat", validation: "strict" })
      .catalog()
      .catch((e) => e);
    expect(strict).toMatchObject({ kind: "invalid_response" });
    expect(parseDcatCatalog(catalog).profile).toBe("dcat");
    const ar = dcatViolations({ ...catalog, superThemeTaxonomy: "x" });
    expect(ar.map((v) => v.path)).toEqual([
      "dataset[0].superTheme",
      "dataset[0].accrualPeriodicity",
      "dataset[0].distribution[0].accessURL",
      "dataset[0].distribution[0].issued",
    ]);
  });
});
