import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Loopback, servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

const EXAMPLE = new URL("../../../../hackathon/examples/jurado.json", import.meta.url);

let dir = "";
let lb: Loopback;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-hackathon-"));
  await writeSampleSnapshot(join(dir, "snap"));
  lb = await servePortal(join(dir, "snap"));
});
afterAll(async () => {
  await lb.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ciudata hackathon rank", () => {
  it("ranks the docs' worked example in Spanish by default", async () => {
    const c = capture();
    expect(await run(["hackathon", "rank", EXAMPLE.pathname], c.io)).toBe(0);
    expect(c.err()).toBe("");
    expect(c.out()).toContain("1. bot-turnos (Bot de turnos) — 4,000");
    expect(c.out()).toContain(
      "2. mapa-reclamos (Mapa de reclamos) — 4,000 · Dispersión 1,67 (σ 0,72, 3 jurados) · desempate: Sostenibilidad",
    );
    expect(c.out()).toContain("carla × bot-turnos (por equipo-sur)");
  });

  it("prints JSON and Markdown, honours --missing exclude and a separate --rubric", async () => {
    const j = capture();
    expect(
      await run(["hackathon", "rank", EXAMPLE.pathname, "--format", "json", "--missing", "exclude"], j.io),
    ).toBe(0);
    const result = JSON.parse(j.out());
    expect(result.rules.missing).toBe("exclude");
    expect(result.ranking.map((r: { submission: string }) => r.submission)).toEqual([
      "bot-turnos",
      "mapa-reclamos",
      "tablero-barrios",
      "semaforo-datos",
    ]);
    const example = JSON.parse(await readFile(EXAMPLE, "utf8"));
    const { rubric, ...rest } = example;
    await writeFile(join(dir, "scores.json"), JSON.stringify(rest));
    await writeFile(join(dir, "rubric.json"), JSON.stringify({ ...rubric, tieBreaker: "impacto" }));
    const m = capture({ LANG: "en_US.UTF-8" });
    m.io.cwd = dir;
    expect(
      await run(["hackathon", "rank", "scores.json", "--rubric", "rubric.json", "--format", "md"], m.io),
    ).toBe(0);
    expect(m.out()).toContain("| 1 | Mapa de reclamos |");
    expect(m.out()).toContain("tie-breaker: Impact");
  });

  it("reports located errors with exit 1 and usage mistakes with exit 2", async () => {
    await writeFile(
      join(dir, "bad.json"),
      JSON.stringify({
        judges: [{ id: "ana" }],
        submissions: [{ id: "x" }],
        scores: [{ judge: "ana", submission: "x", values: { impacto: 4 } }],
        rubric: { criteria: [{ id: "impacto", name: { es: "Impacto" }, weight: 1 }] },
      }),
    );
    const c = capture({ LANG: "en_US.UTF-8" });
    c.io.cwd = dir;
    expect(await run(["hackathon", "rank", "bad.json"], c.io)).toBe(1);
    expect(c.err()).toContain(
      "At scores[0].values.impacto: Invalid score; expected: a value on the criterion's scale: 1, 3, 5;",
    );
    await writeFile(
      join(dir, "norubric.json"),
      JSON.stringify({ judges: [{ id: "ana" }], submissions: [{ id: "x" }], scores: [] }),
    );
    const n = capture();
    n.io.cwd = dir;
    expect(await run(["hackathon", "rank", "norubric.json"], n.io)).toBe(2);
    expect(n.err()).toContain("--rubric");
    expect(await run(["hackathon", "rankear"], capture().io)).toBe(2);
    expect(await run(["hackathon", "rank"], capture().io)).toBe(2);
  });

  it("prints the ranking as one HTML page, or writes it to --out in the format of its extension", async () => {
    const h = capture();
    expect(await run(["hackathon", "rank", EXAMPLE.pathname, "--format", "html"], h.io)).toBe(0);
    expect(h.out()).toMatch(/^<!doctype html>/);
    expect(h.out()).toContain("<title>Ranking del hackatón</title>");
    expect(h.out()).toContain("<td>1</td><td>Bot de turnos</td><td>4,000</td>");
    const o = capture({ LANG: "en_US.UTF-8" });
    o.io.cwd = dir;
    expect(await run(["hackathon", "rank", EXAMPLE.pathname, "--out", "ranking.md"], o.io)).toBe(0);
    expect(await readFile(join(dir, "ranking.md"), "utf8")).toContain("| 1 | Bot de turnos |");
    expect(o.out()).toContain(`Written: ${join(dir, "ranking.md")}`);
    const same = capture();
    expect(await run(["hackathon", "rank", EXAMPLE.pathname, "--out", EXAMPLE.pathname], same.io)).toBe(2);
  });

  it("reads a scores file that is not JSON as a located usage mistake", async () => {
    await writeFile(join(dir, "roto.json"), '{"judges": [');
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["hackathon", "rank", "roto.json"], c.io)).toBe(2);
    expect(c.err()).toContain("roto.json");
    expect(c.err()).toContain("no es JSON válido");
  });

  it("suggests the option or value meant (exit 2)", async () => {
    const o = capture();
    expect(await run(["hackathon", "rank", EXAMPLE.pathname, "--normalise"], o.io)).toBe(2);
    expect(o.err()).toContain("¿Quiso decir «--normalize»?");
    const v = capture();
    expect(await run(["hackathon", "rank", EXAMPLE.pathname, "--missing", "exclud"], v.io)).toBe(2);
    expect(v.err()).toContain("¿Quiso decir «exclude»?");
    const a = capture();
    expect(await run(["hackathon", "rnak", EXAMPLE.pathname], a.io)).toBe(2);
    expect(a.err()).toContain("¿Quiso decir «rank»?");
  });
});

describe("ciudata hackathon pack", () => {
  it("exports a challenge pack from the local portal", async () => {
    const challenge = {
      id: "reclamos-a-tiempo",
      title: { es: "Reclamos que se resuelven a tiempo", en: "Requests solved on time" },
      problem: { es: "Los reclamos tardan semanas.", en: "Requests take weeks." },
      owner: { orgUnitId: "atencion-ciudadana", name: "Dirección de Atención Ciudadana" },
      datasets: [{ id: "solicitudes-ciudadanas-2026" }, { id: "no-existe" }],
      stages: [
        { stage: "definir", gate: "2026-03-01" },
        { stage: "panel", gate: "2026-06-30" },
      ],
    };
    await writeFile(join(dir, "desafio.json"), JSON.stringify(challenge));
    const c = capture();
    c.io.cwd = dir;
    expect(
      await run(["hackathon", "pack", "desafio.json", "--portal", lb.url, "--out", "paquete"], c.io),
    ).toBe(0);
    expect(c.out()).toContain(`Paquete escrito en ${join(dir, "paquete")}`);
    const j = capture();
    j.io.cwd = dir;
    expect(
      await run(
        ["hackathon", "pack", "desafio.json", "--portal", lb.url, "--out", "paquete2", "--json"],
        j.io,
      ),
    ).toBe(0);
    expect(JSON.parse(j.out())).toMatchObject({
      dir: join(dir, "paquete2"),
      skipped: [{ id: "no-existe", reason: "not_found" }],
    });
    expect(c.err()).toContain("No descargado: no-existe (not_found)");
    const datasets = JSON.parse(await readFile(join(dir, "paquete", "datasets.json"), "utf8"));
    expect(datasets.datasets[0].resources[0].file).toBe(
      "data/solicitudes-ciudadanas-2026/solicitudes-2026.csv",
    );
    expect(await readFile(join(dir, "paquete", "README.md"), "utf8")).toContain("## El problema");
  });

  it("needs --out and a valid challenge", async () => {
    await writeFile(join(dir, "malo.json"), JSON.stringify({ id: "x" }));
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["hackathon", "pack", "malo.json", "--portal", lb.url, "--out", "p"], c.io)).toBe(1);
    expect(c.err()).toContain("En title: Valor que no cumple el formato; se esperaba: un valor (falta)");
    const n = capture();
    n.io.cwd = dir;
    expect(await run(["hackathon", "pack", "malo.json", "--portal", lb.url], n.io)).toBe(2);
    expect(n.err()).toContain("--out <carpeta>");
  });
});
