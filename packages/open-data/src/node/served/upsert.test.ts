import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { connectPostgres, serveFolder, type TableReview } from "./index";
import { defaultSchema } from "./pg-store";
import type { DatastoreTable } from "./published";
import { MAX_PARAMS, upsertSql } from "./upsert";

// A datastore_upsert larger than one statement can take is split, and written whole or not at all.
const PG_URL = process.env.CIUDATA_TEST_POSTGRES_URL;
if (!PG_URL)
  console.warn(
    "[open-data] CIUDATA_TEST_POSTGRES_URL is not set: skipping the large upsert on PostgreSQL " +
      "(run it with: bash scripts/test-postgres.sh npx vitest run packages/open-data/src/node/served/upsert.test.ts)",
  );

const TABLE: DatastoreTable = {
  resource_id: "barrios",
  fields: [
    { id: "id", type: "int8" },
    { id: "nombre", type: "text" },
  ],
  primary_key: ["id"],
};
const records = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, nombre: `Barrio ${i + 1}` }));

describe("upsertSql", () => {
  it("splits a large call in statements of at most MAX_PARAMS values, each numbered from $1", () => {
    const n = MAX_PARAMS / 2 + 1;
    const plan = upsertSql(TABLE, records(n), "upsert", "postgres");
    if ("refusal" in plan) throw new Error("refused");
    expect(plan.statements.map((s) => s.params.length)).toEqual([MAX_PARAMS, 2]);
    const last = plan.statements[1];
    expect(last?.sql).toBe(
      'INSERT INTO "barrios" ("id", "nombre") VALUES (CAST($1 AS BIGINT), CAST($2 AS TEXT)) ' +
        'ON CONFLICT ("id") DO UPDATE SET "nombre" = excluded."nombre"',
    );
    expect(last?.params).toEqual([String(n), `Barrio ${n}`]);
    expect(plan.statements[0]?.sql).toContain(`CAST($${MAX_PARAMS} AS TEXT)`);
    const duck = upsertSql(TABLE, records(2), "upsert", "duckdb");
    if ("refusal" in duck) throw new Error("refused");
    expect(duck.statements[0]?.sql).toBe(
      'INSERT INTO "barrios" ("id", "nombre") VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR)), ' +
        '(CAST(? AS BIGINT), CAST(? AS VARCHAR)) ON CONFLICT ("id") DO UPDATE SET "nombre" = excluded."nombre"',
    );
  });
});

const review = async (): Promise<TableReview> => ({
  score: 100,
  outcome: "pass",
  issues: 0,
  direct: [],
  personal: [],
});
const TOKEN = "tok-upsert-5d1e";

for (const store of ["DuckDB", "PostgreSQL"] as const)
  describe.skipIf(store === "PostgreSQL" && !PG_URL)(`a large datastore_upsert on ${store}`, () => {
    it("is written whole, or not at all when one value in its last statement is wrong", {
      timeout: 300_000,
    }, async () => {
      const dir = await mkdtemp(join(tmpdir(), "ciudata-upsert-"));
      const served = await serveFolder(dir, {
        review,
        token: TOKEN,
        ...(store === "PostgreSQL" ? { database: PG_URL as string } : {}),
      });
      const api = async (action: string, body: unknown) => {
        const res = await fetch(`${served.url}/api/3/action/${action}`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: TOKEN },
          body: JSON.stringify(body),
        });
        return { status: res.status, json: (await res.json()) as { result?: Record<string, unknown> } };
      };
      try {
        expect((await api("package_create", { name: "barrios" })).status).toBe(200);
        const created = await api("datastore_create", {
          resource: { package_id: "barrios", name: "barrios" },
          fields: TABLE.fields,
          primary_key: "id",
        });
        const rid = String(created.json.result?.resource_id);
        const n = MAX_PARAMS / 2 + 1;
        const wrong = records(n);
        (wrong[n - 1] as Record<string, unknown>).id = "no es un número";
        expect((await api("datastore_upsert", { resource_id: rid, records: wrong })).status).toBe(409);
        const total = async () =>
          (await api("datastore_search", { resource_id: rid, limit: 0 })).json.result?.total;
        expect(await total()).toBe(0);
        expect((await api("datastore_upsert", { resource_id: rid, records: records(n) })).status).toBe(200);
        expect(await total()).toBe(n);
      } finally {
        await served.close();
        if (store === "PostgreSQL") {
          const db = await connectPostgres(PG_URL as string);
          for (const s of [defaultSchema(dir), `${defaultSchema(dir)}_published`])
            await db.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
          await db.close();
        }
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
