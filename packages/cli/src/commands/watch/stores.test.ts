import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectPostgres, type Loopback, servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import type { Alert, WatchResult } from "./alerts";
import type { WatchReport } from "./report";

// `watch --once` twice over the sample portal, one dataset changed in between, with the history in a DuckDB
// file and on PostgreSQL (`--database`): both runs recorded, exactly the expected alert, the same history.
// PostgreSQL comes from CIUDATA_TEST_POSTGRES_URL (.ci/run starts a throw-away cluster; locally:
// bash scripts/test-postgres.sh npx vitest run packages/cli/src/commands/watch/stores.test.ts).
const PG_URL = process.env.CIUDATA_TEST_POSTGRES_URL;
if (!PG_URL)
  console.warn(
    "[cli] CIUDATA_TEST_POSTGRES_URL is not set: skipping `watch --database` on a live PostgreSQL " +
      "(run it with: bash scripts/test-postgres.sh npx vitest run packages/cli/src/commands/watch/stores.test.ts)",
  );

interface RunJson {
  run: { runId: number; datasets: number; downloaded: number; alerts: number; db: string };
  results: WatchResult[];
  alerts: Alert[];
}

/** A database of its own for this file, so nothing else in the cluster is touched. */
const PG_DB = `ciudata_watch_test_${process.pid}`;
const pgUrl = (base: string) => {
  const u = new URL(base);
  u.pathname = `/${PG_DB}`;
  return u.toString();
};

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-watch-stores-"));
  if (PG_URL) {
    const admin = await connectPostgres(PG_URL);
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DB}`);
    await admin.query(`CREATE DATABASE ${PG_DB}`);
    await admin.close();
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (PG_URL) {
    const admin = await connectPostgres(PG_URL);
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
    await admin.close();
  }
});

async function cli(argv: string[], cwd: string, lang = "es") {
  const c = capture({ LANG: lang });
  c.io.cwd = cwd;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** What both stores must agree on: the history without what depends on the moment, the files' times or the port. */
const comparable = (report: WatchReport) =>
  JSON.parse(
    JSON.stringify({ ...report, first: null, last: null }, (k, v) =>
      k === "etag" || k === "lastModified" || k === "url" ? undefined : v,
    ),
  );

const STORES = [
  { store: "DuckDB", flags: () => ["--db", "h.duckdb"] },
  { store: "PostgreSQL", flags: () => ["--database", pgUrl(PG_URL as string)] },
];
const reports = new Map<string, WatchReport>();

for (const { store, flags } of STORES) {
  describe.skipIf(store === "PostgreSQL" && !PG_URL)(`ciudata watch --once, history on ${store}`, () => {
    it("records both runs and raises exactly the expected alert", { timeout: 180_000 }, async () => {
      const cwd = join(dir, store);
      await writeSampleSnapshot(join(cwd, "snap"));
      let portal: Loopback | undefined = await servePortal(join(cwd, "snap"));
      try {
        const args = ["watch", portal.url, "--once", ...flags(), "--as-of", "2026-12-07", "--format", "json"];
        const first = await cli(args, cwd);
        expect([first.code, first.err]).toEqual([1, ""]);
        const one = JSON.parse(first.out) as RunJson;
        expect(one.run.runId).toBe(1);
        expect(one.alerts.map((a) => [a.datasetId, a.kind])).toEqual([
          ["solicitudes-ciudadanas-2026", "stale"],
          ["registro-programa-alimentario-muestra", "stale"],
        ]);
        // The portal publishes a new barrios file: one column fewer.
        const path = join(cwd, "snap", "files", "barrios.csv");
        const csv = await readFile(path, "utf8");
        await writeFile(
          path,
          csv
            .split("\r\n")
            .map((line) => line.split(",").slice(0, 4).join(","))
            .join("\r\n"),
        );
        const second = await cli(args, cwd);
        expect([second.code, second.err]).toEqual([1, ""]);
        const two = JSON.parse(second.out) as RunJson;
        expect(two.run).toMatchObject({ runId: 2, datasets: 3, downloaded: 1, alerts: 1 });
        expect(two.alerts).toEqual([
          { datasetId: "barrios", kind: "schema", added: [], removed: ["poblacion_estimada"], retyped: [] },
        ]);
        expect(two.results.map((r) => [r.datasetId, r.status])).toEqual([
          ["barrios", "changed"],
          ["solicitudes-ciudadanas-2026", "unchanged"],
          ["registro-programa-alimentario-muestra", "unchanged"],
        ]);
        const report = await cli(["watch", "report", ...flags(), "--format", "json"], cwd);
        expect([report.code, report.err]).toEqual([0, ""]);
        const r = JSON.parse(report.out) as WatchReport;
        expect([r.runs, r.alerts.total, r.alerts.byKind]).toEqual([2, 3, { stale: 2, schema: 1 }]);
        reports.set(store, r);
        // On PostgreSQL nothing is written beside the snapshot.
        expect((await readdir(cwd)).sort()).toEqual(store === "DuckDB" ? ["h.duckdb", "snap"] : ["snap"]);
      } finally {
        await portal?.close();
        portal = undefined;
      }
    });
  });
}

describe.skipIf(!PG_URL)("the history on PostgreSQL", () => {
  it("holds the same history as the DuckDB file", () => {
    const duck = reports.get("DuckDB");
    const pg = reports.get("PostgreSQL");
    expect(duck).toBeDefined();
    expect(comparable(pg as WatchReport)).toEqual(comparable(duck as WatchReport));
  });

  it("is in the schema ciudata_watch, and report on a database without one says what to do (exit 2)", async () => {
    const db = await connectPostgres(pgUrl(PG_URL as string));
    const counts = await db.query(
      "SELECT (SELECT count(*) FROM ciudata_watch.watch_runs) AS runs, (SELECT count(*) FROM ciudata_watch.watch_results) AS results, (SELECT count(*) FROM ciudata_watch.watch_alerts) AS alerts",
    );
    await db.close();
    expect(counts).toEqual([{ runs: "2", results: "6", alerts: "3" }]);
    const none = await cli(["watch", "report", "--database", PG_URL as string], dir, "en");
    expect(none.code).toBe(2);
    expect(none.err).toContain("There is no watch history at");
    expect(none.err).toContain("(schema ciudata_watch)");
  });
});

describe("ciudata watch --database: bad input exits 2 with what to do, the password never shown", () => {
  it("refuses --db with --database, another database, and a database out of reach", async () => {
    const both = await cli(
      ["watch", "report", "--db", "h.duckdb", "--database", "postgres://ana@127.0.0.1:1/datos"],
      dir,
      "en",
    );
    expect(both.code).toBe(2);
    expect(both.err).toContain("--db and --database do not go together");
    const mysql = await cli(["watch", "report", "--database", "mysql://ana:s3creta@127.0.0.1/datos"], dir);
    expect(mysql.code).toBe(2);
    expect(mysql.err).toContain("postgres://");
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    const away = await cli(
      ["watch", "report", "--database", "postgres://ana:s3cr%40ta@127.0.0.1:1/datos"],
      dir,
    );
    expect(away.code).toBe(2);
    expect(away.err).toContain("postgres://ana:•••@127.0.0.1:1/datos");
    for (const out of [mysql, away]) {
      expect(out.out + out.err).not.toMatch(/s3cr/);
      expect(out.err).not.toMatch(/\n\s+at /);
    }
  });
});
