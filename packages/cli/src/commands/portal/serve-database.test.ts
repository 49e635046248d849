import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// `portal serve --database postgres://…`: the tables on PostgreSQL. The live part needs
// CIUDATA_TEST_POSTGRES_URL (.ci/run starts a throw-away cluster; locally: bash scripts/test-postgres.sh …).
const PG_URL = process.env.CIUDATA_TEST_POSTGRES_URL;
if (!PG_URL)
  console.warn(
    "[cli] CIUDATA_TEST_POSTGRES_URL is not set: skipping `portal serve --database` on a live PostgreSQL " +
      "(run it with: bash scripts/test-postgres.sh npx vitest run packages/cli/src/commands/portal)",
  );

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-serve-pg-"));
  await writeFile(
    join(dir, "reclamos.csv"),
    "numero,canal,fecha,resuelto\n10,Web,2026-03-01T10:00:00,true\n11,Teléfono,2026-03-02T11:30:00,false\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ciudata portal serve <folder> --database", () => {
  // Generous limits: the review of each table and the load run on a machine that may be busy.
  it.skipIf(!PG_URL)(
    "serves the folder from PostgreSQL and portal rows reads it back typed",
    { timeout: 180_000 },
    async () => {
      const c = capture();
      let ended = false;
      const done = run(
        ["portal", "serve", dir, "--database", PG_URL as string, "--for", "150"],
        c.io,
      ).finally(() => {
        ended = true;
      });
      while (!ended && !c.err() && !/http:\/\/127\.0\.0\.1:\d+/.test(c.out()))
        await new Promise((r) => setTimeout(r, 20));
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(c.out())?.[0] ?? "";
      expect([url !== "", c.err()]).toEqual([true, ""]);
      expect(c.out()).toContain(`tablas en PostgreSQL: ${PG_URL}`);
      const r = capture();
      expect(await run(["portal", "rows", url, "reclamos", "--format", "json"], r.io)).toBe(0);
      expect(JSON.parse(r.out())).toEqual([
        { _id: 1, numero: 10, canal: "Web", fecha: "2026-03-01T10:00:00", resuelto: true },
        { _id: 2, numero: 11, canal: "Teléfono", fecha: "2026-03-02T11:30:00", resuelto: false },
      ]);
      const status = await (await fetch(`${url}/api/3/action/status_show`)).json();
      expect(status.result.ciudata_database).toBe("postgres");
      process.emit("SIGTERM");
      expect(await done).toBe(0);
      // Nothing written in the served folder: the tables live in the database.
      expect(await readdir(dir)).toEqual(["reclamos.csv"]);
    },
  );

  it.skipIf(!PG_URL)(
    "takes --token-env too: the tables and what is published, both on PostgreSQL",
    { timeout: 180_000 },
    async () => {
      const own = await mkdtemp(join(tmpdir(), "ciudata-cli-serve-pg-token-"));
      await writeFile(join(own, "reclamos.csv"), "numero,canal\n10,Web\n");
      const token = "tok-cli-pg-51e0";
      const c = capture({ PORTAL_TOKEN: token });
      let ended = false;
      const done = run(
        [
          "portal",
          "serve",
          own,
          "--database",
          PG_URL as string,
          "--token-env",
          "PORTAL_TOKEN",
          "--for",
          "150",
        ],
        c.io,
      ).finally(() => {
        ended = true;
      });
      try {
        while (!ended && !c.err() && !/http:\/\/127\.0\.0\.1:\d+/.test(c.out()))
          await new Promise((r) => setTimeout(r, 20));
        const url = /http:\/\/127\.0\.0\.1:\d+/.exec(c.out())?.[0] ?? "";
        expect([url !== "", c.err()]).toEqual([true, ""]);
        expect(c.out()).toContain("escritura con el token de PORTAL_TOKEN");
        expect(c.out()).toContain(`tablas en PostgreSQL: ${PG_URL}`);
        const created = await fetch(`${url}/api/3/action/package_create`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: token },
          body: JSON.stringify({ name: "publicado" }),
        });
        expect(created.status).toBe(200);
        const list = await (await fetch(`${url}/api/3/action/package_list`)).json();
        expect(list.result).toEqual(["reclamos", "publicado"]);
        process.emit("SIGTERM");
        expect(await done).toBe(0);
        expect(c.out()).not.toContain(token);
        // What was published is in the database too: no DuckDB file in the folder (only the uploads' folder).
        expect(await readdir(join(own, ".ciudata"))).toEqual(["uploads"]);
      } finally {
        await rm(own, { recursive: true, force: true });
      }
    },
  );

  it("never prints the password of a database it cannot reach, and exits 2", {
    timeout: 120_000,
  }, async () => {
    const c = capture();
    const code = await run(
      ["portal", "serve", dir, "--database", "postgres://ana:s3creta@127.0.0.1:1/datos", "--for", "1"],
      c.io,
    );
    expect(code).toBe(2);
    expect(c.err()).toContain("postgres://ana:•••@127.0.0.1:1/datos");
    expect(c.err()).toContain("revise que PostgreSQL esté en marcha");
    expect(c.out() + c.err()).not.toContain("s3creta");
    expect(c.err()).not.toMatch(/\n\s+at /);
  });

  it("refuses a database that is not PostgreSQL, and --database with a mirror or the sample", {
    timeout: 120_000,
  }, async () => {
    const wrong = capture();
    expect(
      await run(["portal", "serve", dir, "--database", "mysql://ana:s3creta@127.0.0.1/datos"], wrong.io),
    ).toBe(2);
    expect(wrong.err()).toContain("--database espera una dirección de PostgreSQL");
    expect(wrong.err()).toContain("mysql://ana:•••@127.0.0.1/datos");
    expect(wrong.err()).not.toContain("s3creta");
    const sample = capture();
    expect(
      await run(["portal", "serve", "--sample", "--database", "postgres://localhost/x"], sample.io),
    ).toBe(2);
    expect(sample.err()).toContain("--database solo sirve para una carpeta de tablas");
  });
});
