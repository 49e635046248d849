import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortal } from "../../index";
import { type ServedFolder, serveFolder } from "../served/index";
import { type PublishReview, publishFolder } from "./publish";

const TOKEN = "tok-publish-51c0";
const PACKAGE = {
  name: "datos-de-prueba",
  title: "Datos de prueba",
  keywords: ["barrios"],
  resources: [
    {
      name: "barrios",
      path: "barrios.csv",
      schema: {
        fields: [
          { name: "id", type: "integer" },
          { name: "nombre", type: "string" },
          { name: "superficie", type: "number" },
          { name: "alta", type: "date" },
        ],
        primaryKey: "id",
      },
    },
    { name: "padron", path: "padron.csv" },
  ],
};
const BARRIOS = "id,nombre,superficie,alta\n1,Centro,2.5,2020-01-15\n2,Norte,10.25,2021-06-01\n";

const review = async (t: { name: string }): Promise<PublishReview> => ({
  valid: true,
  errors: 0,
  direct: t.name === "padron" ? ["dni"] : [],
});

let data = "";
let portalDir = "";
let served: ServedFolder;
beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), "ciudata-pub-data-"));
  portalDir = await mkdtemp(join(tmpdir(), "ciudata-pub-portal-"));
  await writeFile(join(data, "datapackage.json"), JSON.stringify(PACKAGE));
  await writeFile(join(data, "barrios.csv"), BARRIOS);
  await writeFile(join(data, "padron.csv"), "dni,edad\n20123456,34\n");
  served = await serveFolder(portalDir, {
    review: async () => ({ score: 100, outcome: "pass", issues: 0, direct: [], personal: [] }),
    token: TOKEN,
    limits: { burst: 1000, perSecond: 1000 },
  });
});
afterAll(async () => {
  await served?.close();
  await rm(data, { recursive: true, force: true });
  await rm(portalDir, { recursive: true, force: true });
});

describe("publishFolder to a served folder", () => {
  it("creates the dataset and its tables, refuses the one with direct identifiers, and reads back typed", async () => {
    const first = await publishFolder(data, { to: served.url, token: TOKEN, review });
    expect(first.dataset).toMatchObject({ name: "datos-de-prueba", change: "create" });
    expect(first.tables.map((t) => [t.name, t.change, t.rows])).toEqual([
      ["barrios", "create", 2],
      ["padron", "refused", null],
    ]);
    expect(first.tables[1]?.refused).toEqual({ finding: "direct-identifiers", columns: ["dni"], errors: 0 });
    const portal = createPortal(served.url, { platform: "ckan" });
    const dataset = await portal.dataset("datos-de-prueba");
    expect(dataset.resources.map((r) => r.name)).toEqual(["barrios"]);
    const page = await portal.rows(first.tables[0]?.resourceId ?? "");
    expect(page.fields.map((f) => [f.name, f.type])).toEqual([
      ["_id", "int"],
      ["id", "int8"],
      ["nombre", "text"],
      ["superficie", "numeric"],
      ["alta", "date"],
    ]);
    expect(page.records).toEqual([
      { _id: 1, id: 1, nombre: "Centro", superficie: 2.5, alta: "2020-01-15" },
      { _id: 2, id: 2, nombre: "Norte", superficie: 10.25, alta: "2021-06-01" },
    ]);
  });

  it("changes nothing the second time, and a dry run after an edit only says what would change", async () => {
    const again = await publishFolder(data, { to: served.url, token: TOKEN, review });
    expect(again.changed).toBe(false);
    expect(again.tables.map((t) => t.change)).toEqual(["unchanged", "refused"]);
    await writeFile(join(data, "barrios.csv"), `${BARRIOS}3,Sur,7,2019-11-30\n`);
    const dry = await publishFolder(data, { to: served.url, review, dryRun: true });
    expect(dry.tables[0]).toMatchObject({ change: "update", differences: ["content"] });
    const portal = createPortal(served.url, { platform: "ckan" });
    const id = dry.tables[0]?.resourceId ?? "";
    expect((await portal.rows(id)).total).toBe(2);
    const forced = await publishFolder(data, {
      to: served.url,
      token: TOKEN,
      review,
      force: ["padron:direct-identifiers"],
    });
    expect(forced.tables.map((t) => [t.name, t.change, t.rows])).toEqual([
      ["barrios", "update", 3],
      ["padron", "create", 1],
    ]);
    expect(forced.tables[1]?.forced).toEqual(["direct-identifiers"]);
    expect((await portal.rows(id)).total).toBe(3);
  });
});
