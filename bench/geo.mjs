#!/usr/bin/env node
// Territories from coordinates (issue #19): 1,000,000 generated points assigned to the 48 barrios of Buenos
// Aires (../shared/data/geo, skipped when absent) and to a generated layer of 10,000 polygons, beside a turf.js
// loop over all polygons (@turf/boolean-point-in-polygon, the usual way without an index).
// - read: `openFile(...).batches()` of the 1M-point CSV, nothing else (the baseline);
// - scan: `scanFile` of @ciudata/geo/node on the same file (read + parse + assign + count), no output;
//   "added" = scan − read, the budget is 1.5 s;
// - assign in memory: `createAreaIndex(layer).locate(lon, lat)` over the 1M points held in a Float64Array;
// - turf: `booleanPointInPolygon` over every feature until one contains the point, on a sample of points
//   (the 1M time is extrapolated from it, labelled so), same points; both answers are compared on the sample.
// Run: `node bench/geo.mjs` (builds geo if its dist is missing); it replaces its section of bench/RESULTS.md
// (BENCH_GEO_WRITE=0 prints it only). BENCH_GEO_POINTS=100000 runs a smaller file (not written).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { withSection } from "./hostile.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench", "RESULTS.md");
const DIST = join(ROOT, "packages", "geo", "dist");
const TABLE_DIST = join(ROOT, "packages", "table", "dist");
const BARRIOS = join(
  process.env.CIUDATA_SHARED ?? join(ROOT, "..", "shared"),
  "data",
  "geo",
  "ar_caba_barrios.geojson",
);

/** The heading of this bench's section in bench/RESULTS.md. */
export const GEO_HEADING = "## Territories from coordinates (issue #19)";
const TARGETS = { addedSeconds: 1.5, speedup: 20 };

const points = Number(process.env.BENCH_GEO_POINTS ?? 1_000_000);
const DATA = join(ROOT, "bench", "data", `geo-${points}.csv`);
/** CABA's bounding box, a little larger: some points fall in no barrio. */
const BOX = [-58.54, -34.71, -58.33, -34.52];

/** A small seeded generator (mulberry32): the same points on every run. */
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

/** The points as a CSV (id, lat, lon) and as a Float64Array [lon0, lat0, lon1, lat1, …]. */
function ensurePoints() {
  const rnd = random(19);
  const xy = new Float64Array(points * 2);
  for (let i = 0; i < points; i++) {
    xy[2 * i] = BOX[0] + (BOX[2] - BOX[0]) * rnd();
    xy[2 * i + 1] = BOX[1] + (BOX[3] - BOX[1]) * rnd();
  }
  if (!existsSync(DATA)) {
    mkdirSync(join(ROOT, "bench", "data"), { recursive: true });
    const lines = ["id,lat,lon"];
    for (let i = 0; i < points; i++)
      lines.push(`${i + 1},${xy[2 * i + 1].toFixed(6)},${xy[2 * i].toFixed(6)}`);
    writeFileSync(DATA, `${lines.join("\n")}\n`);
  }
  // The file holds 6 decimals: the in-memory points are the same values.
  for (let i = 0; i < xy.length; i++) xy[i] = Number(xy[i].toFixed(6));
  return xy;
}

/**
 * A generated layer of `n` × `n` polygons tiling the box: cells whose shared edges are the same jittered
 * polylines (`perSide` vertices each), so neighbours share borders exactly, as official layers do.
 */
function gridLayer(n, perSide) {
  const rnd = random(7);
  const [x0, y0, x1, y1] = BOX;
  const dx = (x1 - x0) / n;
  const dy = (y1 - y0) / n;
  // Vertical lines: for each column line i and row j, the inner vertices of the edge (i, j)→(i, j+1).
  const jitter = () => (rnd() - 0.5) * 0.3;
  const vEdge = [];
  const hEdge = [];
  for (let i = 0; i <= n; i++) {
    vEdge.push([]);
    hEdge.push([]);
    for (let j = 0; j < n; j++) {
      const v = [];
      const h = [];
      for (let k = 1; k < perSide; k++) {
        const t = k / perSide;
        v.push([x0 + i * dx + (i === 0 || i === n ? 0 : jitter() * dx * 0.2), y0 + (j + t) * dy]);
        h.push([x0 + (j + t) * dx, y0 + i * dy + (i === 0 || i === n ? 0 : jitter() * dy * 0.2)]);
      }
      vEdge[i].push(v);
      hEdge[i].push(h);
    }
  }
  const features = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const sw = [x0 + i * dx, y0 + j * dy];
      const se = [x0 + (i + 1) * dx, y0 + j * dy];
      const ne = [x0 + (i + 1) * dx, y0 + (j + 1) * dy];
      const nw = [x0 + i * dx, y0 + (j + 1) * dy];
      const ring = [
        sw,
        ...hEdge[j][i],
        se,
        ...vEdge[i + 1][j],
        ne,
        ...[...hEdge[j + 1][i]].reverse(),
        nw,
        ...[...vEdge[i][j]].reverse(),
        sw,
      ];
      features.push({
        type: "Feature",
        properties: { codigo: `C${String(i * n + j).padStart(5, "0")}` },
        geometry: { type: "Polygon", coordinates: [ring] },
      });
    }
  return { type: "FeatureCollection", features };
}

const seconds = (t0) => (performance.now() - t0) / 1000;
const int = (n) => Math.round(n).toLocaleString("en");

/** CPU seconds (user + system, every thread of the process) since `start`. */
const cpuSeconds = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

async function readOnly(table) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const opened = await table.openFile(DATA, { inferSample: 0 });
  let rows = 0;
  for await (const batch of opened.batches()) rows += batch.length;
  await opened.close();
  return { seconds: seconds(t0), cpu: cpuSeconds(c0), rows };
}

/** One case: a layer, the points; every timing, and turf on a sample. */
async function runCase(name, geojson, geo, geoNode, table, xy, sampleSize) {
  const t0 = performance.now();
  const layer = geo.readAreas(geojson);
  const index = geo.createAreaIndex(layer);
  const build = seconds(t0);
  const vertices = layer.areas.reduce(
    (s, a) => s + a.polygons.reduce((t, p) => t + p.reduce((u, r) => u + r.length / 2, 0), 0),
    0,
  );
  // Reading alone and the whole scan, alternated twice: the faster of each.
  const reads = [];
  const scans = [];
  const readCpus = [];
  const scanCpus = [];
  let scanned;
  for (let round = 0; round < 2; round++) {
    const r = await readOnly(table);
    reads.push(r.seconds);
    readCpus.push(r.cpu);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    scanned = await geoNode.scanFile(DATA, index);
    scans.push(seconds(t1));
    scanCpus.push(cpuSeconds(c1));
  }
  const read = Math.min(...reads);
  const scan = Math.min(...scans);
  const addedCpu = Math.min(...scanCpus) - Math.min(...readCpus);
  // The assignment alone, in memory.
  const t2 = performance.now();
  let inside = 0;
  const codes = new Int32Array(points);
  for (let i = 0; i < points; i++) {
    const at = index.locate(xy[2 * i], xy[2 * i + 1]);
    codes[i] = at.area;
    if (at.area !== -1) inside++;
  }
  const memory = seconds(t2);
  // turf: every feature in order until one contains the point.
  const step = Math.max(1, Math.floor(points / sampleSize));
  const features = geojson.features;
  let sampled = 0;
  let disagree = 0;
  const t3 = performance.now();
  for (let i = 0; i < points; i += step) {
    const p = [xy[2 * i], xy[2 * i + 1]];
    let found = -1;
    for (let f = 0; f < features.length; f++)
      if (booleanPointInPolygon(p, features[f])) {
        found = f;
        break;
      }
    sampled++;
    if (found !== codes[i]) disagree++;
  }
  const turfSample = seconds(t3);
  const turf = (turfSample * points) / sampled;
  return {
    name,
    areas: layer.areas.length,
    vertices,
    build,
    read,
    scan,
    added: scan - read,
    addedCpu,
    indexMB: index.size.bytes / 2 ** 20,
    borderShare: index.size.borderCells / index.size.cells,
    memory,
    inside,
    assigned: scanned.counts.assigned,
    turf,
    sampled,
    disagree,
    speedup: turf / memory,
  };
}

function section(lines, loadBefore, loadAfter) {
  const rows = lines.map((l) => {
    const ok = l.added <= TARGETS.addedSeconds && l.speedup >= TARGETS.speedup ? "yes" : "**no**";
    return `| ${l.name} | ${int(l.areas)} | ${int(l.vertices)} | ${l.build.toFixed(3)} | ${l.indexMB.toFixed(1)} (${(100 * l.borderShare).toFixed(0)} %) | ${l.read.toFixed(2)} | ${l.scan.toFixed(2)} | ${l.added.toFixed(2)} | ${l.addedCpu.toFixed(2)} | ${l.memory.toFixed(2)} | ${l.turf.toFixed(1)} (${int(l.sampled)} pts) | ${int(l.speedup)}× | ${l.disagree} | ${ok} |`;
  });
  return `${GEO_HEADING}

\`node bench/geo.mjs\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpus().length} cores,
${Math.round(totalmem() / 2 ** 30)} GiB; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after).
Input: ${int(points)} points spread uniformly (seed 19, 6 decimals) over a box a little larger than the city, as a CSV
(\`id,lat,lon\`); layers: the 48 barrios of Buenos Aires (\`../shared/data/geo\`) and a generated tiling of
10,000 cells whose shared borders are the same jittered polylines (100 vertices per cell). *read* =
\`openFile(...).batches()\` of the CSV alone; *scan* = \`scanFile\` (read, parse both coordinates, assign, count
every kind), no output written; *added* = scan − read (budget ${TARGETS.addedSeconds} s); *added CPU* = the same difference in CPU
seconds of the process (user + system, best of 2 each), steadier than wall time on a busy machine. *index* = the
memory the index holds (\`index.size.bytes\`) and the share of its answer grid's cells a border crosses (their points
take the exact test; the others answer with one lookup). *in memory* = \`locate(lon, lat)\` over the
points in a Float64Array. *turf* = \`booleanPointInPolygon\` over every feature until one contains the point,
timed on the sample shown and extrapolated to ${int(points)} points (×${int(points / lines[0].sampled)} or more); *speed-up* =
turf ÷ in memory; *differ* = sample points where turf and ciudata chose a different area (points exactly on a
shared border go to the lowest code in ciudata, to the first feature in turf). Seconds, best of 2 for read and scan.

*added* is more than *in memory*: the rest is per-row work outside the index (both coordinates parsed, every
kind counted; points outside every barrio also try the swapped and decimal-shifted guesses) and, on the large
layer, cache misses (an 8 MB answer grid and 16 MB of coordinates looked up by points in random order; real
registries are usually clustered by street). The machine is shared: see the load above.${
    Math.max(loadBefore, loadAfter) > cpus().length
      ? "\n\n**The load was above the number of cores during this run: the wall times (and the last column, judged on\nthem) are not comparable with a quiet run; read *added CPU*.**"
      : ""
  }

| layer | areas | vertices | index build | index MB (border cells) | read | scan | added | added CPU | in memory | turf (extrapolated) | speed-up | differ | ≤ ${TARGETS.addedSeconds} s and ≥ ${TARGETS.speedup}× |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join("\n")}
`;
}

async function main() {
  for (const [pkg, dist] of [
    ["geo", DIST],
    ["table", TABLE_DIST],
  ])
    if (!existsSync(join(dist, "index.js")))
      execFileSync("node", ["scripts/build.mjs", pkg], { cwd: ROOT, stdio: "inherit" });
  const geo = await import(pathToFileURL(join(DIST, "index.js")).href);
  const geoNode = await import(pathToFileURL(join(DIST, "node", "index.js")).href);
  const table = await import(pathToFileURL(join(TABLE_DIST, "node", "index.js")).href);
  const xy = ensurePoints();
  const loadBefore = loadavg()[0];
  const lines = [];
  if (existsSync(BARRIOS))
    lines.push(
      await runCase(
        "48 barrios (CABA)",
        JSON.parse(readFileSync(BARRIOS, "utf8")),
        geo,
        geoNode,
        table,
        xy,
        20_000,
      ),
    );
  else console.warn(`48 barrios skipped: ${BARRIOS} not found (set CIUDATA_SHARED)`);
  lines.push(await runCase("10,000 generated cells", gridLayer(100, 25), geo, geoNode, table, xy, 500));
  const loadAfter = loadavg()[0];
  const text = section(lines, loadBefore, loadAfter);
  if (process.env.BENCH_GEO_WRITE !== "0" && points === 1_000_000) {
    const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
    writeFileSync(`${RESULTS}.tmp`, withSection(md, GEO_HEADING, text));
    renameSync(`${RESULTS}.tmp`, RESULTS);
  }
  console.log(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
