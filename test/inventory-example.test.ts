import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../packages/cli/src/main";
import { capture } from "../packages/cli/test-support/capture";
import { disaggregationChecks } from "../packages/disaggregation/src/index";
import { type Loopback, servePortal, writeSampleSnapshot } from "../packages/open-data/src/node/index";
import { review } from "../packages/quality/src/index";
import type { InventoryFile, InventoryReport } from "../packages/strategy/src/index";

// The worked example of examples/inventory, run step by step as its README says, against the local sample
// portal on 127.0.0.1: the report's numbers are checked against reviews made here with the quality library.

const EXAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), "../examples/inventory");
let work = "";
let portal: Loopback;
let report: InventoryReport;
let inventory: InventoryFile;
let markdown = "";

async function cli(argv: string[]) {
  const c = capture({ LANG: "es" });
  c.io.cwd = work;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ciudata-inventory-example-"));
  await writeSampleSnapshot(join(work, "portal"));
  portal = await servePortal(join(work, "portal"));
  await cp(join(EXAMPLE, "plantilla.csv"), join(work, "plantilla.csv"));
  await cp(join(EXAMPLE, "datos"), join(work, "datos"), { recursive: true });
  const steps = [
    [
      "inventory",
      "init",
      "inventario.json",
      "--city",
      "Ciudad de muestra",
      "--areas",
      "hacienda,cultura:Secretaría de Cultura",
    ],
    ["inventory", "import", "--from-portal", portal.url, "--into", "inventario.json"],
    ["inventory", "import", "plantilla.csv", "--into", "inventario.json"],
    ["inventory", "validate", "inventario.json", "--as-of", "2026-03-31"],
  ];
  for (const step of steps) expect((await cli(step)).code, step.join(" ")).toBe(0);
  // In June the urban development area fixes and extends its tree survey.
  await cp(join(EXAMPLE, "actualizaciones/2026-06/arbolado.csv"), join(work, "datos/arbolado.csv"));
  expect((await cli(["inventory", "validate", "inventario.json", "--as-of", "2026-06-30"])).code).toBe(0);
  const json = await cli(["inventory", "report", "inventario.json", "--as-of", "2026-06-30", "--json"]);
  report = JSON.parse(json.out) as InventoryReport;
  inventory = JSON.parse(await readFile(join(work, "inventario.json"), "utf8")) as InventoryFile;
  markdown = (
    await cli(["inventory", "report", "inventario.json", "--as-of", "2026-06-30", "--format", "md"])
  ).out;
  if (process.env.CIUDATA_UPDATE_EXAMPLE) await writeFile(join(EXAMPLE, "informe.md"), markdown);
}, 120_000);

afterAll(async () => {
  await portal?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The bytes a review read: the portal's file, or the local file as it was on that date. */
async function bytesOf(source: string, date: string): Promise<Uint8Array> {
  if (source.startsWith("http")) return new Uint8Array(await (await fetch(source)).arrayBuffer());
  const path =
    source === "datos/arbolado.csv" && date === "2026-06-30"
      ? join(EXAMPLE, "actualizaciones/2026-06/arbolado.csv")
      : join(EXAMPLE, source);
  return new Uint8Array(await readFile(path));
}

describe("examples/inventory", () => {
  it("inventories 6 datasets of 4 of the 5 areas, with two dated reviews each that can be read", () => {
    expect(inventory.datasets.map((d) => d.id)).toEqual([
      "barrios",
      "solicitudes-ciudadanas-2026",
      "registro-programa-alimentario-muestra",
      "arbolado-publico",
      "talleres-inscriptos",
      "tasas-municipales",
    ]);
    expect(report.coverage.areas).toBe(5);
    expect(report.coverage.inventoried).toBe(4);
    expect(report.areas.find((a) => a.id === "cultura")?.inventoried).toBe(false);
    for (const d of inventory.datasets)
      expect(d.reviews?.map((r) => r.date) ?? [], d.id).toEqual(
        d.state === "planned" ? [] : ["2026-03-31", "2026-06-30"],
      );
  });

  it("reports the scores the quality library gives the same tables on each date", async () => {
    for (const d of inventory.datasets) {
      const trend = report.trends.find((t) => t.id === d.id);
      expect(trend?.reviews.length).toBe(d.reviews?.length ?? 0);
      for (const [i, r] of (d.reviews ?? []).entries()) {
        const bytes = await bytesOf(r.source, r.date);
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(r.sha256);
        const direct = await review(bytes, {
          asOf: r.date,
          ...(r.disaggregation ? { checks: disaggregationChecks() } : {}),
        });
        expect(trend?.reviews[i]?.overall, `${d.id} ${r.date}`).toBe(direct.scores.overall);
        expect(trend?.reviews[i]?.outcome).toBe(direct.scores.outcome);
        for (const [dim, s] of Object.entries(direct.scores.dimensions))
          expect(r.quality.dimensions[dim], `${d.id} ${dim}`).toBe(s.score);
      }
    }
    const arbolado = report.trends.find((t) => t.id === "arbolado-publico");
    const [march, june] = (arbolado?.reviews ?? []).map((p) => p.overall) as [number, number];
    expect(june).toBeGreaterThan(march);
    expect(arbolado?.change).toBe(Math.round((june - march) * 10) / 10);
    expect(arbolado?.sourceChanged).toBe(true);
  });

  it("counts coverage, the quality protocol, staleness and privacy from every dataset", () => {
    for (const a of report.areas) {
      const mine = inventory.datasets.filter((d) => d.orgUnitId === a.id);
      const live = mine.filter((d) => d.state !== "planned" && d.state !== "retired");
      const passed = live.filter((d) => d.reviews?.at(-1)?.quality.outcome !== "fail");
      expect([a.datasets, a.toReview, a.passed], a.id).toEqual([mine.length, live.length, passed.length]);
      expect(a.passedProtocol).toBe(live.length > 0 && passed.length === live.length);
    }
    expect(report.coverage.passedProtocol).toBe(report.areas.filter((a) => a.passedProtocol).length);
    expect(report.stale.map((s) => s.id)).toEqual([
      "solicitudes-ciudadanas-2026",
      "registro-programa-alimentario-muestra",
      "arbolado-publico",
    ]);
    const talleres = inventory.datasets.find((d) => d.id === "talleres-inscriptos");
    expect(talleres?.reviews?.[0]?.privacy.directIdentifiers).toBe(true);
    expect(talleres?.reviews?.[0]?.disaggregation).toBeDefined();
    expect(report.personalWithoutPrivacyReview).toEqual([]);
  });

  it("shows both scores and the coverage by area in the report, as committed in informe.md, with no personal value", async () => {
    expect(markdown).toContain("2026-03-31: ");
    expect(markdown).toContain("2026-06-30: ");
    expect(markdown).toContain("| Secretaría de Cultura (cultura) | 0 | 0/0 | 0/0 | no |");
    expect(markdown).toContain("| Secretaría de Hacienda (hacienda) | 1 | 0/0 | 0/0 | no |");
    expect(markdown).not.toMatch(/Fernández|30111222/);
    // informe.md is the same report as formatted by biome (table columns padded).
    const plain = (md: string) => md.replace(/ {2,}/g, " ").replace(/-{3,}/g, "---");
    expect(plain(markdown)).toBe(plain(await readFile(join(EXAMPLE, "informe.md"), "utf8")));
  });
});
