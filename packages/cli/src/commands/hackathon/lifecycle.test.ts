import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

const EXAMPLE = new URL("../../../../hackathon/examples/hackaton.json", import.meta.url);

let dir = "";
let original = "";
/** Writes a changed copy of the worked example into the test folder and returns its name. */
async function variant(
  name: string, // biome-ignore lint/suspicious/noExplicitAny: a test edits the example's JSON freely
  change: (json: any) => void,
): Promise<string> {
  const json = JSON.parse(original);
  change(json);
  await writeFile(join(dir, name), JSON.stringify(json, null, 2));
  return name;
}
const inDir = (env: Record<string, string> = {}) => {
  const c = capture(env);
  c.io.cwd = dir;
  return c;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-hackathon-life-"));
  original = await readFile(EXAMPLE, "utf8");
  await writeFile(join(dir, "hackaton.json"), original);
  const datasets = ["solicitudes-ciudadanas-2026", "barrios"].map((id) => ({
    id,
    title: id,
    accessLevel: "public",
    personalData: false,
    state: "existing",
    orgUnitId: "atencion-ciudadana",
  }));
  await writeFile(
    join(dir, "inventario.json"),
    JSON.stringify({
      format: "ciudata-inventory",
      version: 1,
      city: { id: "ciudad", name: "Ciudad" },
      orgUnits: [{ id: "atencion-ciudadana", name: { es: "Atención Ciudadana" }, kind: "area" }],
      datasets,
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The first run loads the strategy presets and the inventory reader: give a busy machine time.
describe("ciudata hackathon check", { timeout: 120_000 }, () => {
  it("exits 1 for a judge who scored a team they declared a conflict with, located, the file untouched", async () => {
    const c = inDir();
    expect(await run(["hackathon", "check", "hackaton.json", "--strategy", "mendoza-2024-2026"], c.io)).toBe(
      1,
    );
    expect(c.out()).toContain(
      "hackaton.json: 3 desafíos, 4 equipos, 4 entregas, 10 planillas del panel; 1 error, 2 advertencias",
    );
    expect(c.out()).toContain(
      "En scores[3].judge: El jurado puntuó a un equipo con el que declaró un conflicto de interés",
    );
    expect(await readFile(join(dir, "hackaton.json"), "utf8")).toBe(original);
    const clean = await variant("limpio.json", (j) => {
      j.scores.splice(3, 1);
    });
    const ok = inDir();
    expect(await run(["hackathon", "check", clean, "--strategy", "mendoza-2024-2026"], ok.io)).toBe(0);
    expect(ok.out()).toContain("0 errores, 2 advertencias");
  });

  it("checks action ids against --strategy and dataset ids against --inventory, in English", async () => {
    const c = inDir({ LANG: "en_US.UTF-8" });
    const file = await variant("ids.json", (j) => {
      j.challenges[0].strategy.actionIds.push("hackaton-2027");
    });
    const args = [
      "hackathon",
      "check",
      file,
      "--strategy",
      "mendoza-2024-2026",
      "--inventory",
      "inventario.json",
    ];
    expect(await run([...args, "--format", "json"], c.io)).toBe(1);
    const issues = JSON.parse(c.out()).issues as Array<{ type: string; params: { path: string } }>;
    expect(issues.filter((i) => i.type.startsWith("hackathon/unknown")).map((i) => i.params.path)).toEqual([
      "challenges[0].strategy.actionIds[2]",
      "challenges[1].datasets[0].id",
      "submissions[3].datasets[0]",
    ]);
    const t = inDir({ LANG: "en_US.UTF-8" });
    await run(args, t.io);
    expect(t.out()).toContain(
      "At challenges[0].strategy.actionIds[2]: Action not in the strategy: fix the id or pass the right strategy with --strategy; expected: the id of a strategy action:",
    );
    expect(t.out()).toContain("strategy action: hackatones-ciudadanos, ");
    expect(t.out()).toContain('found: «"hackaton-2027"»');
  });

  it("a non-OSI licence is a data problem (1); a file that is not a hackathon is bad input (2), in Portuguese", async () => {
    const lic = await variant("licencia.json", (j) => {
      j.submissions[1].license = "CC-BY-NC-4.0";
    });
    const c = inDir({ LANG: "pt_BR.UTF-8" });
    expect(await run(["hackathon", "check", lic], c.io)).toBe(1);
    expect(c.out()).toContain("Em submissions[1].license: Licença de código não aprovada pela OSI");
    const bad = await variant("sin-titulo.json", (j) => {
      delete j.title;
      j.teams[0].registered = "2026-02-30";
    });
    const b = inDir({ LANG: "pt_BR.UTF-8" });
    expect(await run(["hackathon", "check", bad], b.io)).toBe(2);
    expect(b.err()).toContain("sin-titulo.json não é válido:");
    expect(b.err()).toContain("Em title:");
    expect(b.err()).toContain("Em teams[0].registered:");
    expect(b.err()).not.toMatch(/\n\s+at /);
    await writeFile(join(dir, "roto.json"), '{"format": "ciudata-hackathon",');
    const r = inDir();
    expect(await run(["hackathon", "check", "roto.json"], r.io)).toBe(2);
    expect(r.err()).toContain("roto.json");
    const s = inDir();
    expect(await run(["hackathon", "check", "hackaton.json", "--strategy", "no-existe.json"], s.io)).toBe(2);
    expect(s.err()).toContain("No se pudo leer la estrategia «no-existe.json»");
  });
});

describe("ciudata hackathon status", () => {
  it("shows each challenge's stage as of a day, with why", async () => {
    const j = inDir();
    expect(await run(["hackathon", "status", "hackaton.json", "--as-of", "2026-04-11", "--json"], j.io)).toBe(
      0,
    );
    const stages = JSON.parse(j.out()).challenges.map((c: { challenge: string; stage: string }) => c.stage);
    expect(stages).toEqual(["recommendation", "prototype", "open"]);
    const t = inDir();
    expect(await run(["hackathon", "status", "hackaton.json", "--as-of", "2026-07-15"], t.io)).toBe(0);
    expect(t.out()).toMatch(
      /Arbolado vivo \(arbolado-vivo\)\s+panel de expertos\s+1 de 3 planillas esperadas del panel/,
    );
    expect(await run(["hackathon", "status", "hackaton.json", "--as-of", "15/07/2026"], inDir().io)).toBe(2);
  });
});

describe("ciudata hackathon report", () => {
  it("ranks, says the tie-break and the conflicted sheet left out, lists recommendations and follow-ups (md, en)", async () => {
    const c = inDir({ LANG: "en_US.UTF-8" });
    expect(
      await run(["hackathon", "report", "hackaton.json", "--as-of", "2026-07-15", "--format", "md"], c.io),
    ).toBe(0);
    const md = c.out();
    expect(md).toContain("# Citizen data hackathon 2026 — report as of 2026-07-15");
    expect(md).toMatch(/\| 1 +\| Bot de seguimiento +\| Equipo Sur +\| 4\.000 +\| 2 +\|/);
    expect(md).toMatch(
      /\| 2 +\| Mapa de reclamos +\| Equipo Norte +\| 4\.000 +\| 3 +\| same total as the one above; the tie is broken by Sustainability/,
    );
    expect(md).toContain(
      `ana's sheet for "Bot de seguimiento" is not counted: they declared a conflict of interest with equipo-sur (3 scores dropped).`,
    );
    expect(md).toContain("Equipo Sur · Bot de seguimiento — carla: «Documentar la instalación");
    expect(md).not.toContain("No seguir");
    expect(md).toMatch(
      /\| Piloto de tres meses del bot en la Primera sección +\| Equipo Sur +\| Dirección de Atención Ciudadana +\| 2026-06-30 +\| in progress \(overdue\)/,
    );
  });

  it("writes one HTML page with --out, never over the input", async () => {
    const c = inDir();
    expect(
      await run(
        ["hackathon", "report", "hackaton.json", "--as-of", "2026-07-15", "--out", "informe.html"],
        c.io,
      ),
    ).toBe(0);
    const html = await readFile(join(dir, "informe.html"), "utf8");
    expect(html).toContain('<html lang="es"');
    expect(html).toContain("Recomendaciones del panel");
    expect(await run(["hackathon", "report", "hackaton.json", "--out", "hackaton.json"], inDir().io)).toBe(2);
    expect(await readFile(join(dir, "hackaton.json"), "utf8")).toBe(original);
  });
});
