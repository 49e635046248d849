import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortal } from "../../index";
import { type ServedFolder, serveFolder, type TableReview } from "./index";
import { engineDetail, tokenMatches } from "./write";

const TOKEN = "tok-9f2c1e7a";
const review = async (): Promise<TableReview> => ({
  score: 100,
  outcome: "pass",
  issues: 0,
  direct: [],
  personal: [],
});

/**
 * Requests shaped as CKAN's Action API documentation shows them (docs.ckan.org, "API guide" and
 * "DataStore extension"): a dataset with an organization, tags and extras; a DataStore table with
 * typed fields, a primary key and records; upserts by that key.
 */
const CKAN_EXAMPLES = {
  package_create: {
    name: "barrios-de-mendoza",
    title: "Barrios de Mendoza",
    notes: "Límites y superficie de cada barrio",
    owner_org: "ciudad-de-mendoza",
    tags: [{ name: "territorio" }, { name: "barrios" }],
    extras: [{ key: "accrualPeriodicity", value: "R/P1Y" }],
  },
  datastore_create: {
    fields: [
      { id: "id", type: "int" },
      { id: "nombre", type: "text", info: { label: "Nombre", notes: "Nombre oficial" } },
      { id: "superficie", type: "float" },
      { id: "alta", type: "date" },
    ],
    primary_key: "id",
    records: [
      { id: 1, nombre: "Centro", superficie: 2.5, alta: "2020-01-15" },
      { id: 2, nombre: "Norte", superficie: 10.25, alta: "2021-06-01" },
    ],
  },
  datastore_upsert: {
    method: "upsert",
    records: [
      { id: 2, nombre: "Norte Grande", superficie: 11, alta: "2021-06-01" },
      { id: 3, nombre: "Sur", superficie: 7, alta: "2019-11-30" },
    ],
  },
};

let dir = "";
let served: ServedFolder;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-write-"));
  served = await serveFolder(dir, { review, token: TOKEN, limits: { burst: 1000, perSecond: 1000 } });
});
afterAll(async () => {
  await served?.close();
  await rm(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: CKAN answers are read loosely in tests
type Json = Record<string, any>;

const api = async (action: string, body: unknown, token: string | null = TOKEN, lang = "es") => {
  const res = await fetch(`${served.url}/api/3/action/${action}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "accept-language": lang,
      ...(token === null ? {} : { authorization: token }),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Json };
};

describe("tokenMatches", () => {
  it("accepts the token as CKAN sends it, or as a Bearer token, and nothing else", () => {
    expect(tokenMatches(TOKEN, { authorization: TOKEN })).toBe(true);
    expect(tokenMatches(TOKEN, { authorization: `Bearer ${TOKEN}` })).toBe(true);
    expect(tokenMatches(TOKEN, { "x-ckan-api-key": TOKEN })).toBe(true);
    expect(tokenMatches(TOKEN, { authorization: `${TOKEN}x` })).toBe(false);
    expect(tokenMatches(TOKEN, {})).toBe(false);
    expect(tokenMatches("", { authorization: "" })).toBe(false);
  });
});

describe("serveFolder with a token: CKAN's write actions", () => {
  let resourceId = "";

  it("refuses a write without the token, with a wrong one, or by GET, in the asker's language", async () => {
    const none = await api("package_create", CKAN_EXAMPLES.package_create, null);
    expect(none.status).toBe(403);
    expect(none.json.error.__type).toBe("Authorization Error");
    expect(none.json.error.message).toContain("Authorization");
    const wrong = await api("package_create", CKAN_EXAMPLES.package_create, "otro", "pt");
    expect(wrong.status).toBe(403);
    expect(wrong.json.error.message).toMatch(/^Acesso negado/);
    const get = await fetch(`${served.url}/api/3/action/package_create?name=x`, {
      headers: { authorization: TOKEN },
    });
    expect(get.status).toBe(405);
    expect((await api("package_list", {}, null)).json.result).toEqual([]);
  });

  it("creates a dataset as package_create documents it, and refuses the same name twice", async () => {
    const created = await api("package_create", CKAN_EXAMPLES.package_create);
    expect(created.status).toBe(200);
    expect(created.json.result).toMatchObject({
      name: "barrios-de-mendoza",
      title: "Barrios de Mendoza",
      owner_org: "ciudad-de-mendoza",
      tags: [{ name: "territorio" }, { name: "barrios" }],
      extras: [{ key: "accrualPeriodicity", value: "R/P1Y" }],
      resources: [],
    });
    const again = await api("package_create", CKAN_EXAMPLES.package_create, TOKEN, "en");
    expect(again.status).toBe(409);
    expect(again.json.error.name).toEqual(["name: that URL is already in use"]);
    const bad = await api("package_create", { name: "Con Espacios" });
    expect(bad.status).toBe(409);
    expect(bad.json.error.name?.[0]).toMatch(/^name: use de 2 a 100/);
  });

  it("uploads a file with resource_create (multipart) and serves it back byte for byte", async () => {
    const csv = "id,nombre\n1,Centro\n2,Ñandú\n";
    const form = new FormData();
    form.set("package_id", "barrios-de-mendoza");
    form.set("name", "barrios");
    form.set("ciudata_sha256", "abc");
    form.set("upload", new Blob([csv], { type: "text/csv" }), "Barrios 2026.csv");
    const res = await fetch(`${served.url}/api/3/action/resource_create`, {
      method: "POST",
      headers: { authorization: TOKEN },
      body: form,
    });
    const json = (await res.json()) as Json;
    expect(res.status).toBe(200);
    expect(json.result).toMatchObject({
      name: "barrios",
      format: "CSV",
      url_type: "upload",
      ciudata_sha256: "abc",
    });
    expect(json.result.url).toMatch(/\/download\/barrios-2026\.csv$/);
    resourceId = json.result.id;
    const file = await fetch(json.result.url);
    expect(await file.text()).toBe(csv);
    const patched = await api("resource_patch", { id: resourceId, description: "Barrios oficiales" });
    expect(patched.json.result).toMatchObject({ description: "Barrios oficiales", ciudata_sha256: "abc" });
  });

  it("creates a typed DataStore table and answers datastore_search with those types", async () => {
    const created = await api("datastore_create", {
      resource_id: resourceId,
      ...CKAN_EXAMPLES.datastore_create,
    });
    expect(created.status).toBe(200);
    expect(created.json.result.primary_key).toEqual(["id"]);
    const portal = createPortal(served.url, { platform: "ckan" });
    const page = await portal.rows(resourceId);
    expect(page.fields.map((c) => [c.name, c.type])).toEqual([
      ["_id", "int"],
      ["id", "int4"],
      ["nombre", "text"],
      ["superficie", "float8"],
      ["alta", "date"],
    ]);
    expect(page.records).toEqual([
      { _id: 1, id: 1, nombre: "Centro", superficie: 2.5, alta: "2020-01-15" },
      { _id: 2, id: 2, nombre: "Norte", superficie: 10.25, alta: "2021-06-01" },
    ]);
    const shown = await api("package_show", { id: "barrios-de-mendoza" }, null);
    expect(shown.json.result.resources[0].datastore_active).toBe(true);
  });

  it("upserts by primary key, inserts, and refuses what does not fit without writing anything", async () => {
    const up = await api("datastore_upsert", { resource_id: resourceId, ...CKAN_EXAMPLES.datastore_upsert });
    expect(up.status).toBe(200);
    const search = async () =>
      (await api("datastore_search", { resource_id: resourceId, sort: "id" }, null)).json.result;
    expect((await search()).records.map((r: Json) => [r.id, r.nombre])).toEqual([
      [1, "Centro"],
      [2, "Norte Grande"],
      [3, "Sur"],
    ]);
    const dup = await api("datastore_upsert", {
      resource_id: resourceId,
      method: "insert",
      records: [{ id: 1, nombre: "Otro" }],
    });
    expect(dup.status).toBe(409);
    const cast = await api("datastore_upsert", {
      resource_id: resourceId,
      records: [
        { id: 4, nombre: "Oeste", superficie: 3 },
        { id: 5, nombre: "Este", superficie: "mucha" },
      ],
    });
    expect(cast.status).toBe(409);
    expect(cast.json.error.records[0]).toMatch(/^records: no se pudieron guardar/);
    const unknown = await api("datastore_upsert", {
      resource_id: resourceId,
      records: [{ id: 6, color: "rojo" }],
    });
    expect(unknown.json.error.records).toEqual(["records: campos que la tabla no tiene: color"]);
    const update = await api("datastore_upsert", {
      resource_id: resourceId,
      method: "update",
      records: [{ id: 9, nombre: "Nadie" }],
    });
    expect(update.status).toBe(409);
    expect((await search()).total).toBe(3);
    const changed = await api("datastore_create", {
      resource_id: resourceId,
      fields: [{ id: "superficie", type: "text" }],
    });
    expect(changed.status).toBe(409);
    expect(changed.json.error.fields[0]).toContain("datastore_delete");
  });

  it("keeps what was published across restarts, and datastore_delete drops the table", async () => {
    await served.close();
    served = await serveFolder(dir, { review, token: TOKEN, limits: { burst: 1000, perSecond: 1000 } });
    expect((await api("package_list", {}, null)).json.result).toEqual(["barrios-de-mendoza"]);
    const again = await api("datastore_search", { resource_id: resourceId }, null);
    expect(again.json.result.total).toBe(3);
    expect((await api("datastore_delete", { resource_id: resourceId, force: true })).status).toBe(200);
    expect((await api("datastore_search", { resource_id: resourceId }, null)).status).toBe(404);
  });
});

describe("engineDetail", () => {
  it("masks what the database quotes (the offending value), keeps the rest of the first line", () => {
    expect(
      engineDetail('Constraint Error: Duplicate key "dni: 12345678" violates primary key constraint.\nmore'),
    ).toBe('Constraint Error: Duplicate key "•••" violates primary key constraint.');
    expect(engineDetail("invalid input syntax for type integer: 'Juan Pérez'")).not.toContain("Juan");
  });
});
