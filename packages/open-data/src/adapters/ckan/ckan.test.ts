import { describe, expect, it } from "vitest";
import { json, ok, serve } from "../../../test-support/helpers";
import { createCkanClient, createPortal, detectPlatform, isPortalError, PortalError } from "../../index";

const pkg = (i: number) => ({
  id: `id-${i}`,
  name: `ds-${i}`,
  title: `Dataset ${i}`,
  notes: "Descripción",
  author: "Dirección de Estadística",
  author_email: "datos@ejemplo.gob.ar",
  organization: { id: "o1", name: "ambiente", title: "Secretaría de Ambiente" },
  tags: [{ name: "barrios" }],
  groups: [{ name: "soci" }],
  license_title: "CC-BY 4.0",
  metadata_modified: "2026-01-02T00:00:00",
  metadata_created: "2025-01-02T00:00:00",
  extras: [
    { key: "superTheme", value: '["gove"]' },
    { key: "accrualPeriodicity", value: "R/P1M" },
    { key: "language", value: '["spa"]' },
  ],
  resources: [
    {
      id: `r-${i}`,
      package_id: `id-${i}`,
      name: "CSV",
      format: "CSV",
      url: "https://x/a.csv",
      size: "120",
      datastore_active: true,
      attributesDescription: '[{"title":"barrio","type":"string","description":"Nombre"}]',
    },
  ],
});

describe("CKAN adapter", () => {
  it("searches, normalises Andino extras and pages datasets by count", async () => {
    const { url, seen } = await serve((req, res) => {
      const start = Number(req.query.get("start"));
      const rows = Number(req.query.get("rows"));
      const all = Array.from({ length: 5 }, (_, i) => pkg(i));
      json(res, 200, ok({ count: 5, results: all.slice(start, start + rows) }));
    });
    const portal = createPortal(url, { platform: "ckan" });
    const page = await portal.search({ q: "barrios", organization: "ambiente", limit: 2 });
    expect(page.total).toBe(5);
    expect(page.hasMore).toBe(true);
    const d = page.datasets[0];
    expect(d).toMatchObject({
      id: "id-0",
      title: "Dataset 0",
      publisher: { name: "Dirección de Estadística", email: "datos@ejemplo.gob.ar" },
      organization: { name: "ambiente" },
      tags: ["barrios"],
      themes: ["soci", "gove"],
      accrualPeriodicity: "R/P1M",
      extras: { language: ["spa"] },
    });
    expect(d?.resources[0]).toMatchObject({
      queryable: true,
      size: 120,
      columns: [{ name: "barrio", type: "string" }],
    });
    expect(seen[0]?.path).toBe("/api/3/action/package_search");
    expect(seen[0]?.query.get("fq")).toBe('organization:"ambiente"');
    const ids: string[] = [];
    for await (const ds of portal.datasets({ limit: 2 })) ids.push(ds.id);
    expect(ids).toEqual(["id-0", "id-1", "id-2", "id-3", "id-4"]);
    expect(seen.at(-1)?.query.get("sort")).toBe("metadata_created asc");
  });

  it("pages the DataStore by offset even without _links, passing filters, q, fields and sort", async () => {
    const { url, seen } = await serve((req, res) => {
      const offset = Number(req.query.get("offset") ?? 0);
      const limit = Number(req.query.get("limit"));
      const records = Array.from({ length: 25 }, (_, i) => ({ _id: i + 1, barrio: `B${i + 1}` })).slice(
        offset,
        offset + limit,
      );
      json(
        res,
        200,
        ok({
          fields: [
            { id: "_id", type: "int" },
            { id: "barrio", type: "text" },
          ],
          records,
          total: 25,
          limit,
        }),
      );
    });
    const portal = createPortal(`${url}/api/3/action`, { platform: "ckan" });
    const rows = [];
    for await (const r of portal.iterRows("r-1", {
      limit: 10,
      filters: { zona: "norte" },
      q: "B",
      fields: ["_id", "barrio"],
      sort: "_id asc",
    }))
      rows.push(r);
    expect(rows).toHaveLength(25);
    expect(seen.map((s) => s.query.get("offset"))).toEqual(["0", "10", "20"]);
    expect(seen[0]?.query.get("filters")).toBe('{"zona":"norte"}');
    expect(seen[0]?.query.get("fields")).toBe("_id,barrio");
    expect(seen[0]?.query.get("sort")).toBe("_id asc");
  });

  it("runs datastore_search_sql and builds dump URLs", async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 200, ok({ records: [{ n: 3 }], fields: [{ id: "n", type: "int8" }] })),
    );
    const ckan = createCkanClient(url);
    const out = await ckan.datastoreSearchSql('SELECT count(*) AS n FROM "r-1"');
    expect(out.records).toEqual([{ n: 3 }]);
    expect(seen[0]?.query.get("sql")).toContain("SELECT");
    expect(ckan.dumpUrl("r-1").href).toBe(`${url}/datastore/dump/r-1?format=csv`);
  });

  it("reads the success envelope whatever the status", async () => {
    const { url } = await serve((req, res) => {
      if (req.path.endsWith("package_show"))
        return json(res, 200, {
          success: false,
          error: { __type: "Authorization Error", message: "Acceso denegado" },
        });
      json(res, 409, {
        success: false,
        error: { __type: "Validation Error", name: ["Ese URL ya está en uso."] },
      });
    });
    const portal = createPortal(url, { platform: "ckan", retries: 0 });
    const e1 = await portal.dataset("x").catch((e) => e);
    expect(e1).toBeInstanceOf(PortalError);
    expect(e1).toMatchObject({ kind: "forbidden", status: 200, ckanType: "Authorization Error" });
    const e2 = await portal.search().catch((e) => e);
    expect(isPortalError(e2, "bad_query")).toBe(true);
    expect(e2.serverMessage).toBe("name: Ese URL ya está en uso.");
  });

  it("collects shape violations leniently and throws in strict mode", async () => {
    const { url } = await serve((_req, res) => json(res, 200, ok({ results: [{ id: "a", name: "a" }] })));
    const lenient = await createPortal(url, { platform: "ckan" }).search();
    expect(lenient.violations.map((v) => v.path)).toEqual(["result.count"]);
    expect(lenient.datasets).toHaveLength(1);
    const strict = await createPortal(url, { platform: "ckan", validation: "strict" })
      .search()
      .catch((e) => e);
    expect(strict).toMatchObject({ kind: "invalid_response" });
  });

  it("detects CKAN and DCAT portals", async () => {
    const ckan = await serve((req, res) =>
      req.path === "/api/3/action/status_show"
        ? json(res, 200, ok({ ckan_version: "2.10" }))
        : json(res, 404, {}),
    );
    expect(await detectPlatform(ckan.url)).toBe("ckan");
    const dcat = await serve((req, res) =>
      req.path === "/data.json" ? json(res, 200, { title: "C", dataset: [] }) : json(res, 404, {}),
    );
    expect(await detectPlatform(dcat.url)).toBe("dcat");
    const nothing = await serve((_req, res) => json(res, 404, {}));
    await expect(detectPlatform(nothing.url)).rejects.toMatchObject({ kind: "undetected" });
  });

  it("sends the API token and User-Agent in Node but never puts them in error messages", async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 404, { success: false, error: { __type: "Not Found Error", message: "No encontrado" } }),
    );
    const e = await createPortal(`${url}/?api_key=SECRETO`, { platform: "ckan", token: "TOKEN-123" })
      .dataset("x")
      .catch((x) => x);
    expect(seen[0]?.headers.authorization).toBe("TOKEN-123");
    expect(seen[0]?.headers["user-agent"]).toMatch(/^ciudata-open-data/);
    expect(String(e.message)).not.toContain("TOKEN-123");
    expect(e.kind).toBe("not_found");
  });

  it("browser mode sends GET without custom headers, through a proxy", async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, ok({ count: 0, results: [] })));
    const portal = createPortal("https://portal.example.gob.ar", {
      platform: "ckan",
      browser: true,
      proxy: `${url}/proxy?url={url}`,
      token: "T",
    });
    await portal.search({ q: "agua" });
    expect(seen[0]?.path).toBe("/proxy");
    expect(seen[0]?.query.get("url")).toContain(
      "https://portal.example.gob.ar/api/3/action/package_search?q=agua",
    );
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });
});
