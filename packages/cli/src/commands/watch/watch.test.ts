import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDuckDB } from "@ciudata/linkage/node";
import { type Loopback, listenLoopback, servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import type { Alert, WatchResult } from "./alerts";
import type { WatchReport } from "./report";

// The local sample portal (a real loopback server) is watched twice; the test server logs every answer.
let dir = "";
let portal: Loopback;
let hook: Loopback;
let failing: Loopback;
const answers: { url: string; status: number }[] = [];
const received: { url: string; body: Record<string, unknown> }[] = [];
const SECRET = "SECRETO-9f1c";

const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((ok) => {
    let text = "";
    req.on("data", (c: Buffer) => {
      text += c.toString("utf8");
    });
    req.on("end", () => ok(text));
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-watch-"));
  await writeSampleSnapshot(join(dir, "snap"));
  portal = await servePortal(join(dir, "snap"));
  portal.server.on("request", (req: IncomingMessage, res) =>
    res.on("finish", () => answers.push({ url: req.url ?? "", status: res.statusCode })),
  );
  hook = await listenLoopback(async (req, res) => {
    received.push({ url: req.url ?? "", body: JSON.parse(await bodyOf(req)) });
    res.writeHead(204).end();
  });
  failing = await listenLoopback((_, res) => res.writeHead(500).end("no"));
});
afterAll(async () => {
  await portal?.close();
  await hook?.close();
  await failing?.close();
});

async function cli(argv: string[], env: Record<string, string> = {}, lang = "es") {
  const c = capture({ LANG: lang, ...env });
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

interface RunJson {
  run: { runId: number; downloaded: number };
  results: WatchResult[];
  alerts: Alert[];
  webhook: { sent: boolean; error?: string } | null;
}

describe("ciudata watch over the sample portal", () => {
  it("records both runs, downloads only what changed and raises exactly the expected alert (also by webhook)", async () => {
    const webhook = `${hook.url}/hooks/datos?token=${SECRET}`;
    const args = ["watch", portal.url, "--once", "--db", "h.duckdb", "--as-of", "2026-12-07"];
    const first = await cli([...args, "--webhook", webhook, "--format", "json"]);
    expect(first.err).toBe("");
    expect(first.code).toBe(1);
    const one = JSON.parse(first.out) as RunJson;
    expect(one.results.map((r) => [r.datasetId, r.status, r.downloaded])).toEqual([
      ["barrios", "new", true],
      ["solicitudes-ciudadanas-2026", "new", true],
      ["registro-programa-alimentario-muestra", "new", true],
    ]);
    // Two monthly datasets last updated in February and March are stale in December; barrios (yearly) is not.
    expect(one.alerts.map((a) => [a.datasetId, a.kind])).toEqual([
      ["solicitudes-ciudadanas-2026", "stale"],
      ["registro-programa-alimentario-muestra", "stale"],
    ]);
    expect(received).toHaveLength(1);
    expect(received[0]?.url).toBe(`/hooks/datos?token=${SECRET}`);

    // The portal publishes a new barrios file: one column fewer.
    const path = join(dir, "snap", "files", "barrios.csv");
    const csv = await readFile(path, "utf8");
    const cut = csv
      .split("\r\n")
      .map((line) => line.split(",").slice(0, 4).join(","))
      .join("\r\n");
    expect(csv.split("\r\n")[0]).toBe("id,barrio,seccion,superficie_km2,poblacion_estimada");
    await writeFile(path, cut);
    answers.length = 0;

    const second = await cli([...args, "--format", "json"], { CIUDATA_WEBHOOK_URL: webhook });
    expect(second.code).toBe(1);
    const two = JSON.parse(second.out) as RunJson;
    expect(two.alerts).toEqual([
      { datasetId: "barrios", kind: "schema", added: [], removed: ["poblacion_estimada"], retyped: [] },
    ]);
    expect(two.results.map((r) => [r.datasetId, r.status, r.downloaded])).toEqual([
      ["barrios", "changed", true],
      ["solicitudes-ciudadanas-2026", "unchanged", false],
      ["registro-programa-alimentario-muestra", "unchanged", false],
    ]);
    // Unchanged files answered 304 to the conditional request: their bytes were not sent again.
    expect(answers.filter((a) => a.url.startsWith("/files/"))).toEqual([
      { url: "/files/barrios.csv", status: 200 },
      { url: "/files/solicitudes-2026.csv", status: 304 },
      { url: "/files/registro-programa.csv", status: 304 },
    ]);
    // The unchanged datasets keep the scores of the review of those same bytes.
    expect(two.results[1]?.score).toBe(one.results[1]?.score);
    expect(two.webhook).toEqual({ sent: true });
    expect(received).toHaveLength(2);
    const sent = received[1]?.body as { text: string; alerts: Alert[] };
    expect(sent.alerts).toMatchObject([
      { datasetId: "barrios", kind: "schema", removed: ["poblacion_estimada"] },
    ]);
    expect(sent.text).toContain("poblacion_estimada");

    // Both runs are in the history's tables.
    const { DuckDBInstance } = await loadDuckDB();
    const db = await DuckDBInstance.create(join(dir, "h.duckdb"));
    const c = await db.connect();
    const counts = (
      await c.runAndReadAll(
        "SELECT (SELECT count(*) FROM watch_runs) AS runs, (SELECT count(*) FROM watch_results) AS results, (SELECT count(*) FROM watch_alerts) AS alerts",
      )
    ).getRowObjectsJS();
    c.closeSync();
    db.closeSync();
    expect(counts).toEqual([{ runs: 2n, results: 6n, alerts: 3n }]);

    // The report: each dataset's trend from every run, the latest alerts, and one self-contained HTML page.
    const report = await cli(["watch", "report", "--db", "h.duckdb", "--format", "json"]);
    expect(report.code).toBe(0);
    const r = JSON.parse(report.out) as WatchReport;
    expect(r.runs).toBe(2);
    expect(r.alerts.total).toBe(3);
    expect(r.alerts.byKind).toEqual({ stale: 2, schema: 1 });
    expect(r.datasets.find((d) => d.id === "barrios")?.points.map((p) => p.status)).toEqual([
      "new",
      "changed",
    ]);
    const html = await cli(["watch", "report", "--db", "h.duckdb", "--format", "html"], {}, "en");
    expect(html.out.match(/<svg /g)).toHaveLength(3);
    expect(html.out).toContain("Latest alerts (3 of 3)");
    expect(html.out).not.toMatch(/<script|<link|\ssrc=|url\(/i);
    for (const out of [first, second, report, html]) expect(out.out + out.err).not.toContain(SECRET);
  }, 120_000);
});

describe("ciudata watch over an inventory", () => {
  it("never prints a personal value and never the webhook's URL, even when the webhook fails", async () => {
    const people = [
      "dni,nombre,telefono,barrio",
      "30111222,María Pérez,2614001122,Centro",
      "28999333,Juan Gómez,2614003344,Cuarta",
      "33444555,Ana Díaz,2614005566,Centro",
    ].join("\n");
    await writeFile(join(dir, "personas.csv"), `${people}\n`);
    expect((await cli(["inventory", "init", "inv.json", "--areas", "salud"])).code).toBe(0);
    const add = await cli([
      "inventory",
      "add",
      "inv.json",
      "--id",
      "personas",
      "--title",
      "Personas atendidas",
      "--area",
      "salud",
      "--access",
      "internal",
      "--personal",
      "--periodicity",
      "R/P1M",
      "--modified",
      "2026-10-01",
      "--url",
      "personas.csv",
    ]);
    expect(add.code).toBe(0);
    const inventory = await readFile(join(dir, "inv.json"), "utf8");
    const hookUrl = `${failing.url}/x?token=${SECRET}`;
    const watched = await cli(
      ["watch", "inv.json", "--db", "p.duckdb", "--as-of", "2026-12-07", "--format", "md"],
      { CIUDATA_WEBHOOK_URL: hookUrl },
      "en",
    );
    expect(watched.code).toBe(1);
    expect(watched.out).toContain("«personas» is stale");
    expect(watched.err).toContain("The webhook did not receive the alerts (HTTP 500)");
    const html = await cli(["watch", "report", "--db", "p.duckdb", "--format", "html"], {}, "en");
    expect(html.out).toMatch(/identifies people \(\d personal columns\)/);
    const json = await cli(["watch", "report", "--db", "p.duckdb", "--format", "json"]);
    for (const out of [watched, html, json]) {
      for (const value of ["30111222", "María", "Gómez", "2614003344"])
        expect(out.out + out.err).not.toContain(value);
      expect(out.out + out.err).not.toContain(SECRET);
    }
    // The inventory is read, never written.
    expect(await readFile(join(dir, "inv.json"), "utf8")).toBe(inventory);
  }, 120_000);
});

describe("ciudata watch: bad input is a located message in es, en and pt, exit 2", {
  timeout: 90_000,
}, () => {
  it("names a missing inventory file", async () => {
    const words = { es: "no-existe.json", en: "no-existe.json", pt: "no-existe.json" };
    for (const lang of ["es", "en", "pt"] as const) {
      const r = await cli(["watch", "no-existe.json", "--once", "--db", "x.duckdb"], {}, lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(words[lang]);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it("says which cron field is wrong, what was found and what is expected", async () => {
    const expected = {
      es: "el campo 2 (hora) vale «25», fuera de 0–23",
      en: "field 2 (hour) is «25», outside 0–23",
      pt: "o campo 2 (hora) vale «25», fora de 0–23",
    };
    for (const lang of ["es", "en", "pt"] as const) {
      const r = await cli(["watch", "inv.json", "--every", "0 25 * * *"], {}, lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(expected[lang]);
      expect(r.err).toContain("0 6 * * *");
    }
    const four = await cli(["watch", "inv.json", "--every", "0 6 * *"], {}, "en");
    expect(four.err).toContain("it has 4 fields instead of five");
  });

  it("names an unreachable catalog without its query string", async () => {
    const closed = await listenLoopback((_, res) => res.end());
    const url = `${closed.url}/catalogo?key=${SECRET}`;
    await closed.close();
    const expected = {
      es: `No se pudo leer el catálogo de ${closed.url}/catalogo`,
      en: `The catalog at ${closed.url}/catalogo could not be read`,
      pt: `Não foi possível ler o catálogo de ${closed.url}/catalogo`,
    };
    for (const lang of ["es", "en", "pt"] as const) {
      const r = await cli(["watch", url, "--once", "--db", "c.duckdb"], {}, lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(expected[lang]);
      expect(r.err).not.toContain(SECRET);
    }
  });

  it("refuses a threshold out of range and a webhook that is not a URL, without repeating it", async () => {
    const t = await cli(["watch", "inv.json", "--threshold", "120"], {}, "en");
    expect([t.code, t.err]).toEqual([2, expect.stringContaining("between 0 and 100")]);
    const w = await cli(["watch", "inv.json", "--webhook", `hooks.example.org/${SECRET}`], {}, "en");
    expect(w.code).toBe(2);
    expect(w.err).toContain("--webhook is not an http(s) URL");
    expect(w.err).not.toContain(SECRET);
    const r = await cli(["watch", "report", "--db", "nada.duckdb"], {}, "en");
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("There is no history at nada.duckdb")]);
  });
});

describe("ciudata watch --every", { timeout: 90_000 }, () => {
  it("waits for the next time the expression names and stops cleanly on SIGTERM", async () => {
    const c = capture({ LANG: "en" });
    c.io.cwd = dir;
    const done = run(["watch", "inv.json", "--every", "0 0 1 1 *", "--db", "e.duckdb"], c.io);
    while (!c.err().includes("Next run")) await new Promise((ok) => setImmediate(ok));
    process.emit("SIGTERM");
    expect(await done).toBe(0);
    expect(c.err()).toContain("watch stopped (signal received).");
  });
});
