import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError, renderIssue } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataIssues } from "../../messages/issues";
import { maskDatabaseUrl, type ServedFolder, serveFolder, type TableReview } from "./index";
import { loadPg } from "./pg-module";
import { defaultSchema } from "./pg-store";

// The same served folder on DuckDB and on PostgreSQL must answer the same. PostgreSQL comes from
// CIUDATA_TEST_POSTGRES_URL (.ci/run starts a throw-away cluster; locally: bash scripts/test-postgres.sh …).
const PG_URL = process.env.CIUDATA_TEST_POSTGRES_URL;
if (!PG_URL)
  console.warn(
    "[open-data] CIUDATA_TEST_POSTGRES_URL is not set: skipping the PostgreSQL store tests " +
      "(run them with: bash scripts/test-postgres.sh npx vitest run packages/open-data/src/node/served)",
  );

const CSV = {
  "barrios.csv":
    "id,nombre,superficie,alta\n1,Centro,2.5,2020-01-15\n2,Norte,10.25,2021-06-01\n3,Sur,7,2019-11-30\n4,Oeste,,\n",
  "reclamos.csv":
    "numero,canal,fecha,resuelto\n10,Web,2026-03-01T10:00:00,true\n11,Teléfono,2026-03-02T11:30:00,false\n" +
    "12,Web,2026-03-03T09:15:00,true\n13,app,2026-03-04T00:00:00,\n14,Web_50%,2026-03-05T23:59:59,false\n",
  "padron.csv": "dni,nombre,edad\n20123456,Ana Pérez,34\n27987654,Luis Gómez,51\n",
};

const review = async (t: { name: string }): Promise<TableReview> => ({
  score: 90,
  outcome: "pass",
  issues: 0,
  direct: t.name === "padron" ? ["dni", "nombre"] : [],
  personal: [],
});

// biome-ignore lint/suspicious/noExplicitAny: CKAN answers are read loosely in tests
type Json = Record<string, any>;

/** Every datastore_search a client may send, answered the same way by both stores. */
const SEARCHES: Record<string, Json> = {
  "all of a table": { resource_id: "barrios" },
  "a filter": { resource_id: "reclamos", filters: { canal: "Web" } },
  "a filter with a list and a typed value": { resource_id: "reclamos", filters: { numero: ["10", 12] } },
  "a filter on a boolean": { resource_id: "reclamos", filters: { resuelto: false } },
  "a filter on a date": { resource_id: "barrios", filters: { alta: "2021-06-01" } },
  "a filter on a timestamp": { resource_id: "reclamos", filters: { fecha: "2026-03-02 11:30:00" } },
  "a filter on a number": { resource_id: "barrios", filters: { superficie: 2.5 } },
  "a filter for missing values": { resource_id: "barrios", filters: { alta: null } },
  "a filter value of the wrong type": { resource_id: "reclamos", filters: { numero: "doce" } },
  "a filter as a JSON string": { resource_id: "reclamos", filters: '{"canal": ["Web", "app"]}' },
  "an empty filter list": { resource_id: "reclamos", filters: { canal: [] } },
  "q in any field, any case": { resource_id: "reclamos", q: "teléfono" },
  "q with LIKE characters taken literally": { resource_id: "reclamos", q: "_50%" },
  "q per field": { resource_id: "reclamos", q: { canal: "we" } },
  "q on a number": { resource_id: "barrios", q: "10.25" },
  "sort descending": { resource_id: "reclamos", sort: "numero desc" },
  "sort by text, byte order": { resource_id: "reclamos", sort: "canal, numero desc" },
  "sort with nulls last": { resource_id: "barrios", sort: "superficie desc nulls last" },
  "limit and offset": { resource_id: "reclamos", limit: 2, offset: 1 },
  "an offset past the end": { resource_id: "reclamos", offset: 50 },
  fields: { resource_id: "reclamos", fields: "numero,resuelto,fecha", limit: 1, sort: "numero desc" },
  "distinct with its total": { resource_id: "reclamos", fields: ["canal"], distinct: true, sort: "canal" },
  "without the total": { resource_id: "barrios", include_total: false, limit: 1 },
  "a masked personal table": { resource_id: "padron" },
};

/** Requests refused the same way by both stores (status and CKAN error type). */
const REFUSED: Record<string, Json> = {
  "an unknown field": { resource_id: "barrios", filters: { nope: 1 } },
  "SQL in the sort": { resource_id: "barrios", sort: 'id; DROP TABLE "barrios"' },
  "a negative limit": { resource_id: "barrios", limit: -1 },
  "an unknown table": { resource_id: "nada" },
};

const STORES = [
  { name: "DuckDB", database: undefined as string | undefined },
  { name: "PostgreSQL", database: PG_URL },
];

const answers = new Map<string, Map<string, Json>>();

describe.each(STORES)("the store on $name", ({ name, database }) => {
  const skip = name === "PostgreSQL" && !database;
  let dir = "";
  let served: ServedFolder;
  beforeAll(async () => {
    if (skip) return;
    dir = await mkdtemp(join(tmpdir(), "ciudata-stores-"));
    for (const [file, text] of Object.entries(CSV)) await writeFile(join(dir, file), text);
    await writeFile(
      join(dir, "ciudata-serve.json"),
      JSON.stringify({ tables: { padron: { mask: ["nombre"], drop: ["dni"] } }, sql: { timeoutMs: 200 } }),
    );
    served = await serveFolder(dir, {
      review,
      limits: { burst: 10_000, perSecond: 10_000 },
      ...(database ? { database } : {}),
    });
  });
  afterAll(async () => {
    if (skip) return;
    await served?.close();
    if (database) await dropSchema(database, defaultSchema(dir));
    await rm(dir, { recursive: true, force: true });
  });

  const api = async (action: string, body: unknown) => {
    const res = await fetch(`${served.url}/api/3/action/${action}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Json };
  };

  it.skipIf(skip)(
    "answers datastore_search with Table Schema types, filters, q, sort and distinct",
    async () => {
      const got = new Map<string, Json>();
      for (const [title, body] of Object.entries(SEARCHES)) {
        const r = await api("datastore_search", body);
        expect([title, r.status]).toEqual([title, 200]);
        got.set(title, r.json.result);
      }
      answers.set(name, got);
      const all = got.get("all of a table") as Json;
      expect(all.fields).toEqual([
        { id: "_id", type: "int" },
        { id: "id", type: "int" },
        { id: "nombre", type: "text" },
        { id: "superficie", type: "numeric" },
        { id: "alta", type: "date" },
      ]);
      expect(all.total).toBe(4);
      expect(all.records[0]).toEqual({
        _id: 1,
        id: 1,
        nombre: "Centro",
        superficie: 2.5,
        alta: "2020-01-15",
      });
      expect(all.records[3]).toEqual({ _id: 4, id: 4, nombre: "Oeste", superficie: null, alta: null });
      const numbers = (title: string) => (got.get(title) as Json).records.map((r: Json) => r.numero);
      expect(numbers("a filter")).toEqual([10, 12]);
      expect((got.get("a filter") as Json).total).toBe(2);
      expect(numbers("a filter with a list and a typed value")).toEqual([10, 12]);
      expect(numbers("a filter on a boolean")).toEqual([11, 14]);
      expect(numbers("a filter on a timestamp")).toEqual([11]);
      expect(numbers("a filter value of the wrong type")).toEqual([]);
      expect(numbers("a filter as a JSON string")).toEqual([10, 12, 13]);
      expect(numbers("an empty filter list")).toEqual([]);
      expect(numbers("q in any field, any case")).toEqual([11]);
      expect(numbers("q with LIKE characters taken literally")).toEqual([14]);
      expect(numbers("q per field")).toEqual([10, 12, 14]);
      expect(numbers("sort descending")).toEqual([14, 13, 12, 11, 10]);
      // Byte order, as DuckDB compares text: capitals before small letters, "Web" before "Web_50%".
      expect(numbers("sort by text, byte order")).toEqual([11, 12, 10, 14, 13]);
      expect(numbers("limit and offset")).toEqual([11, 12]);
      expect((got.get("limit and offset") as Json).total).toBe(5);
      expect(numbers("an offset past the end")).toEqual([]);
      const ids = (title: string) => (got.get(title) as Json).records.map((r: Json) => r.id);
      expect(ids("a filter on a date")).toEqual([2]);
      expect(ids("a filter on a number")).toEqual([1]);
      expect(ids("a filter for missing values")).toEqual([4]);
      expect(ids("q on a number")).toEqual([2]);
      expect(ids("sort with nulls last")).toEqual([2, 3, 1, 4]);
      const fields = got.get("fields") as Json;
      expect(fields.records).toEqual([{ numero: 14, resuelto: false, fecha: "2026-03-05T23:59:59" }]);
      expect(fields.fields.map((f: Json) => f.type)).toEqual(["int", "bool", "timestamp"]);
      const distinct = got.get("distinct with its total") as Json;
      expect(distinct.records).toEqual([
        { canal: "Teléfono" },
        { canal: "Web" },
        { canal: "Web_50%" },
        { canal: "app" },
      ]);
      expect(distinct.total).toBe(4);
      expect(got.get("without the total")).not.toHaveProperty("total");
      const padron = got.get("a masked personal table") as Json;
      expect(padron.fields.map((f: Json) => f.id)).toEqual(["_id", "nombre", "edad"]);
      expect(JSON.stringify(padron)).not.toMatch(/Ana|Luis|20123456/);
    },
  );

  it.skipIf(skip)("refuses the same bad requests with CKAN's errors", async () => {
    for (const [title, body] of Object.entries(REFUSED)) {
      const r = await api("datastore_search", body);
      expect([title, r.status, r.json.success]).toEqual([title, r.status === 404 ? 404 : 409, false]);
    }
  });

  it.skipIf(skip)("answers checked SQL, refuses what writes or reads files, and writes nothing", async () => {
    const ok = await api("datastore_search_sql", {
      sql: 'SELECT canal, count(*) AS n, max(fecha) AS ultima FROM "reclamos" GROUP BY canal ORDER BY canal',
    });
    expect(ok.status).toBe(200);
    expect(ok.json.result.records[0]).toEqual({ canal: "Teléfono", n: 1, ultima: "2026-03-02T11:30:00" });
    expect(ok.json.result.fields.map((f: Json) => f.type)).toEqual(["text", "int", "timestamp"]);
    const marker = join(dir, "written-by-sql");
    const refused = [
      "SELECT pg_read_file('/etc/passwd')",
      "SELECT pg_catalog.pg_read_file('/etc/passwd')",
      `COPY reclamos TO PROGRAM 'touch ${marker}'`,
      `COPY (SELECT 1) TO '${marker}'`,
      "SELECT lo_import('/etc/passwd')",
      "SELECT * FROM dblink('dbname=postgres', 'SELECT 1') AS t(a int)",
      "SELECT query_to_xml('SELECT * FROM pg_authid', true, true, '')",
      "SELECT set_config('default_transaction_read_only', 'off', false)",
      "SELECT current_setting('data_directory')",
      "SELECT * INTO copia FROM reclamos",
      "SELECT 1; DROP TABLE reclamos",
      "DELETE FROM reclamos",
      "WITH x AS (DELETE FROM reclamos RETURNING *) SELECT * FROM x",
      "UPDATE reclamos SET canal = 'x'",
      "CREATE TABLE copia AS SELECT * FROM reclamos",
      'SELECT * FROM "_ciudata_meta"',
      "SELECT * FROM pg_authid",
      "SELECT * FROM information_schema.tables",
      "SELECT * FROM padron_dni",
      `SELECT U&"pg_read_file"('/etc/passwd')`,
      "SELECT E'\\x41' FROM reclamos",
    ];
    for (const sql of refused) {
      const r = await api("datastore_search_sql", { sql });
      expect([sql, r.status, r.json.success]).toEqual([sql, 403, false]);
      expect(r.json.error.__type).toBe("Authorization Error");
    }
    expect(existsSync(marker)).toBe(false);
    expect((await readdir(dir)).filter((f) => f !== ".ciudata").sort()).toEqual([
      "barrios.csv",
      "ciudata-serve.json",
      "padron.csv",
      "reclamos.csv",
    ]);
    const after = await api("datastore_search", { resource_id: "reclamos", filters: { canal: "Web" } });
    expect(after.json.result.total).toBe(2);
    const slow = await api("datastore_search_sql", {
      sql: "SELECT count(*) FROM reclamos a, reclamos b, reclamos c, reclamos d, reclamos e, reclamos f, reclamos g, reclamos h, reclamos i, reclamos j, reclamos k, reclamos l, reclamos m, reclamos n",
    });
    expect(slow.status).toBe(409);
    expect(slow.json.error.message).toBe("la consulta tardó más de 200 milisegundos y se interrumpió");
    expect((await api("datastore_search", { resource_id: "reclamos" })).status).toBe(200);
  });

  it.skipIf(skip || !database)(
    "keeps the folder untouched and loads again only when a file changed",
    async () => {
      expect(await readdir(dir)).not.toContain(".ciudata");
      expect(served.rebuilt).toBe(true);
      const again = await serveFolder(dir, { review, ...(database ? { database } : {}) });
      expect(again.rebuilt).toBe(false);
      await again.close();
      await writeFile(join(dir, "barrios.csv"), `${CSV["barrios.csv"]}5,Este,1,2024-01-01\n`);
      const changed = await serveFolder(dir, { review, ...(database ? { database } : {}) });
      expect(changed.rebuilt).toBe(true);
      const r = await fetch(`${changed.url}/api/3/action/datastore_search?resource_id=barrios`);
      expect(((await r.json()) as Json).result.total).toBe(5);
      await changed.close();
    },
  );
});

describe.skipIf(!PG_URL)("PostgreSQL and DuckDB", () => {
  it("give the same datastore_search answers for the same served folder", () => {
    const duck = answers.get("DuckDB");
    const pg = answers.get("PostgreSQL");
    expect(duck?.size).toBe(Object.keys(SEARCHES).length);
    for (const title of Object.keys(SEARCHES))
      expect([title, pg?.get(title)]).toEqual([title, duck?.get(title)]);
  });
});

describe.skipIf(!PG_URL)("tables on PostgreSQL with a token", () => {
  it("keeps what is published on PostgreSQL too, across a restart, and searches it in PostgreSQL's SQL", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-stores-"));
    await writeFile(join(dir, "barrios.csv"), CSV["barrios.csv"]);
    const token = "tok-pg-3b7d";
    let served = await serveFolder(dir, { review, database: PG_URL as string, token });
    const api = async (action: string, body: unknown) => {
      const res = await fetch(`${served.url}/api/3/action/${action}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: token },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Json };
    };
    try {
      expect((await api("package_create", { name: "reclamos-publicados" })).status).toBe(200);
      const created = await api("datastore_create", {
        resource: { package_id: "reclamos-publicados", name: "reclamos" },
        fields: [
          { id: "numero", type: "int" },
          { id: "canal", type: "text" },
          { id: "fecha", type: "timestamp" },
          { id: "hora", type: "time" },
        ],
        primary_key: "numero",
        records: [
          { numero: 10, canal: "Web", fecha: "2026-03-01T10:00:00", hora: "10:00:00" },
          { numero: 11, canal: "Teléfono", fecha: "2026-03-02T11:30:00", hora: "11:30:00" },
        ],
      });
      expect(created.status).toBe(200);
      const rid = created.json.result.resource_id as string;
      const written = await api("datastore_search", { resource_id: rid, filters: { canal: "Web" }, q: "we" });
      expect(written.json.result.records).toEqual([
        { _id: 1, numero: 10, canal: "Web", fecha: "2026-03-01T10:00:00", hora: "10:00:00" },
      ]);
      // As DuckDB's TRY_CAST: a value that is no time matches nothing (it is not sent to PostgreSQL).
      const none = await api("datastore_search", { resource_id: rid, filters: { hora: "nunca" } });
      expect([none.status, none.json.result?.records]).toEqual([200, []]);
      // An upsert on the primary key: one row changed, one added, in PostgreSQL's ON CONFLICT.
      const upserted = await api("datastore_upsert", {
        resource_id: rid,
        method: "upsert",
        records: [
          { numero: 11, canal: "app" },
          { numero: 12, canal: "Web", fecha: "2026-03-03T09:15:00", hora: "09:15:00" },
        ],
      });
      expect(upserted.status).toBe(200);
      const sorted = await api("datastore_search", { resource_id: rid, sort: "canal desc" });
      // Byte order ("app" after "Web"); the key that existed keeps its _id, as on DuckDB, whose
      // sequence also spends a number on the conflicting row.
      expect(sorted.json.result.records.map((r: Json) => [r._id, r.numero, r.canal])).toEqual([
        [2, 11, "app"],
        [1, 10, "Web"],
        [4, 12, "Web"],
      ]);
      const own = await api("datastore_search", { resource_id: "barrios", filters: { superficie: 2.5 } });
      expect(own.json.result.records.map((r: Json) => r.nombre)).toEqual(["Centro"]);
      expect(existsSync(join(dir, ".ciudata", "published.duckdb"))).toBe(false);
      expect(existsSync(join(dir, ".ciudata", "portal.duckdb"))).toBe(false);
      await served.close();
      // Served again: the package and its DataStore table are read back from PostgreSQL.
      served = await serveFolder(dir, { review, database: PG_URL as string, token });
      const again = await api("datastore_search", { resource_id: rid, filters: { numero: 12 } });
      expect(again.json.result.records).toEqual([
        { _id: 4, numero: 12, canal: "Web", fecha: "2026-03-03T09:15:00", hora: "09:15:00" },
      ]);
      expect(again.json.result.fields.map((f: Json) => f.type)).toEqual([
        "int",
        "int4",
        "text",
        "timestamp",
        "time",
      ]);
    } finally {
      await served.close();
      await dropSchema(PG_URL as string, defaultSchema(dir));
      await dropSchema(PG_URL as string, `${defaultSchema(dir)}_published`);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a PostgreSQL connection string", () => {
  it("is never printed with its password", async () => {
    expect(maskDatabaseUrl("postgres://ana:s3creta@db.ciudad.gob:5432/datos")).toBe(
      "postgres://ana:•••@db.ciudad.gob:5432/datos",
    );
    expect(maskDatabaseUrl("postgresql://db/datos?user=ana&password=s3creta&ssl=true")).toBe(
      "postgresql://db/datos?user=ana&password=•••&ssl=true",
    );
    expect(maskDatabaseUrl("postgres://ana@db/datos")).toBe("postgres://ana@db/datos");
    const dir = await mkdtemp(join(tmpdir(), "ciudata-stores-"));
    await writeFile(join(dir, "barrios.csv"), CSV["barrios.csv"]);
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    const error = await serveFolder(dir, {
      review,
      database: "postgres://ana:s3cr%40ta@127.0.0.1:1/datos",
    }).catch((e: unknown) => e);
    await rm(dir, { recursive: true, force: true });
    expect(error).toBeInstanceOf(CiudataError);
    const issue = (error as CiudataError).errors[0];
    expect(issue?.type).toBe("portal/database-unreachable");
    const text = renderIssue(issue as never, "es", openDataIssues);
    expect(text).toContain("postgres://ana:•••@127.0.0.1:1/datos");
    expect(JSON.stringify(issue)).not.toMatch(/s3cr/);
    const wrong = await serveFolder(dir, { review, database: "mysql://ana:s3creta@127.0.0.1/datos" }).catch(
      (e: unknown) => e,
    );
    expect((wrong as CiudataError).errors[0]?.type).toBe("portal/database-url");
    expect(JSON.stringify((wrong as CiudataError).errors)).not.toContain("s3creta");
  });
});

async function dropSchema(url: string, schema: string): Promise<void> {
  const { Client } = await loadPg();
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
}

describe.skipIf(!PG_URL)("the PostgreSQL store below the SQL check", () => {
  it("runs every query read-only, one statement at a time, within its time limit", async () => {
    const { openPgStore } = await import("./pg-store");
    const { QueryTimeout } = await import("./stored");
    const schema = `ciudata_test_${process.pid}`;
    const store = await openPgStore(tmpdir(), [], { url: PG_URL as string, schema });
    try {
      expect((await store.query("SELECT 1 + 1 AS n")).rows).toEqual([{ n: 2 }]);
      await expect(store.query("CREATE TABLE escrito (a int)")).rejects.toThrow(/read-only transaction/);
      await expect(store.query("SELECT 1; SELECT 2")).rejects.toThrow(/multiple commands/);
      await expect(store.query("SELECT pg_sleep(5)", [], 50)).rejects.toBeInstanceOf(QueryTimeout);
      expect(await store.parse("SELECT 1")).toBeNull();
      expect(await store.parse("SELECT 1; SELECT 2")).toBe("several-statements");
      expect(await store.parse("INSERT INTO _ciudata_meta VALUES ('a', 'b')")).toBe("not-select");
      expect((await store.query("SELECT count(*) AS n FROM _ciudata_meta")).rows).toEqual([{ n: 1 }]);
    } finally {
      await store.close();
      await dropSchema(PG_URL as string, schema);
    }
  });
});
