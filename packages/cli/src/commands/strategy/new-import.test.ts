import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPreset, loadStrategy, type StrategyDocument, strategyReport } from "@ciudata/strategy";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function cli(argv: string[], dir: string) {
  const c = capture();
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

const tempDir = () => mkdtemp(join(tmpdir(), "ciudata-strategy-new-"));

/** Each action's owners by name, as the report shows them. */
const ownerNames = (doc: StrategyDocument) =>
  new Map(strategyReport(doc, "2024-10-01").actions.map((a) => [a.id, a.owners.map((o) => o.name)]));

// The first command run in a fresh worker loads the CLI's packages: generous time on a shared machine.
const SLOW = { timeout: 600_000 };

describe("ciudata strategy new", SLOW, () => {
  it.each(["es", "en", "pt"])(
    "writes a template that strategy check accepts as written (--lang %s)",
    async (lang) => {
      const dir = await tempDir();
      const made = await cli(["--lang", lang, "strategy", "new", "plan.json", "--city", "Godoy Cruz"], dir);
      expect(made.err).toBe("");
      expect(made.code).toBe(0);
      expect(made.out).toContain("plan.json");
      const doc = JSON.parse(await readFile(join(dir, "plan.json"), "utf8"));
      expect(doc.city).toMatchObject({ id: "godoy-cruz", name: { es: "Godoy Cruz" } });
      expect(doc.pillars[0].title).toEqual({
        es: "Gobernanza y administración de datos",
        en: "Data governance and management",
        pt: "Governança e gestão de dados",
      });
      expect(doc.people[0].name).toBe(
        { es: "[Nombre y apellido]", en: "[Full name]", pt: "[Nome e sobrenome]" }[lang],
      );
      const checked = await cli(["--lang", lang, "strategy", "check", "plan.json"], dir);
      expect(checked.err).toBe(""); // no warning either
      expect(checked.code).toBe(0);
      expect(await readdir(dir)).toEqual(["plan.json"]);
    },
  );

  it("never replaces an existing file (exit 2, the file untouched)", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "plan.json"), "mine\n");
    const again = await cli(["strategy", "new", "plan.json"], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain("plan.json ya existe y no se reemplaza");
    expect(again.err).not.toMatch(/\bat \w+ \(/); // no stack trace
    expect(await readFile(join(dir, "plan.json"), "utf8")).toBe("mine\n");
  });
});

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The Mendoza preset's actions as the sheet a steward would keep: one row per action. */
function mendozaSheet(headers: string[]): string {
  const doc = getPreset("mendoza-2024-2026");
  if (!doc) throw new Error("missing preset");
  const owners = ownerNames(doc);
  const words = { not_started: "No iniciada", in_progress: "En curso", complete: "Completa" } as Record<
    string,
    string
  >;
  const rows = doc.actions.map((a) => {
    const pillar = doc.pillars.find((p) => p.id === a.pillarId);
    const aspiration = pillar?.aspirations.find((x) => x.id === a.aspirationId)?.text.es ?? "";
    return [
      pillar?.title.es ?? "",
      aspiration,
      a.id,
      a.title.es,
      (owners.get(a.id) ?? []).join("; "),
      words[a.statedStatus ?? "not_started"] ?? "",
      a.startDate ?? "",
      a.deadline ?? "",
    ].map(csvCell);
  });
  return `${headers.join(",")}\n${rows.map((r) => r.join(",")).join("\n")}\n`;
}

const ES = ["eje", "aspiracion", "id_accion", "accion", "responsables", "estado", "inicio", "plazo"];
const EN = ["Pillar", "Aspiration", "Action ID", "Action", "Owners", "Status", "Start", "Deadline"];

describe("ciudata strategy import", SLOW, () => {
  it("round trip: the preset's actions exported to a sheet come back with the same pillars, aspirations, owners, statuses and deadlines", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "acciones.csv"), mendozaSheet(ES));
    const r = await cli(
      ["strategy", "import", "acciones.csv", "--out", "estrategia.json", "--city", "Mendoza"],
      dir,
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Escrito estrategia.json: 4 ejes, 18 acciones.");
    expect(r.out).toContain("Integrantes plenos del CGD → person"); // a guess, said as one
    const preset = getPreset("mendoza-2024-2026");
    if (!preset) throw new Error("missing preset");
    const check = await cli(["strategy", "check", "estrategia.json", "--json"], dir);
    expect(check.code).toBe(0);
    const imported = loadStrategy(JSON.parse(await readFile(join(dir, "estrategia.json"), "utf8")));
    expect(imported.pillars.map((p) => p.title.es)).toEqual(preset.pillars.map((p) => p.title.es));
    const view = (d: StrategyDocument) => {
      const owners = ownerNames(d);
      return d.actions.map((a) => {
        const pillar = d.pillars.find((p) => p.id === a.pillarId);
        return {
          id: a.id,
          pillar: pillar?.title.es,
          aspiration: pillar?.aspirations.find((x) => x.id === a.aspirationId)?.text.es,
          title: a.title.es,
          owners: owners.get(a.id),
          status: a.statedStatus ?? "not_started",
          deadline: a.deadline,
        };
      });
    };
    expect(view(imported)).toEqual(view(preset));
    expect(imported.strategy.period).toEqual({ from: "2024-02", to: "2024-11" });
    // The report shows the same overdue actions as the preset's on the same day.
    const report = await cli(
      ["strategy", "report", "estrategia.json", "--as-of", "2024-10-01", "--json"],
      dir,
    );
    expect(JSON.parse(report.out).overdue).toHaveLength(11);
    expect(await readdir(dir)).toEqual(["acciones.csv", "estrategia.json"]);
  });

  it("reads English headers and status words", async () => {
    const dir = await tempDir();
    const sheet = `${EN.join(",")}\nGovernance,,inventory,Build the data inventory,Data Champions; Ana Pérez,In progress,2025-02-03,2025-06\n`;
    await writeFile(join(dir, "plan.csv"), sheet);
    const r = await cli(["--lang", "en", "strategy", "import", "plan.csv", "--out", "plan.json"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Ana Pérez → person ana-perez");
    const doc = JSON.parse(await readFile(join(dir, "plan.json"), "utf8"));
    expect(doc.actions[0]).toMatchObject({
      id: "inventory",
      statedStatus: "in_progress",
      startDate: "2025-02-03",
      deadline: "2025-06",
      owners: [
        { kind: "role", id: "data-champion" },
        { kind: "person", id: "ana-perez" },
      ],
      asWritten: { status: "In progress", owners: "Data Champions; Ana Pérez", deadline: "2025-06" },
    });
  });

  it("bad rows: every problem located (row, column, expected, found, what to do), exit 2, nothing written", async () => {
    const dir = await tempDir();
    const sheet = [
      ES.join(","),
      "Gobernanza,,inventario,Inventario,Data Champions,Iniciado,,Mayo 2024",
      "Gobernanza,,inventario,Otra,Data Champions,Quizás,2024-13-01,2024-05",
      "Gobernanza,,Mal Id,,Data Champions,,,2024-05",
    ].join("\n");
    await writeFile(join(dir, "acciones.csv"), `${sheet}\n`);
    const r = await cli(["strategy", "import", "acciones.csv", "--out", "estrategia.json"], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const lines = r.err.split("\n");
    expect(lines[0]).toBe("acciones.csv: 6 problemas; no se escribió nada.");
    expect(r.err).toContain("Fila 2, columna 8 (plazo)");
    expect(r.err).toContain("«Mayo 2024»");
    expect(r.err).toContain("qué hacer: escriba el plazo como AAAA-MM (2024-05)");
    expect(r.err).toContain("Fila 3, columna 6 (estado)");
    expect(r.err).toContain("«Quizás»");
    expect(r.err).toContain("Fila 3, columna 7 (inicio)");
    expect(r.err).toContain("qué hacer: use otro id: la fila 2 ya usa este");
    expect(r.err).toContain("Fila 4, columna 3 (id_accion)");
    expect(r.err).toContain("Fila 4, columna 4 (accion)");
    expect(await readdir(dir)).toEqual(["acciones.csv"]);

    const en = await cli(["--lang", "en", "strategy", "import", "acciones.csv", "--out", "x.json"], dir);
    expect(en.err).toContain("what to do: write the deadline as YYYY-MM (2024-05)");
    const pt = await cli(["--lang", "pt", "strategy", "import", "acciones.csv", "--out", "x.json"], dir);
    expect(pt.err).toContain("o que fazer: escreva o prazo como AAAA-MM (2024-05)");
  });

  it("unknown or missing columns: named with the closest known header, exit 2", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "a.csv"), "eje,id_accion,acccion,responsable\nG,a,A,Ana\n");
    const r = await cli(["strategy", "import", "a.csv", "--out", "e.json"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Fila 1, columna 3 (acccion)");
    expect(r.err).toContain("renombre la columna a «accion»");
    expect(r.err).toContain("agregue la columna «accion»");
    expect(await readdir(dir)).toEqual(["a.csv"]);
  });

  it("refuses to replace an existing --out and to write over its input", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "a.csv"), mendozaSheet(ES));
    await writeFile(join(dir, "e.json"), "{}\n");
    const exists = await cli(["strategy", "import", "a.csv", "--out", "e.json"], dir);
    expect(exists.code).toBe(2);
    expect(await readFile(join(dir, "e.json"), "utf8")).toBe("{}\n");
    const over = await cli(["strategy", "import", "a.csv", "--out", "a.csv"], dir);
    expect(over.code).toBe(2);
    expect(await readFile(join(dir, "a.csv"), "utf8")).toBe(mendozaSheet(ES));
  });
});
