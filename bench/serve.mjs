#!/usr/bin/env node
// `ciudata portal serve` under load (issue #21), loopback only and bounded in time:
// - a generated 1,000,000-row table of city complaints (a Data Package with its Table Schema, in
//   bench/data/serve-1m/, gitignored) is served by `serveFolder` of @ciudata/open-data/node (packages/*/dist)
//   in a child process: the same server as the CLI's, with a stand-in review (the start-up review is not
//   what is measured) and the per-client rate limit raised (every bench client shares 127.0.0.1);
// - 50 clients (keep-alive `node:http` agents, one socket each) ask `datastore_search` with a filter
//   (`filters: {"barrio": <one of 48>}`, a page of 100 rows and the total) as fast as answers come, for
//   BENCH_SERVE_SECONDS (default 60): every answer is checked (status 200, success, total as expected);
// - the same queries (the page and the count that `datastore_search` runs) directly on the DuckDB file
//   with @duckdb/node-api, 50 at once, for the same time: the overhead ratio of the HTTP API. The two
//   phases alternate in BENCH_SERVE_SLICES turns (default 6), so that both meet the same machine load.
// The server's peak RSS is its own (process.resourceUsage at exit), measured over the serving phase only
// (the database is built first, by a separate start). Latencies are those of every request, not a sample.
// The 1-minute load average is read through each phase (every 5 s) and printed with the results, with the nice level:
// a phase measured on a busy machine says so.
// Run: `nice -n 19 node bench/serve.mjs` (builds table and open-data if their dist is missing); it replaces
// its section of bench/RESULTS.md (BENCH_SERVE_WRITE=0 prints it only). BENCH_SERVE_ROWS sets the table size
// (a size other than 1,000,000 is never written).
import { execFileSync, fork } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, getPriority, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withSection } from "./hostile.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench", "RESULTS.md");
const OPEN_DATA_DIST = join(ROOT, "packages", "open-data", "dist");

/** The heading of this bench's section in bench/RESULTS.md. */
export const SERVE_HEADING = "## Serving a folder as a CKAN API under load (issue #21)";
const TARGET_RSS_MB = 500;

const ROWS = Number(process.env.BENCH_SERVE_ROWS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SERVE_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_SERVE_CLIENTS ?? 50);
/** How many turns the HTTP and direct phases take, one after the other (default 6: 10 s each at 60 s). */
const SLICES = Math.max(1, Number(process.env.BENCH_SERVE_SLICES ?? 6));
const DIR = join(ROOT, "bench", "data", `serve-${ROWS}`);
const BARRIOS = Array.from({ length: 48 }, (_, i) => `Barrio ${String(i + 1).padStart(2, "0")}`);
const CANALES = ["Web", "Teléfono", "Presencial", "App"];

/** A small deterministic generator (mulberry32): the same table on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes reclamos.csv (and its Data Package) and returns how many rows each barrio has (`fresh`: written now). */
function generate() {
  const counts = Object.fromEntries(BARRIOS.map((b) => [b, 0]));
  const manifest = join(DIR, "counts.json");
  if (existsSync(manifest)) return { counts: JSON.parse(readFileSync(manifest, "utf8")), fresh: false };
  mkdirSync(DIR, { recursive: true });
  const next = random(21);
  const lines = ["numero,barrio,canal,fecha,monto,resuelto"];
  for (let i = 1; i <= ROWS; i++) {
    // Barrios of unequal size, as in a city: the first ones get more complaints.
    const barrio = BARRIOS[Math.floor(next() ** 1.5 * BARRIOS.length)];
    counts[barrio]++;
    const day = 1 + Math.floor(next() * 365);
    const date = new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
    lines.push(
      `${i},${barrio},${CANALES[Math.floor(next() * 4)]},${date},${(next() * 10000).toFixed(2)},${next() < 0.7}`,
    );
  }
  writeFileSync(join(DIR, "reclamos.csv"), `${lines.join("\n")}\n`);
  writeFileSync(
    join(DIR, "datapackage.json"),
    JSON.stringify({
      name: "bench-serve",
      title: "Reclamos (bench)",
      resources: [
        {
          name: "reclamos",
          path: "reclamos.csv",
          schema: {
            fields: [
              { name: "numero", type: "integer" },
              { name: "barrio", type: "string" },
              { name: "canal", type: "string" },
              { name: "fecha", type: "date" },
              { name: "monto", type: "number" },
              { name: "resuelto", type: "boolean" },
            ],
          },
        },
      ],
    }),
  );
  writeFileSync(manifest, JSON.stringify(counts));
  return { counts, fresh: true };
}

/** The server, in its own process: starts, says its URL, serves until told to stop, reports its peak RSS. */
async function serverProcess() {
  const { serveFolder } = await import(pathToFileURL(join(OPEN_DATA_DIST, "node", "index.js")).href);
  const t0 = performance.now();
  const served = await serveFolder(join(DIR, "datapackage.json"), {
    review: async () => ({ score: 100, outcome: "pass", issues: 0, direct: [], personal: [] }),
    limits: { burst: 1e9, perSecond: 1e9 },
  });
  const startSeconds = (performance.now() - t0) / 1000;
  const rssAtStart = process.memoryUsage().rss;
  let peak = rssAtStart;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  process.send?.({ url: served.url, rebuilt: served.rebuilt, startSeconds, rssAtStart });
  process.on("message", async (m) => {
    if (m !== "stop") return;
    await served.close();
    clearInterval(sampler);
    process.send?.({ maxRssKiB: process.resourceUsage().maxRSS, peakSampled: peak }, () => process.exit(0));
  });
}

function startServer() {
  const child = fork(fileURLToPath(import.meta.url), ["--server"], { stdio: "inherit" });
  const first = new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before it served`)));
  });
  return {
    ready: first,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners("exit");
        child.once("message", resolve);
        child.send("stop");
      }),
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function summary(latencies, seconds) {
  const sorted = Float64Array.from(latencies).sort();
  return {
    n: sorted.length,
    rps: sorted.length / seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
  };
}

/** 50 keep-alive clients on `datastore_search` with a filter, for `seconds`; every answer checked. */
async function loadHttp(base, counts, seconds, slice) {
  const url = new URL(base);
  const latencies = [];
  const errors = new Map();
  const fail = (why) => errors.set(why, (errors.get(why) ?? 0) + 1);
  const end = performance.now() + seconds * 1000;
  const client = async (c) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const next = random(1000 + c + 100 * slice);
    while (performance.now() < end) {
      const barrio = BARRIOS[Math.floor(next() * BARRIOS.length)];
      const path = `/api/3/action/datastore_search?resource_id=reclamos&filters=${encodeURIComponent(
        JSON.stringify({ barrio }),
      )}&limit=100`;
      const t0 = performance.now();
      try {
        const { status, body } = await new Promise((resolve, reject) => {
          const req = request({ host: url.hostname, port: url.port, path, agent }, (res) => {
            const chunks = [];
            res.on("data", (d) => chunks.push(d));
            res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
            res.on("error", reject);
          });
          req.on("error", reject);
          req.end();
        });
        const ms = performance.now() - t0;
        if (status !== 200) {
          fail(`HTTP ${status}`);
          continue;
        }
        const json = JSON.parse(body);
        const expected = Math.min(100, counts[barrio]);
        if (!json.success || json.result.total !== counts[barrio] || json.result.records.length !== expected)
          fail("wrong answer");
        else latencies.push(ms);
      } catch (error) {
        fail(error.code ?? error.message);
      }
    }
    agent.destroy();
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  return { latencies, seconds: (performance.now() - t0) / 1000, errors };
}

/** The same page and count, straight on the DuckDB file, 50 at once, for `seconds`. */
async function openDirect() {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  return DuckDBInstance.create(join(DIR, ".ciudata", "portal.duckdb"), {
    access_mode: "READ_ONLY",
    threads: "2",
    memory_limit: "512MB",
  });
}

async function loadDirect(instance, counts, seconds, slice) {
  const page =
    'SELECT "_id", "numero", "barrio", "canal", "fecha", "monto", "resuelto" FROM "reclamos" WHERE ("barrio" = TRY_CAST(? AS VARCHAR)) ORDER BY "_id" ASC LIMIT 100 OFFSET 0';
  const count = 'SELECT count(*) AS n FROM "reclamos" WHERE ("barrio" = TRY_CAST(? AS VARCHAR))';
  const latencies = [];
  let wrong = 0;
  const end = performance.now() + seconds * 1000;
  const client = async (c) => {
    const next = random(1000 + c + 100 * slice);
    while (performance.now() < end) {
      const barrio = BARRIOS[Math.floor(next() * BARRIOS.length)];
      const t0 = performance.now();
      // As the server does: a connection per query, page and count at once, rows as JSON objects.
      const run = async (sql) => {
        const conn = await instance.connect();
        try {
          return (await conn.runAndReadAll(sql, [barrio])).getRowObjectsJson();
        } finally {
          conn.closeSync();
        }
      };
      const [rows, n] = await Promise.all([run(page), run(count)]);
      const ms = performance.now() - t0;
      if (rows.length !== Math.min(100, counts[barrio]) || Number(n[0].n) !== counts[barrio]) wrong++;
      else latencies.push(ms);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  return { latencies, seconds: (performance.now() - t0) / 1000, wrong };
}

/**
 * The machine's 1-minute load average through one phase: read when each of its turns starts, every 5 s
 * and when it ends (the bench shares its machine; a phase measured under load says so in the results).
 * Printed on stderr.
 */
function watchLoad(phase) {
  const seen = [];
  let timer = null;
  const read = () => seen.push(loadavg()[0]);
  return {
    resume() {
      read();
      if (seen.length === 1)
        console.error(
          `bench serve: ${phase}: load average ${seen[0].toFixed(2)} at start (${cpus().length} cores)`,
        );
      timer = setInterval(read, 5000);
    },
    pause() {
      clearInterval(timer);
      read();
    },
    done() {
      const load = {
        min: Math.min(...seen),
        max: Math.max(...seen),
        mean: seen.reduce((a, b) => a + b, 0) / seen.length,
      };
      console.error(
        `bench serve: ${phase}: load average ${load.min.toFixed(2)}–${load.max.toFixed(2)} (mean ${load.mean.toFixed(2)})`,
      );
      return load;
    },
  };
}

const fmt = (n, d = 1) => n.toLocaleString("en", { minimumFractionDigits: d, maximumFractionDigits: d });

async function main() {
  if (!existsSync(join(OPEN_DATA_DIST, "node", "index.js")))
    execFileSync("node", ["scripts/build.mjs", "table", "open-data"], { cwd: ROOT, stdio: "inherit" });
  const t0 = performance.now();
  const { counts, fresh } = generate();
  const generateSeconds = (performance.now() - t0) / 1000;
  // The first start builds the database (or finds it up to date); the measured server is a second start.
  const build = startServer();
  const built = await build.ready;
  const buildStop = await build.stop();
  const loadBefore = loadavg()[0];
  const server = startServer();
  const info = await server.ready;
  // The two phases alternate in SLICES turns of SECONDS / SLICES each, so that both see the same machine
  // (on a shared machine the load of other work changes from one minute to the next).
  const instance = await openDirect();
  const httpRuns = [];
  const directRuns = [];
  const slice = SECONDS / SLICES;
  const httpLoad = watchLoad("HTTP datastore_search");
  const directLoad = watchLoad("DuckDB direct");
  for (let i = 0; i < SLICES; i++) {
    httpLoad.resume();
    httpRuns.push(await loadHttp(info.url, counts, slice, i));
    httpLoad.pause();
    directLoad.resume();
    directRuns.push(await loadDirect(instance, counts, slice, i));
    directLoad.pause();
  }
  instance.closeSync();
  const stopped = await server.stop();
  const httpSeen = httpLoad.done();
  const directSeen = directLoad.done();
  const loadAfter = loadavg()[0];
  const errorsSeen = new Map();
  for (const r of httpRuns)
    for (const [why, n] of r.errors) errorsSeen.set(why, (errorsSeen.get(why) ?? 0) + n);
  const http = {
    ...summary(
      httpRuns.flatMap((r) => r.latencies),
      httpRuns.reduce((n, r) => n + r.seconds, 0),
    ),
    errors: Object.fromEntries(errorsSeen),
  };
  const direct = {
    ...summary(
      directRuns.flatMap((r) => r.latencies),
      directRuns.reduce((n, r) => n + r.seconds, 0),
    ),
    wrong: directRuns.reduce((n, r) => n + r.wrong, 0),
  };
  const busiest = Math.max(httpSeen.max, directSeen.max);
  // The bench alone keeps every core busy (server, clients, DuckDB threads): up to twice the cores is the bench itself.
  const quiet = busiest <= 2 * cpus().length;
  const rssMB = stopped.maxRssKiB / 1024;
  const errors = Object.entries(http.errors);
  const errorCount = errors.reduce((n, [, k]) => n + k, 0);
  const text = `${SERVE_HEADING}

Input: \`bench/data/serve-${ROWS}/\`, a Data Package of one generated table of complaints (${ROWS.toLocaleString("en")} rows:
numero integer, barrio string of 48, canal, fecha date, monto number, resuelto boolean), ${fresh ? `written by \`bench/serve.mjs\` in ${fmt(generateSeconds)} s` : "written by `bench/serve.mjs` on an earlier run"}.
\`serveFolder\` of @ciudata/open-data/node (dist) serves it from a child process. A first start ${built.rebuilt ? `built the DuckDB file in ${fmt(built.startSeconds)} s (peak RSS ${fmt(buildStop.maxRssKiB / 1024, 0)} MB)` : `found the DuckDB file up to date (${fmt(built.startSeconds, 2)} s)`};
the measured start opened it in ${fmt(info.startSeconds, 2)} s. The per-client rate limit is raised for the bench (every client is
127.0.0.1); every other safety setting is the default.
Load: ${CLIENTS} clients, each a keep-alive \`node:http\` agent with one socket, for ${SECONDS} s in all, on
\`datastore_search?resource_id=reclamos&filters={"barrio": …}&limit=100\` (a random barrio each time: a page of 100 rows
and the total, ${Math.min(...Object.values(counts)).toLocaleString("en")} to ${Math.max(...Object.values(counts)).toLocaleString("en")} matching rows); every answer is checked (status 200, \`total\` and the page size equal to the
generated counts). Direct: the same two statements (page and count) on the same DuckDB file with @duckdb/node-api
(read-only, 2 threads, 512 MB, as the server opens it), ${CLIENTS} at once, for ${SECONDS} s in all, rows read as JSON objects.
The two phases alternate in ${SLICES} turns of ${fmt(SECONDS / SLICES)} s each (HTTP, then direct), so both meet the same machine.
Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}; client and server share it;
run at nice ${getPriority()}; load average ${fmt(loadBefore, 2)} before, ${fmt(loadAfter, 2)} after; during the HTTP phase
${fmt(httpSeen.min, 2)}–${fmt(httpSeen.max, 2)} (mean ${fmt(httpSeen.mean, 2)}), during the direct phase ${fmt(directSeen.min, 2)}–${fmt(directSeen.max, 2)} (mean ${fmt(directSeen.mean, 2)})
(read every 5 s; the bench alone loads the machine to about its ${cpus().length} cores; ${quiet ? `at most twice that: a quiet machine` : `**above twice the cores: other work shared the machine, absolute numbers are pessimistic; the ratio is the figure to compare**`}).

| | answers | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| HTTP \`datastore_search\` | ${http.n.toLocaleString("en")} | ${errorCount.toLocaleString("en")} | ${fmt(http.rps)} | ${fmt(http.p50)} | ${fmt(http.p95)} | ${fmt(http.p99)} | ${fmt(http.max)} |
| DuckDB direct | ${direct.n.toLocaleString("en")} | ${direct.wrong.toLocaleString("en")} | ${fmt(direct.rps)} | ${fmt(direct.p50)} | ${fmt(direct.p95)} | ${fmt(direct.p99)} | ${fmt(direct.max)} |
| HTTP ÷ direct | | | ${fmt(http.rps / direct.rps, 2)}× | ${fmt(http.p50 / direct.p50, 2)}× | ${fmt(http.p95 / direct.p95, 2)}× | ${fmt(http.p99 / direct.p99, 2)}× | |

Overhead of the HTTP API: p95 latency ${fmt(http.p95 / direct.p95, 2)}× that of the direct queries, requests per second ${fmt(http.rps / direct.rps, 2)}× theirs
(the database's two threads are shared by every query, through the API or not).
Server peak RSS while serving: **${fmt(rssMB, 0)} MB** (target under ${TARGET_RSS_MB} MB: ${rssMB < TARGET_RSS_MB ? "met" : "NOT met"}).
Errors: ${errorCount === 0 ? "none" : errors.map(([why, n]) => `${why} × ${n}`).join(", ")}.
`;
  if (process.env.BENCH_SERVE_WRITE !== "0" && ROWS === 1_000_000) {
    const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
    writeFileSync(`${RESULTS}.tmp`, withSection(md, SERVE_HEADING, text));
    renameSync(`${RESULTS}.tmp`, RESULTS);
  }
  console.log(text);
  if (!quiet)
    console.error(
      `bench serve: the load reached ${busiest.toFixed(2)} on ${cpus().length} cores (the bench alone: about ${cpus().length}): rerun on a quiet machine`,
    );
}

if (process.argv[2] === "--server") await serverProcess();
else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
