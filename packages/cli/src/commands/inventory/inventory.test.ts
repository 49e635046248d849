import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Loopback, servePortal, writeSampleSnapshot } from "@ciudata/open-data/node";
import { ACCESS_LEVELS, DATASET_STATES, type InventoryFile, type InventoryReport } from "@ciudata/strategy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { INVENTORY_ACCESS, INVENTORY_STATES } from "./command";

let portal: Loopback;
let down: Server;
let downUrl = "";
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-inventory-portal-"));
  await writeSampleSnapshot(join(dir, "snap"));
  portal = await servePortal(join(dir, "snap"));
  // A server that answers 404 to everything: a distribution that moved.
  down = createServer((_, res) => res.writeHead(404).end("no"));
  await new Promise<void>((ok) => down.listen(0, "127.0.0.1", ok));
  downUrl = `http://127.0.0.1:${(down.address() as AddressInfo).port}/reclamos.csv`;
});
afterAll(async () => {
  await portal?.close();
  await new Promise((ok) => down?.close(ok));
});

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "ciudata-inventory-"));
}

async function cli(dir: string, argv: string[], lang = "es") {
  const c = capture({ LANG: lang });
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, "utf8")) as T;

const HEADER =
  "id,titulo,area,area_nombre,contacto,url_descarga,formato,periodicidad,fecha_actualizacion,datos_personales,nivel_acceso,estado";

describe("ciudata inventory init", () => {
  it("writes an empty inventory and the template in the user's language, and never replaces a file", async () => {
    const dir = await folder();
    const first = await cli(
      dir,
      ["inventory", "init", "--areas", "salud,hacienda", "--city", "Godoy Cruz"],
      "en",
    );
    expect(first.code).toBe(0);
    const inv = await readJson<InventoryFile>(join(dir, "inventory.json"));
    expect(inv).toMatchObject({
      format: "ciudata-inventory",
      version: 1,
      city: { id: "godoy-cruz" },
      datasets: [],
    });
    expect(inv.orgUnits.map((u) => u.id)).toEqual(["salud", "hacienda"]);
    const template = await readFile(join(dir, "inventory-template.csv"), "utf8");
    expect(template.split("\n")[0]).toContain("id,title,description,area,area_name");
    // The template imports as it is: its example row is a valid dataset.
    expect(
      (await cli(dir, ["inventory", "import", "inventory-template.csv", "--into", "inventory.json"])).code,
    ).toBe(0);
    const before = await readFile(join(dir, "inventory.json"), "utf8");
    const again = await cli(dir, ["inventory", "init", "--areas", "obras"], "en");
    expect(again.code).toBe(2);
    expect(again.err).toContain("inventory.json already exists");
    expect(await readFile(join(dir, "inventory.json"), "utf8")).toBe(before);
  });
});

describe("ciudata inventory import", () => {
  it("merges the template's rows, replacing metadata and keeping the review history", async () => {
    const dir = await folder();
    await writeFile(
      join(dir, "plantilla.csv"),
      `${HEADER}\nturnos,Turnos,salud,Salud,Mesa,turnos.csv,CSV,R/P1M,2026-01-10,sí,restringido,existente\ntasas,Tasas,hacienda,,Mesa,,,,,no,public,planned\n`,
    );
    const first = await cli(dir, ["inventory", "import", "plantilla.csv"]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("2 conjuntos agregados");
    const file = join(dir, "inventario.json");
    const inv = await readJson<InventoryFile>(file);
    expect(inv.datasets[0]).toMatchObject({
      id: "turnos",
      personalData: true,
      accessLevel: "restricted",
      state: "existing",
      accrualPeriodicity: "R/P1M",
      distribution: [{ downloadURL: "turnos.csv", format: "CSV" }],
    });
    expect(inv.orgUnits.map((u) => [u.id, u.name.es])).toEqual([
      ["salud", "Salud"],
      ["hacienda", "hacienda"],
    ]);
    const history = [{ marker: "kept" }];
    (inv.datasets[0] as unknown as { reviews: unknown }).reviews = history;
    await writeFile(file, JSON.stringify(inv));
    await writeFile(
      join(dir, "plantilla.csv"),
      `${HEADER}\nturnos,Turnos médicos,salud,,Mesa,turnos.csv,CSV,R/P1M,2026-02-10,sí,restricted,existing\n`,
    );
    // An inventory that is not valid afterwards (the history entry is not a review) is refused, untouched.
    const refused = await cli(dir, ["inventory", "import", "plantilla.csv"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("datasets[0].reviews[0]");
    expect(await readJson(file)).toEqual(inv);
  });

  it("locates every bad row in es, en and pt, writes nothing and leaves the spreadsheet as it was", async () => {
    const dir = await folder();
    const csv = `${HEADER}\nturnos,Turnos,salud,,,t.csv,,mensual,2026-01-10,no,public,existing\ncaja,Caja,hacienda,,,,,,2026-02-30,no,public,activo\nturnos,Otra vez,salud,,,,,,,no,public,existing\n`;
    await writeFile(join(dir, "plantilla.csv"), csv);
    const es = await cli(dir, ["inventory", "import", "plantilla.csv"]);
    expect(es.code).toBe(1);
    expect(es.err).toContain("plantilla.csv: 4 problemas; no se escribió nada");
    expect(es.err).toContain("Fila 2, columna 8 (periodicidad)");
    expect(es.err).toContain("«mensual»");
    expect(es.err).toContain("Fila 3, columna 9 (fecha_actualizacion)");
    expect(es.err).toContain("Fila 3, columna 12 (estado)");
    expect(es.err).toContain("Fila 4, columna 1 (id)");
    const en = await cli(dir, ["inventory", "import", "plantilla.csv"], "en");
    expect(en.err).toContain("Row 2, column 8 (periodicidad)");
    expect(en.err).toContain("an ISO 8601 periodicity (R/P1M) or eventual");
    const pt = await cli(dir, ["inventory", "import", "plantilla.csv"], "pt");
    expect(pt.err).toContain("Linha 2, coluna 8 (periodicidad)");
    expect(pt.err).not.toContain("Stack");
    await expect(readFile(join(dir, "inventario.json"))).rejects.toThrow();
    expect(await readFile(join(dir, "plantilla.csv"), "utf8")).toBe(csv);
  });

  it("refuses a spreadsheet that is not the template (exit 2), naming the column and the closest one", async () => {
    const dir = await folder();
    await writeFile(join(dir, "otra.csv"), "id,titulo,area,nivel_aceso,estado\nx,X,salud,public,existing\n");
    const r = await cli(dir, ["inventory", "import", "otra.csv"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("columna 4 (nivel_aceso)");
    expect(r.err).toContain("nivel_acceso");
  });

  it("imports the catalog of a portal through the open-data client, saying what it guessed", async () => {
    const dir = await folder();
    const r = await cli(dir, ["inventory", "import", "--from-portal", portal.url]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("suposición");
    const inv = await readJson<InventoryFile>(join(dir, "inventario.json"));
    expect(inv.datasets.map((d) => d.id)).toEqual([
      "barrios",
      "solicitudes-ciudadanas-2026",
      "registro-programa-alimentario-muestra",
    ]);
    for (const d of inv.datasets) {
      expect(d.state).toBe("published");
      expect(d.distribution[0]?.downloadURL?.startsWith(portal.url)).toBe(true);
    }
    expect(inv.datasets[1]?.accrualPeriodicity).toBe("R/P1M");
  });
});

describe("ciudata inventory add and check", () => {
  it("adds a dataset, refuses personal data open to the public, and check lists what to fix", async () => {
    const dir = await folder();
    await cli(dir, ["inventory", "init", "--areas", "salud"]);
    const file = join(dir, "inventario.json");
    const ok = await cli(dir, [
      "inventory",
      "add",
      "inventario.json",
      "--id",
      "turnos",
      "--title",
      "Turnos",
      "--area",
      "salud",
      "--access",
      "internal",
      "--personal",
      "--periodicity",
      "R/P1M",
    ]);
    expect(ok.code).toBe(0);
    const before = await readFile(file, "utf8");
    const bad = await cli(dir, [
      "inventory",
      "add",
      "inventario.json",
      "--id",
      "padron",
      "--title",
      "Padrón",
      "--area",
      "salud",
      "--access",
      "public",
      "--personal",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Datos personales con nivel de acceso público");
    expect(await readFile(file, "utf8")).toBe(before);
    const checked = await cli(dir, ["inventory", "check", "inventario.json"]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain("Sin punto de contacto");
    expect(checked.out).toContain("Sin distribución");
    const inv = JSON.parse(before);
    inv.datasets.push({ ...inv.datasets[0] });
    await writeFile(file, JSON.stringify(inv));
    const dup = await cli(dir, ["inventory", "check", "inventario.json"], "en");
    expect(dup.code).toBe(1);
    expect(dup.err).toContain("At datasets[1].id: Repeated dataset id");
  });
});

describe("ciudata inventory validate and report", () => {
  const PEOPLE =
    "nombre,dni,sexo,edad,barrio\nRosalía Gómez,30123456,F,34,Centro\nJuan Pérez,28999111,M,51,Norte\n";

  async function inventory(dir: string) {
    await writeFile(join(dir, "datos.csv"), "codigo,monto\nA1,10\nA2,\nA3,30\n");
    await writeFile(join(dir, "personas.csv"), PEOPLE);
    const dataset = (id: string, url: string, extra = {}) => ({
      id,
      title: id,
      orgUnitId: "salud",
      accessLevel: "internal",
      state: "existing",
      accrualPeriodicity: "R/P1M",
      modified: "2026-03-01",
      contactPoint: { fn: "Mesa" },
      distribution: [{ identifier: `${id}-1`, title: "CSV", downloadURL: url }],
      ...extra,
    });
    const inv = {
      format: "ciudata-inventory",
      version: 1,
      orgUnits: [
        { id: "salud", name: { es: "Salud" }, kind: "area" },
        { id: "cultura", name: { es: "Cultura" }, kind: "area" },
      ],
      datasets: [
        dataset("montos", "datos.csv"),
        dataset("personas", "personas.csv", { personalData: true, accessLevel: "restricted" }),
        dataset("caido", downUrl),
      ],
    };
    await writeFile(join(dir, "inventario.json"), `${JSON.stringify(inv, null, 2)}\n`);
  }

  it("appends dated reviews, reports an unreachable URL for that dataset only, and never rewrites the history", async () => {
    const dir = await folder();
    await inventory(dir);
    const file = join(dir, "inventario.json");
    const first = await cli(dir, ["inventory", "validate", "inventario.json", "--as-of", "2026-03-31"]);
    expect(first.code).toBe(1);
    expect(first.err).toContain(`Conjunto «caido»: no se pudo leer ${downUrl} (el servidor respondió 404)`);
    expect(first.out).toContain("2 revisiones agregadas con fecha 2026-03-31");
    // Privacy by default: the names and IDs of the table are never printed.
    expect(`${first.out}${first.err}`).not.toMatch(/Rosalía|30123456/);
    const after1 = await readJson<InventoryFile>(file);
    const [montos, personas, caido] = after1.datasets;
    expect(montos?.reviews).toHaveLength(1);
    expect(caido?.reviews).toBeUndefined();
    expect(montos?.reviews[0]).toMatchObject({ date: "2026-03-31", source: "datos.csv", rows: 3 });
    expect(montos?.reviews[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(personas?.reviews[0]?.privacy.directIdentifiers).toBe(true);
    expect(personas?.reviews[0]?.privacy.personalColumns).toEqual(expect.arrayContaining(["nombre", "dni"]));
    expect(personas?.reviews[0]?.disaggregation).toBeDefined();
    expect(montos?.reviews[0]?.disaggregation).toBeUndefined();
    // The unreachable dataset in English and Portuguese: located, exit 1, nothing appended, file as it was.
    const text1 = await readFile(file, "utf8");
    const en = await cli(
      dir,
      ["inventory", "validate", "inventario.json", "--dataset", "caido", "--as-of", "2026-04-01"],
      "en",
    );
    expect(en.code).toBe(1);
    expect(en.err).toContain('Dataset "caido": could not read');
    const pt = await cli(dir, ["inventory", "validate", "inventario.json", "--dataset", "caido"], "pt");
    expect(pt.err).toContain("Conjunto «caido»: não foi possível ler");
    expect(await readFile(file, "utf8")).toBe(text1);
    // A second review on a later date, after the data changed: appended after the first, which stays as it was.
    await writeFile(join(dir, "datos.csv"), "codigo,monto\nA1,10\nA2,20\nA3,30\nA4,40\n");
    await cli(dir, ["inventory", "validate", "inventario.json", "--as-of", "2026-06-30"]);
    const after2 = await readJson<InventoryFile>(file);
    expect(after2.datasets[0]?.reviews[0]).toEqual(montos?.reviews[0]);
    expect(after2.datasets[0]?.reviews.map((r) => r.date)).toEqual(["2026-03-31", "2026-06-30"]);

    const report = await cli(dir, [
      "inventory",
      "report",
      "inventario.json",
      "--as-of",
      "2026-06-30",
      "--json",
    ]);
    expect(report.code).toBe(0);
    const r = JSON.parse(report.out) as InventoryReport;
    expect(r.coverage).toEqual({ areas: 2, inventoried: 1, passedProtocol: 0 });
    expect(r.areas[0]).toMatchObject({ id: "salud", datasets: 3, reviewed: 2, toReview: 3 });
    const trend = r.trends.find((t) => t.id === "montos");
    const scores = after2.datasets[0]?.reviews.map((x) => x.quality.overall) as number[];
    expect(trend?.reviews.map((p) => p.overall)).toEqual(scores);
    expect(trend?.change).toBe(Math.round(((scores[1] as number) - (scores[0] as number)) * 10) / 10);
    expect(trend?.sourceChanged).toBe(true);
    expect(r.stale.map((s) => s.id)).toEqual(["montos", "personas", "caido"]);
    const md = await cli(dir, [
      "inventory",
      "report",
      "inventario.json",
      "--as-of",
      "2026-06-30",
      "--format",
      "md",
    ]);
    expect(md.out).toContain("| Salud (salud) | 3 | 2/3 |");
  });

  it("names an unknown dataset with the closest id (exit 2), the inventory untouched", async () => {
    const dir = await folder();
    await inventory(dir);
    const before = await readFile(join(dir, "inventario.json"), "utf8");
    for (const [lang, text] of [
      ["es", "¿quiso decir «montos»?"],
      ["en", 'did you mean "montos"?'],
      ["pt", "quis dizer «montos»?"],
    ] as const) {
      const r = await cli(dir, ["inventory", "validate", "inventario.json", "--dataset", "monto"], lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(text);
    }
    expect(await readFile(join(dir, "inventario.json"), "utf8")).toBe(before);
  });

  it("locates a malformed inventory: exit 2 for broken JSON, 1 for the format, the file untouched", async () => {
    const dir = await folder();
    await writeFile(join(dir, "roto.json"), '{"format": "ciudata-inventory", "version": 1,');
    const broken = await cli(dir, ["inventory", "validate", "roto.json"]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("roto.json");
    expect(broken.err).toContain("no es JSON válido");
    const wrong = { format: "ciudata-inventory", version: 1, datasets: [{ id: "X", title: "x" }] };
    await writeFile(join(dir, "mal.json"), JSON.stringify(wrong));
    for (const [lang, text] of [
      ["es", "En datasets[0].id"],
      ["en", "At datasets[0].id"],
      ["pt", "Em datasets[0].id"],
    ] as const) {
      const r = await cli(dir, ["inventory", "report", "mal.json"], lang);
      expect(r.code).toBe(1);
      expect(r.err).toContain(text);
      expect(r.err).toContain("datasets[0].orgUnitId");
    }
    expect(await readFile(join(dir, "mal.json"), "utf8")).toBe(JSON.stringify(wrong));
    expect(await readFile(join(dir, "roto.json"), "utf8")).toBe(
      '{"format": "ciudata-inventory", "version": 1,',
    );
  });
});

describe("ciudata inventory declaration", () => {
  it("offers the library's access levels and states", () => {
    expect([...INVENTORY_ACCESS]).toEqual([...ACCESS_LEVELS]);
    expect([...INVENTORY_STATES]).toEqual([...DATASET_STATES]);
  });
});

describe("ciudata strategy report --inventory", () => {
  it("shows the inventory's coverage as the inventory action's measured progress", async () => {
    const dir = await folder();
    await cli(dir, ["inventory", "init", "--areas", "salud,hacienda,obras,cultura"]);
    await cli(dir, [
      "inventory",
      "add",
      "inventario.json",
      "--id",
      "turnos",
      "--title",
      "Turnos",
      "--area",
      "salud",
      "--access",
      "internal",
    ]);
    const md = await cli(dir, [
      "strategy",
      "report",
      "--preset",
      "mendoza-2024-2026",
      "--as-of",
      "2024-10-01",
      "--inventory",
      "inventario.json",
    ]);
    expect(md.code).toBe(0);
    const row = md.out.split("\n").find((l) => l.includes("inventario de datos desde cada área municipal"));
    expect(row).toContain("inventario: áreas 25%, conjuntos al día");
    const json = await cli(dir, [
      "strategy",
      "report",
      "--preset",
      "mendoza-2024-2026",
      "--as-of",
      "2024-10-01",
      "--inventory",
      "inventario.json",
      "--json",
    ]);
    const r = JSON.parse(json.out);
    expect(r.inventory).toMatchObject({
      coveragePct: 25,
      actionId: "inventario-por-area",
      actionGuessed: true,
    });
    const missing = await cli(dir, [
      "strategy",
      "report",
      "--preset",
      "mendoza-2024-2026",
      "--inventory",
      "no.json",
    ]);
    expect(missing.code).toBe(2);
  });
});
