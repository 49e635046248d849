import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPortal } from "@ciudata/open-data";
import { type Loopback, servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildChallengePack,
  exportChallengePack,
  fetchChallengeData,
  parseChallenge,
  parseRubric,
} from "./index";
import { writeChallengePack, writeChallengePackFromPortal } from "./node/index";

let dir = "";
let lb: Loopback;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-hackathon-"));
  await writeSampleSnapshot(join(dir, "snap"));
  lb = await servePortal(join(dir, "snap"));
});
afterAll(async () => {
  await lb.close();
  await rm(dir, { recursive: true, force: true });
});

const challenge = parseChallenge({
  id: "reclamos-a-tiempo",
  title: { es: "Reclamos que se resuelven a tiempo", en: "Requests solved on time" },
  problem: {
    es: "Los reclamos de alumbrado tardan semanas en cerrarse.",
    en: "Street-light requests take weeks to close.",
  },
  owner: { orgUnitId: "atencion-ciudadana", name: "Dirección de Atención Ciudadana" },
  datasets: [{ id: "solicitudes-ciudadanas-2026" }, { id: "barrios" }, { id: "no-existe" }],
  strategy: { actionIds: ["plataforma-de-datos-abiertos"], indicatorIds: ["datasets-publicados"] },
  successCriteria: [
    { es: "Un tablero que el área use cada semana", en: "A dashboard the area uses every week" },
  ],
  stages: [
    { stage: "definir", gate: "2026-03-01" },
    { stage: "idear", gate: "2026-04-15" },
    { stage: "prototipar", gate: "2026-05-15" },
    { stage: "panel", gate: "2026-06-30" },
  ],
});
const rubric = parseRubric({
  criteria: [
    { id: "impacto", name: { es: "Impacto", en: "Impact" }, weight: 3 },
    { id: "sostenibilidad", name: { es: "Sostenibilidad", en: "Sustainability" }, weight: 2 },
  ],
  tieBreaker: "sostenibilidad",
});

describe("challenge packs", () => {
  it("downloads the challenge's resources through the portal client on 127.0.0.1", async () => {
    const data = await fetchChallengeData(createPortal(lb.url, { platform: "ckan" }), challenge);
    expect(data.datasets.map((d) => d.name)).toEqual(["solicitudes-ciudadanas-2026", "barrios"]);
    expect(data.files.map((f) => f.path).sort()).toEqual([
      "data/barrios/barrios.csv",
      "data/solicitudes-ciudadanas-2026/solicitudes-2026.csv",
    ]);
    expect(data.skipped).toEqual([{ datasetId: "no-existe", resourceId: null, reason: "not_found" }]);
    const original = await readFile(join(dir, "snap", "files", "barrios.csv"));
    const got = data.files.find((f) => f.path.endsWith("barrios.csv"));
    expect(Buffer.from(got?.bytes ?? []).equals(original)).toBe(true);
    expect(got?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("skips files over the size cap and lists them", async () => {
    const data = await fetchChallengeData(createPortal(lb.url), challenge, { maxBytes: 200 });
    expect(data.files).toEqual([]);
    expect(
      data.skipped
        .filter((s) => s.reason === "too_large")
        .map((s) => s.resourceId)
        .sort(),
    ).toEqual(["ciudata-muestra-barrios-csv", "ciudata-muestra-solicitudes-ciudadanas-2026-csv"]);
    const tight = await fetchChallengeData(createPortal(lb.url), challenge, { maxTotalBytes: 1 });
    expect(tight.skipped.filter((s) => s.reason === "total_cap")).toHaveLength(2);
  });

  it("builds READMEs in es/en, datasets.json with licences and attributions, and checksums", async () => {
    const pack = await exportChallengePack(lb.url, challenge, {
      rubric,
      hackathonTitle: { es: "Hackatón Mendoza", en: "Mendoza hackathon" },
    });
    expect(Object.keys(pack.files).sort()).toEqual([
      "README.en.md",
      "README.md",
      "challenge.json",
      "data/SHA256SUMS",
      "data/barrios/barrios.csv",
      "data/solicitudes-ciudadanas-2026/solicitudes-2026.csv",
      "datasets.json",
      "rubric.json",
      "submission.template.json",
    ]);
    const es = pack.files["README.md"] as string;
    expect(es).toContain("# Hackatón Mendoza · Reclamos que se resuelven a tiempo");
    expect(es).toContain("| Prototipar (`prototipar`) | 2026-05-15 |");
    expect(es).toContain("- Acciones: `plataforma-de-datos-abiertos`");
    expect(es).toContain("bajo licencia CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)");
    expect(es).toContain("Desempate: Sostenibilidad.");
    expect(pack.files["README.en.md"] as string).toContain("## What a good result looks like");
    const datasets = JSON.parse(pack.files["datasets.json"] as string);
    expect(datasets.datasets).toHaveLength(3);
    expect(datasets.datasets[2]).toEqual({ id: "no-existe", available: false, reason: "not_found" });
    expect(datasets.datasets[0]).toMatchObject({
      name: "solicitudes-ciudadanas-2026",
      license: { declared: "Creative Commons Attribution 4.0", id: "CC-BY-4.0" },
      publisher: "Dirección de Atención Ciudadana",
      attribution: { required: true },
    });
    expect(datasets.datasets[0].attribution.pt).toContain("sob a licença CC BY 4.0");
    expect(datasets.datasets[0].resources[0]).toMatchObject({
      file: "data/solicitudes-ciudadanas-2026/solicitudes-2026.csv",
      skipped: null,
    });
    expect(pack.files["data/SHA256SUMS"] as string).toMatch(/^[0-9a-f]{64} {2}barrios\/barrios\.csv$/m);
  });

  it("is pure given the data: the same input builds the same files", async () => {
    const data = await fetchChallengeData(createPortal(lb.url), challenge, { metadataOnly: true });
    expect(data.files).toEqual([]);
    expect(buildChallengePack({ challenge, data })).toEqual(buildChallengePack({ challenge, data }));
  });

  it("writes the pack with the Node writer and refuses paths outside the folder", async () => {
    const out = join(dir, "pack");
    const { files } = await writeChallengePackFromPortal(lb.url, challenge, out);
    expect(files).toContain(join(out, "data", "barrios", "barrios.csv"));
    expect(await readFile(join(out, "data", "barrios", "barrios.csv"), "utf8")).toEqual(
      await readFile(join(dir, "snap", "files", "barrios.csv"), "utf8"),
    );
    await expect(writeChallengePack({ files: { "../fuera.txt": "x" } }, out)).rejects.toThrow(/outside/);
  });
});
