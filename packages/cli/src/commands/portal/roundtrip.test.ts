import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createPortal } from "@ciudata/open-data";
import { connectPostgres } from "@ciudata/open-data/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #21, acceptance: publish → serve → @ciudata/open-data reads back the same rows and types, for a
// Data Package of 3 tables, on DuckDB and on PostgreSQL. PostgreSQL comes from CIUDATA_TEST_POSTGRES_URL
// (.ci/run starts a throw-away cluster; locally: bash scripts/test-postgres.sh npx vitest run <this file>).
const PG_URL = process.env.CIUDATA_TEST_POSTGRES_URL;
if (!PG_URL)
  console.warn(
    "[cli] CIUDATA_TEST_POSTGRES_URL is not set: skipping publish → serve → read back on PostgreSQL " +
      "(run it with: bash scripts/test-postgres.sh npx vitest run packages/cli/src/commands/portal/roundtrip.test.ts)",
  );

const TOKEN = "rt-tok-K2v8Wq0p";

/** Three tables: integer, number, date, boolean and string fields; a primary key of one and of two fields. */
const PACKAGE = {
  name: "presupuesto-participativo",
  title: "Presupuesto participativo",
  resources: [
    {
      name: "barrios",
      path: "barrios.csv",
      schema: {
        fields: [
          { name: "id", type: "integer" },
          { name: "nombre", type: "string", title: "Nombre del barrio" },
          { name: "superficie_km2", type: "number" },
          { name: "creado", type: "date" },
          { name: "activo", type: "boolean" },
        ],
        primaryKey: "id",
      },
    },
    {
      name: "proyectos",
      path: "proyectos.csv",
      schema: {
        fields: [
          { name: "codigo", type: "string" },
          { name: "barrio_id", type: "integer" },
          { name: "monto", type: "number" },
          { name: "aprobado", type: "boolean" },
          { name: "presentado", type: "date" },
        ],
        primaryKey: ["codigo"],
      },
    },
    {
      name: "votos",
      path: "votos.csv",
      schema: {
        fields: [
          { name: "mesa", type: "integer" },
          { name: "barrio_id", type: "integer" },
          { name: "votos", type: "integer" },
          { name: "escrutada", type: "boolean" },
          { name: "cierre", type: "date" },
        ],
        primaryKey: ["mesa", "barrio_id"],
      },
    },
  ],
};
const FILES: Record<string, string> = {
  "barrios.csv":
    "id,nombre,superficie_km2,creado,activo\n1,Centro,2.5,2020-01-15,true\n2,Norte,10.25,2021-06-01,false\n3,Sur,7,2019-11-30,true\n",
  "proyectos.csv":
    "codigo,barrio_id,monto,aprobado,presentado\nPP-001,1,1500000.5,true,2026-02-10\nPP-002,2,320000,false,2026-02-11\nPP-003,3,87500.75,true,2026-02-12\n",
  "votos.csv":
    "mesa,barrio_id,votos,escrutada,cierre\n1,1,120,true,2026-04-05\n1,2,98,true,2026-04-05\n2,3,143,false,2026-04-06\n",
};

const FIELDS = {
  barrios: [
    ["_id", "int"],
    ["id", "int8"],
    ["nombre", "text"],
    ["superficie_km2", "numeric"],
    ["creado", "date"],
    ["activo", "bool"],
  ],
  proyectos: [
    ["_id", "int"],
    ["codigo", "text"],
    ["barrio_id", "int8"],
    ["monto", "numeric"],
    ["aprobado", "bool"],
    ["presentado", "date"],
  ],
  votos: [
    ["_id", "int"],
    ["mesa", "int8"],
    ["barrio_id", "int8"],
    ["votos", "int8"],
    ["escrutada", "bool"],
    ["cierre", "date"],
  ],
};
const ROWS = {
  barrios: [
    { id: 1, nombre: "Centro", superficie_km2: 2.5, creado: "2020-01-15", activo: true },
    { id: 2, nombre: "Norte", superficie_km2: 10.25, creado: "2021-06-01", activo: false },
    { id: 3, nombre: "Sur", superficie_km2: 7, creado: "2019-11-30", activo: true },
  ],
  proyectos: [
    { codigo: "PP-001", barrio_id: 1, monto: 1500000.5, aprobado: true, presentado: "2026-02-10" },
    { codigo: "PP-002", barrio_id: 2, monto: 320000, aprobado: false, presentado: "2026-02-11" },
    { codigo: "PP-003", barrio_id: 3, monto: 87500.75, aprobado: true, presentado: "2026-02-12" },
  ],
  votos: [
    { mesa: 1, barrio_id: 1, votos: 120, escrutada: true, cierre: "2026-04-05" },
    { mesa: 1, barrio_id: 2, votos: 98, escrutada: true, cierre: "2026-04-05" },
    { mesa: 2, barrio_id: 3, votos: 143, escrutada: false, cierre: "2026-04-06" },
  ],
};

/** The schemas `portal serve --database` made for a folder (`ciudata_<folder>_<hash>` and its `_published`). */
async function dropSchemasOf(url: string, folder: string): Promise<string[]> {
  const prefix = `ciudata_${basename(folder)
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")}_`;
  const db = await connectPostgres(url);
  try {
    const found = await db.query("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)", [prefix]);
    const names = found.map((r) => String(r.nspname)).sort();
    for (const n of names) await db.query(`DROP SCHEMA "${n.replace(/"/g, '""')}" CASCADE`);
    return names;
  } finally {
    await db.close();
  }
}

const STORES = [
  { store: "DuckDB", database: undefined as string | undefined },
  { store: "PostgreSQL", database: PG_URL },
];

for (const { store, database } of STORES) {
  const skip = store === "PostgreSQL" && !database;
  describe.skipIf(skip)(`portal publish → portal serve (${store}) → @ciudata/open-data`, () => {
    let data = "";
    let portalDir = "";
    let url = "";
    let serving: Promise<number> | undefined;
    let served: ReturnType<typeof capture>;
    const outputs: string[] = [];

    beforeAll(async () => {
      data = await mkdtemp(join(tmpdir(), "ciudata-cli-roundtrip-data-"));
      portalDir = await mkdtemp(join(tmpdir(), "ciudata-cli-roundtrip-"));
      await writeFile(join(data, "datapackage.json"), JSON.stringify(PACKAGE, null, 2));
      for (const [name, text] of Object.entries(FILES)) await writeFile(join(data, name), text);
      served = capture({ PORTAL_TOKEN: TOKEN });
      const args = ["portal", "serve", portalDir, "--token-env", "PORTAL_TOKEN", "--for", "300"];
      let ended = false;
      serving = run(database ? [...args, "--database", database] : args, served.io).finally(() => {
        ended = true;
      });
      while (!ended && !served.err() && !/http:\/\/127\.0\.0\.1:\d+/.test(served.out()))
        await new Promise((r) => setTimeout(r, 20));
      url = /http:\/\/127\.0\.0\.1:\d+/.exec(served.out())?.[0] ?? "";
    }, 120_000);

    afterAll(async () => {
      if (serving) {
        process.emit("SIGTERM");
        expect(await serving).toBe(0);
      }
      await rm(data, { recursive: true, force: true });
      if (database) expect(await dropSchemasOf(database, portalDir)).toHaveLength(2);
      await rm(portalDir, { recursive: true, force: true });
      // Neither the token nor the database password reaches any output.
      for (const text of [...outputs, served.out(), served.err()]) expect(text).not.toContain(TOKEN);
    }, 60_000);

    async function publish(extra: string[] = []) {
      const c = capture({ CKAN_TOKEN: TOKEN });
      const code = await run(["portal", "publish", data, "--to", url, ...extra], c.io);
      outputs.push(c.out(), c.err());
      return { code, out: c.out(), err: c.err() };
    }

    async function readBack() {
      const portal = createPortal(url, { platform: "ckan" });
      const dataset = await portal.dataset("presupuesto-participativo");
      const out: Record<string, { fields: string[][]; records: Record<string, unknown>[] }> = {};
      for (const r of dataset.resources) {
        const page = await portal.rows(r.id);
        out[r.name ?? r.id] = {
          fields: page.fields.map((f) => [f.name, String(f.type)]),
          records: page.records.map(({ _id, ...rest }) => rest),
        };
      }
      return out;
    }

    it("publishes the three tables and the client reads back the same rows and types", {
      timeout: 180_000,
    }, async () => {
      expect([url !== "", served.err()]).toEqual([true, ""]);
      if (database) expect(served.out()).toContain("tablas en PostgreSQL");
      const first = await publish();
      expect([first.code, first.err]).toEqual([0, ""]);
      expect(first.out).toContain("conjunto «presupuesto-participativo» creado");
      for (const name of ["barrios", "proyectos", "votos"])
        expect(first.out).toContain(`+ ${name}: creada, 3 filas en el DataStore`);
      const back = await readBack();
      expect(Object.keys(back)).toEqual(["barrios", "proyectos", "votos"]);
      for (const name of ["barrios", "proyectos", "votos"] as const)
        expect([name, back[name]]).toEqual([name, { fields: FIELDS[name], records: ROWS[name] }]);
      const status = await (await fetch(`${url}/api/3/action/status_show`)).json();
      expect(status.result.ciudata_database).toBe(database ? "postgres" : "duckdb");
      // Where the publication was kept: the DuckDB file, or nothing but the uploads beside the tables on PostgreSQL.
      expect((await readdir(join(portalDir, ".ciudata"))).includes("published.duckdb")).toBe(!database);
    });

    it("a second publish changes nothing and says so", { timeout: 120_000 }, async () => {
      const again = await publish(["--lang", "en"]);
      expect([again.code, again.err]).toEqual([0, ""]);
      expect(again.out).toContain('dataset "presupuesto-participativo" unchanged');
      for (const name of ["barrios", "proyectos", "votos"])
        expect(again.out).toContain(`= ${name}: unchanged`);
      expect(again.out).toContain("No changes: the portal already has this version; nothing was written.");
    });

    it("a changed table is written again whole, the others untouched", { timeout: 120_000 }, async () => {
      await writeFile(
        join(data, "votos.csv"),
        `${FILES["votos.csv"]?.replace("2,3,143,false", "2,3,151,true")}3,1,77,true,2026-04-06\n`,
      );
      const changed = await publish(["--format", "json"]);
      expect(changed.code).toBe(0);
      expect(
        JSON.parse(changed.out).tables.map((t: { name: string; change: string }) => [t.name, t.change]),
      ).toEqual([
        ["barrios", "unchanged"],
        ["proyectos", "unchanged"],
        ["votos", "update"],
      ]);
      const back = await readBack();
      expect(back.votos?.records).toEqual([
        ...ROWS.votos.slice(0, 2),
        { mesa: 2, barrio_id: 3, votos: 151, escrutada: true, cierre: "2026-04-06" },
        { mesa: 3, barrio_id: 1, votos: 77, escrutada: true, cierre: "2026-04-06" },
      ]);
      expect(back.barrios?.records).toEqual(ROWS.barrios);
      expect(await readFile(join(data, "barrios.csv"), "utf8")).toBe(FILES["barrios.csv"]);
    });
  });
}
