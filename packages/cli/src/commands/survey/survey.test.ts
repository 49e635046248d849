import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCatalogs } from "@ciudata/core";
import type { SurveyReport } from "@ciudata/strategy";
import { openTable } from "@ciudata/table";
import { openPath } from "@ciudata/table/node";
import { beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { surveyMessages } from "../../messages/survey";

async function workdir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-survey-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

async function cli(dir: string, argv: string[]) {
  const c = capture();
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** The cells of one sheet of a workbook, read back through the table reader. */
async function sheet(path: string, name: string): Promise<string[][]> {
  const table = await openTable({ ...(await openPath(path)), sheet: name });
  const rows: string[][] = [table.labels as string[]];
  for await (const r of table.rows()) rows.push([...r.cells]);
  return rows;
}

// Kobo's default export ("XML values and headers"): `;` separated, the multiple choice as space-separated
// names followed by one 1/0 column per choice, the group path of the team questions, the copy fields.
const TOPICS = [
  "economia-y-finanzas",
  "comercio",
  "inclusion-y-genero",
  "deportes",
  "salud",
  "educacion",
  "barrios-y-poblacion",
  "transito",
  "seguridad-y-prevencion",
  "turismo-y-cultura",
  "empleo-y-emprendedores",
  "servicios-publicos-y-planificacion",
  "ambiente-y-movilidad",
];
function koboCsv(rows: { topics: string[]; area: string }[]): string {
  const header = [
    "start",
    "end",
    "datos_para_decisiones",
    ...TOPICS.map((t) => `datos_para_decisiones/${t}`),
    "equipo/secretaria",
    "equipo/referente_correo",
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
  ];
  const lines = rows.map((r, i) =>
    [
      "2024-05-03T09:00:00.000-03:00",
      "2024-05-03T09:10:00.000-03:00",
      r.topics.join(" "),
      ...TOPICS.map((t) => (r.topics.includes(t) ? "1" : "0")),
      r.area,
      `persona${i}@ciudad.gob.ar`,
      String(1000 + i),
      `uuid-${i}`,
      `2024-05-${String(3 + (i % 5)).padStart(2, "0")}T12:${String(i).padStart(2, "0")}:00`,
      "",
      "submitted_via_web",
      "",
      "vGSpkqPvbNaQ",
      "",
      String(i + 1),
    ]
      .map((c) => `"${c}"`)
      .join(";"),
  );
  return `${header.map((h) => `"${h}"`).join(";")}\n${lines.join("\n")}\n`;
}

// 8 answers: salud 8, educacion 6, transito 3 (a group of 3: hidden); Hacienda 5 answers, Obras 3 (hidden area).
const ANSWERS = [
  ...Array.from({ length: 5 }, () => ({ topics: ["salud", "educacion"], area: "Hacienda" })),
  { topics: ["salud", "transito"], area: "Obras" },
  { topics: ["salud", "transito", "educacion"], area: "Obras" },
  { topics: ["salud", "transito"], area: "Obras" },
];

describe("ciudata survey", () => {
  // Loading the command's code (the table reader, the strategy library) from source on a busy machine is
  // slow the first time; it happens here, not inside a test's own time.
  beforeAll(async () => {
    await import("./run");
  }, 600_000);

  it("exports the capacity survey to an XLSForm (survey, choices, settings) and an accessible HTML form", async () => {
    const dir = await workdir();
    const x = await cli(dir, [
      "survey",
      "export",
      "mendoza-capacidad",
      "--format",
      "xlsform",
      "--out",
      "f.xlsx",
    ]);
    expect(x.code).toBe(0);
    const survey = await sheet(join(dir, "f.xlsx"), "survey");
    expect(survey[0]?.slice(0, 5)).toEqual([
      "type",
      "name",
      "label::Español (es)",
      "label::English (en)",
      "label::Português (pt)",
    ]);
    expect(survey[1]?.slice(0, 2)).toEqual(["select_multiple temas", "datos_para_decisiones"]);
    const choices = await sheet(join(dir, "f.xlsx"), "choices");
    expect(choices.slice(1).map((r) => r[1])).toEqual(TOPICS);
    expect((await sheet(join(dir, "f.xlsx"), "settings"))[1]).toEqual([
      "Encuesta para el diagnóstico de capacidad",
      "diagnostico-capacidad",
      "2024",
      "Español (es)",
    ]);
    const h = await cli(dir, ["survey", "export", "mendoza-capacidad", "--out", "f.html", "--lang", "en"]);
    expect(h.code).toBe(0);
    const html = await readFile(join(dir, "f.html"), "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<legend>Which data do you need to make decisions?</legend>");
    expect(html).toContain('<label for="q1-datos_para_decisiones-5">Health</label>');
  });

  it("round trip: answers in Kobo's export layout import and give the demand, with a group of 3 hidden", async () => {
    const dir = await workdir({ "respuestas-kobo.csv": koboCsv(ANSWERS) });
    const before = await readFile(join(dir, "respuestas-kobo.csv"));
    const imp = await cli(dir, [
      "survey",
      "import",
      "respuestas-kobo.csv",
      "--instrument",
      "mendoza-capacidad",
      "--out",
      "respuestas.json",
    ]);
    expect(imp.err).toBe("");
    expect(imp.code).toBe(0);
    expect(imp.out).toContain("8 respuestas importadas de respuestas-kobo.csv (kobo)");
    expect(imp.out).toContain("_id, _uuid, _validation_status");
    expect(await readFile(join(dir, "respuestas-kobo.csv"))).toEqual(before);

    const rep = await cli(dir, [
      "survey",
      "report",
      "respuestas.json",
      "--by",
      "secretaria",
      "--format",
      "json",
    ]);
    expect(rep.code).toBe(0);
    const report = JSON.parse(rep.out) as SurveyReport;
    expect(report.respondents).toBe(8);
    const topics = report.questions[0]?.topics ?? [];
    expect(topics.find((t) => t.topic === "salud")).toMatchObject({ count: 8, pct: 100 });
    expect(topics.find((t) => t.topic === "educacion")).toMatchObject({ count: 6, pct: 75 });
    expect(topics.find((t) => t.topic === "transito")).toMatchObject({
      count: null,
      pct: null,
      hidden: true,
      reason: "hidden",
    });
    // Obras (3) is hidden, and Hacienda (5) with it: else 8 − 5 would give Obras' 3. One count for both.
    expect(report.byArea).toMatchObject({ areas: [], hiddenAreas: 2 });
    expect(report.byArea).not.toHaveProperty("protectiveAreas");
    expect(rep.out).not.toContain("protective");
    expect(rep.out).not.toContain('"small"');
    expect(rep.out).not.toContain("Obras");
    expect(rep.out).not.toContain("Hacienda");
    expect(rep.out).not.toContain("@ciudad.gob.ar");

    const text = await cli(dir, ["survey", "report", "respuestas.json", "--by", "secretaria"]);
    expect(text.out).toContain(
      "8 respuestas. Los grupos con menos de 5 respuestas se ocultan, y con ellos lo necesario para que no se deduzcan ni se acoten restando de los totales; no se dice cuáles de los ocultos son chicos.",
    );
    expect(text.out).toMatch(/Tránsito\s+oculto\s+—/);
    expect(text.out).toContain(
      "2 áreas no se muestran: las de menos de 5 respuestas y las que se ocultan con ellas para que no se deduzcan restando del total (no se dice cuántas son chicas).",
    );
    expect(text.out).not.toContain("complementario");
    expect(text.out).not.toContain("más grande");
    expect(text.out).not.toContain("persona0");
  });

  it("compares two rounds: a count hidden in either round gives no change", async () => {
    const later = [...ANSWERS, ...Array.from({ length: 3 }, () => ({ topics: ["transito"], area: "Obras" }))];
    const dir = await workdir({ "r1.csv": koboCsv(ANSWERS), "r2.csv": koboCsv(later) });
    for (const [csv, out] of [
      ["r1.csv", "r1.json"],
      ["r2.csv", "r2.json"],
    ] as const)
      expect(
        (await cli(dir, ["survey", "import", csv, "--instrument", "mendoza-capacidad", "--out", out])).code,
      ).toBe(0);
    const rep = await cli(dir, ["survey", "report", "r2.json", "--compare", "r1.json", "--format", "json"]);
    const changes = JSON.parse(rep.out).compare as {
      topic: string;
      before: number | null;
      after: number | null;
      change: number | null;
    }[];
    expect(changes.find((c) => c.topic === "salud")).toMatchObject({ before: 8, after: 8, change: 0 });
    expect(changes.find((c) => c.topic === "transito")).toMatchObject({
      before: null,
      after: 6,
      change: null,
    });
  });

  it("an answers file with unknown questions: a located message in es, en and pt, exit 2, nothing written, input untouched", async () => {
    const csv =
      '"datos_para_decisiones";"edad_del_encuestado";"_submission_time"\n"salud";"41";"2024-05-03T12:00:00"\n';
    const dir = await workdir({ "malas.csv": csv });
    const { mtimeMs } = await stat(join(dir, "malas.csv"));
    const expected = {
      es: "malas.csv: Fila 1, columna 2 (edad_del_encuestado): Columna que no es una pregunta del cuestionario; se esperaba: el nombre o el texto de una pregunta del cuestionario; se encontró: «edad_del_encuestado»",
      en: "malas.csv: Row 1, column 2 (edad_del_encuestado): Column that is not a question of the questionnaire; expected: the name or the text of a question of the questionnaire; found: «edad_del_encuestado»",
      pt: "malas.csv: Linha 1, coluna 2 (edad_del_encuestado): Coluna que não é uma pergunta do questionário; esperado: o nome ou o texto de uma pergunta do questionário; encontrado: «edad_del_encuestado»",
    };
    for (const lang of ["es", "en", "pt"] as const) {
      const r = await cli(dir, [
        "survey",
        "import",
        "malas.csv",
        "--instrument",
        "mendoza-capacidad",
        "--lang",
        lang,
      ]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(expected[lang]);
      expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(await readFile(join(dir, "malas.csv"), "utf8")).toBe(csv);
    expect((await stat(join(dir, "malas.csv"))).mtimeMs).toBe(mtimeMs);
    await expect(stat(join(dir, "respuestas.json"))).rejects.toThrow();
  });

  it("an unknown choice in a cell is a data problem (exit 1) located at its row and column", async () => {
    const dir = await workdir({
      "a.csv":
        '"datos_para_decisiones";"_submission_time"\n"salud";"2024-05-03T12:00:00"\n"salud turismo";"2024-05-04T12:00:00"\n',
    });
    const r = await cli(dir, [
      "survey",
      "import",
      "a.csv",
      "--instrument",
      "mendoza-capacidad",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("a.csv: 1 invalid answer; nothing was written:");
    expect(r.err).toContain(
      "Row 3, column 1 (datos_para_decisiones): Option that is not in the question's list",
    );
    expect(r.err).toContain("found: «turismo»");
  });

  it("scores the CDA self-assessment with the evidence missing for the next level", async () => {
    const dir = await workdir({
      "auto.csv": "governance;quality;_submission_time\ngob-responsable gob-comite;;2024-06-01T10:00:00\n",
    });
    expect(
      (
        await cli(dir, [
          "survey",
          "import",
          "auto.csv",
          "--instrument",
          "cda-autoevaluacion",
          "--out",
          "a.json",
        ])
      ).code,
    ).toBe(0);
    const r = await cli(dir, ["survey", "report", "a.json", "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "| Gobernanza de datos | Definido | Gestionado | Actas de las dos últimas reuniones (al menos trimestrales) |",
    );
    expect(r.out).toContain(
      "| Calidad de los datos | Inicial | Repetible | Un inventario de datos actualizado en los últimos 12 meses |",
    );
  });

  it("refuses what it cannot do with a usage message (exit 2)", async () => {
    const dir = await workdir();
    const a = await cli(dir, ["survey", "export", "no-existe", "--format", "html"]);
    expect(a.code).toBe(2);
    expect(a.err).toContain(
      "«no-existe» no es un archivo ni un cuestionario incluido (mendoza-capacidad, cda-autoevaluacion).",
    );
    const b = await cli(dir, ["survey", "export", "mendoza-capacidad", "--format", "xlsform"]);
    expect(b.code).toBe(2);
    expect(b.err).toContain("necesita --out");
  });

  it("words every message in es, en and pt", () => {
    expect(checkCatalogs(surveyMessages)).toEqual([]);
  });
});
