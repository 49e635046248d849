// `npm test`: the analysis against the local sample portal, started on a free port for the test.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { analyze, pickGroupBy } from "../analyze.mjs";

let dir = "";
let server;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-analysis-test-"));
  await writeSampleSnapshot(join(dir, "portal"));
  server = await servePortal(join(dir, "portal"));
});

after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

test("analyzes a dataset of the local portal and writes the report", async () => {
  const out = join(dir, "out");
  const result = await analyze({
    portal: server.url,
    dataset: "registro-programa-alimentario-muestra",
    groupBy: ["seccion", "grupo_etario"],
    out,
  });
  assert.equal(result.rows, 60);
  assert.equal(result.quality.length, 8);
  // Groups of fewer than 5 rows are suppressed, never published.
  assert.ok(result.table.cells.some((cell) => cell.value === null));
  const md = await readFile(join(out, "report.md"), "utf8");
  assert.match(md, /## Calidad por dimensión/);
  assert.match(md, /\| seccion \| grupo_etario \| Filas \|/);
  assert.match(await readFile(join(out, "quality.html"), "utf8"), /^<!doctype html>/i);
});

test("picks the first dataset with a CSV and a category column when none is configured", async () => {
  const result = await analyze({ portal: server.url, out: join(dir, "out-auto"), lang: "en" });
  assert.ok(result.groupBy.length === 1);
  assert.match(await readFile(join(dir, "out-auto", "report.md"), "utf8"), /## Quality by dimension/);
});

test("pickGroupBy skips ids, free text and personal columns", () => {
  const columns = [
    { name: "id", type: "integer", distinct: 51 },
    { name: "nombre", type: "string", distinct: 12 },
    { name: "barrio", type: "string", distinct: 12 },
  ];
  assert.deepEqual(pickGroupBy(columns, ["nombre"]), ["barrio"]);
  assert.deepEqual(pickGroupBy(columns.slice(0, 1)), []);
});
