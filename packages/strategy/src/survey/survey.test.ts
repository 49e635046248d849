import { checkCatalogs, checkIssueCatalogs, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { surveyFormHtml } from "./html";
import { type AnswersTable, importAnswers } from "./import";
import { surveyFormMessages, surveyIssues } from "./messages";
import { parseQuestionnaire, type Questionnaire, questionnairePreset } from "./questionnaire";
import { compareMaturity, compareSurveyRounds, maturityReport, surveyReport } from "./report";
import { xlsFormSheets } from "./xlsform";

function load(name: string): Questionnaire {
  const r = parseQuestionnaire(questionnairePreset(name));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.questionnaire;
}

const capacity = load("mendoza-capacidad");
const cda = load("cda-autoevaluacion");

/** A CSV-like table: header then rows, numbered as the table reader numbers them (header = row 1). */
const table = (labels: string[], rows: string[][]): AnswersTable => ({
  labels,
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
});

describe("questionnaires as data", () => {
  it("ships the capacity survey (13 topics) and the CDA self-assessment (5 components, 3 practices, 5 tiers)", () => {
    expect(capacity.kind).toBe("survey");
    expect(capacity.instrument.version).toBe("2024");
    expect(capacity.instrument.choiceLists.temas).toHaveLength(13);
    expect(cda.kind).toBe("self-assessment");
    if (cda.kind !== "self-assessment") return;
    expect(cda.selfAssessment.version).toBe("2024.1");
    expect(cda.selfAssessment.components.map((c) => c.group)).toEqual([
      ...Array(5).fill("component"),
      ...Array(3).fill("practice"),
    ]);
    expect(cda.selfAssessment.tiers.map((t) => t.id)).toEqual([
      "inicial",
      "repetible",
      "definido",
      "gestionado",
      "optimizado",
    ]);
    expect(cda.instrument.questions).toHaveLength(8);
    expect(cda.instrument.choiceLists.ev_governance?.[0]?.label.es).toBe(
      "Repetible: Una persona designada responsable de los datos de la ciudad",
    );
  });

  it("locates a broken questionnaire (a question without its choice list, a missing version)", () => {
    const bad = questionnairePreset("mendoza-capacidad") as Record<string, unknown>;
    (bad.questions as Record<string, unknown>[])[0] = {
      ...(bad.questions as Record<string, unknown>[])[0],
      listName: "temass",
    };
    const r = parseQuestionnaire(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.params.path).toBe("questions[0].listName");
    expect(renderIssue(r.issues[0] as never, "es", surveyIssues)).toContain("choiceLists");
    const { version: _, ...noVersion } = questionnairePreset("cda-autoevaluacion") as Record<string, unknown>;
    const r2 = parseQuestionnaire(noVersion);
    expect(r2.ok ? [] : r2.issues.map((i) => i.params.path)).toEqual(["version"]);
  });
});

describe("export", () => {
  it("writes the XLSForm sheets with select types and their lists, labels in es/en/pt and the settings", () => {
    const [survey, choices, settings] = xlsFormSheets(capacity.instrument);
    expect(survey?.header).toEqual([
      "type",
      "name",
      "label::Español (es)",
      "label::English (en)",
      "label::Português (pt)",
      "constraint",
    ]);
    expect(survey?.rows[0]?.slice(0, 3)).toEqual([
      "select_multiple temas",
      "datos_para_decisiones",
      "¿Cuáles son los datos que necesita para la toma de decisiones?",
    ]);
    expect(survey?.rows.find((r) => r[1] === "referente_correo")?.[0]).toBe("text");
    expect(choices?.rows).toHaveLength(13);
    expect(choices?.rows[0]?.slice(0, 3)).toEqual(["temas", "economia-y-finanzas", "Economía y finanzas"]);
    expect(settings?.rows[0]).toEqual([
      "Encuesta para el diagnóstico de capacidad",
      "diagnostico-capacidad",
      "2024",
      "Español (es)",
    ]);
  });

  it("writes an accessible HTML form: lang, every input labelled, choices in fieldsets with legends, no external asset", () => {
    const html = surveyFormHtml(capacity.instrument, "pt");
    expect(html).toContain('<html lang="pt">');
    expect(html).toContain("<legend>Quais são os dados de que você precisa para tomar decisões?</legend>");
    const ids = [...html.matchAll(/<input [^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(13 + 5);
    for (const id of ids) expect(html).toContain(`<label for="${id}">`);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain('type="email"');
  });
});

describe("importAnswers", () => {
  it("reads Kobo's XML-values export: group paths, space-separated choices, detail columns, meta left out", () => {
    const r = importAnswers(
      capacity.instrument,
      table(
        [
          "start",
          "datos_para_decisiones",
          "datos_para_decisiones/salud",
          "datos_para_decisiones/educacion",
          "equipo/secretaria",
          "_id",
          "_uuid",
          "_submission_time",
          "__version__",
        ],
        [
          [
            "2024-05-03T10:00:00",
            "salud educacion",
            "1",
            "1",
            "Hacienda",
            "7",
            "u-1",
            "2024-05-03T14:22:10",
            "v1",
          ],
        ],
      ),
    );
    expect(r.source).toBe("kobo");
    expect(r.headerIssues).toEqual([]);
    expect(r.issues).toEqual([]);
    expect(r.ignored).toEqual(["start", "_id", "_uuid", "__version__"]);
    expect(r.responses).toEqual([
      {
        instrumentId: "diagnostico-capacidad",
        instrumentVersion: "2024",
        submittedAt: "2024-05-03T14:22:10Z",
        answers: { datos_para_decisiones: ["salud", "educacion"], secretaria: "Hacienda" },
      },
    ]);
  });

  it("builds a multiple choice from Kobo's detail columns when the summary column is not exported", () => {
    const r = importAnswers(
      capacity.instrument,
      table(
        ["datos_para_decisiones/salud", "datos_para_decisiones/transito", "_submission_time"],
        [["1", "0", "2024-05-03"]],
      ),
    );
    expect(r.responses[0]?.answers).toEqual({ datos_para_decisiones: ["salud"] });
  });

  it("reads Google Forms (question text, labels joined by ', ') and Microsoft Forms (labels joined by ';')", () => {
    const g = importAnswers(
      capacity.instrument,
      table(
        [
          "Marca temporal",
          "Dirección de correo electrónico",
          "¿Cuáles son los datos que necesita para la toma de decisiones?",
        ],
        [["13/05/2024 10:15:00", "ana@ejemplo.org", "Salud, Barrios y Población, Inclusión y Género"]],
      ),
    );
    expect(g.source).toBe("google");
    expect(g.ignored).toEqual(["Dirección de correo electrónico"]);
    expect(g.responses[0]).toMatchObject({
      submittedAt: "2024-05-13",
      answers: { datos_para_decisiones: ["salud", "barrios-y-poblacion", "inclusion-y-genero"] },
    });
    const m = importAnswers(
      capacity.instrument,
      table(
        ["ID", "Start time", "Completion time", "Email", "Name", "Which data do you need to make decisions?"],
        [["1", "5/3/2024 10:00", "5/3/2024 10:05", "anonymous", "", "Health;Traffic;"]],
      ),
    );
    expect(m.source).toBe("microsoft");
    expect(m.guesses).toEqual({ dateOrder: "dmy" });
    expect(m.responses[0]).toMatchObject({
      submittedAt: "2024-03-05",
      answers: { datos_para_decisiones: ["salud", "transito"] },
    });
  });

  it("says when a two-digit year was read in this century (a guess, not a reading)", () => {
    const y = importAnswers(
      capacity.instrument,
      table(
        ["ID", "Start time", "Completion time", "Email", "Name", "Which data do you need to make decisions?"],
        [
          ["1", "13/3/24 10:00", "13/3/24 10:05", "anonymous", "", "Health;"],
          ["2", "14/3/2024 10:00", "14/3/2024 10:05", "anonymous", "", "Health;"],
        ],
      ),
    );
    expect(y.responses.map((r) => r.submittedAt)).toEqual(["2024-03-13", "2024-03-14"]);
    expect(y.guesses).toEqual({ twoDigitYears: 1 });
  });

  it("locates an unknown question (header) and an unknown choice (cell) with what was expected and found", () => {
    const r = importAnswers(
      capacity.instrument,
      table(
        ["datos_para_decisiones", "edad_encuestado", "_submission_time"],
        [["salud", "40", "2024-05-03"]],
      ),
    );
    expect(r.headerIssues).toHaveLength(1);
    const text = renderIssue(r.headerIssues[0] as never, "es", surveyIssues);
    expect(text).toContain("Fila 1, columna 2 (edad_encuestado)");
    expect(text).toContain("Columna que no es una pregunta del cuestionario");
    expect(text).toContain("«edad_encuestado»");
    const c = importAnswers(
      capacity.instrument,
      table(
        ["datos_para_decisiones", "_submission_time"],
        [
          ["salud", "2024-05-03"],
          ["salud turismo", "2024-05-04"],
        ],
      ),
    );
    expect(c.headerIssues).toEqual([]);
    expect(c.issues.map((i) => [i.type, i.rowNumber, i.fieldNumber, i.params.received])).toEqual([
      ["survey/unknown-choice", 3, 1, "turismo"],
    ]);
    expect(renderIssue(c.issues[0] as never, "en", surveyIssues)).toContain("an option of the list");
  });

  it("never prints a personal value it refuses (an invalid email is masked)", () => {
    const r = importAnswers(
      capacity.instrument,
      table(["referente_correo", "_submission_time"], [["ana.perez-en-hacienda", "2024-05-03"]]),
    );
    const text = renderIssue(r.issues[0] as never, "es", surveyIssues);
    expect(text).not.toContain("ana.perez");
    expect(text).toContain("•••");
  });

  it("needs a date when the file has no submission time, and reports an unreadable one", () => {
    const none = importAnswers(capacity.instrument, table(["datos_para_decisiones"], [["salud"]]));
    expect(none.issues.map((i) => i.type)).toEqual(["survey/bad-date"]);
    const given = importAnswers(capacity.instrument, table(["datos_para_decisiones"], [["salud"]]), {
      date: "2024-06-01",
    });
    expect(given.responses[0]?.submittedAt).toBe("2024-06-01");
    const bad = importAnswers(
      capacity.instrument,
      table(["datos_para_decisiones", "_submission_time"], [["salud", "ayer"]]),
    );
    expect(bad.issues.map((i) => [i.type, i.rowNumber, i.fieldNumber])).toEqual([["survey/bad-date", 2, 2]]);
    expect(bad.responses).toEqual([]);
  });
});

describe("reports", () => {
  const answer = (topics: string, area: string, day = "2024-05-03") => ({
    instrumentId: "diagnostico-capacidad",
    instrumentVersion: "2024",
    submittedAt: day,
    answers: { datos_para_decisiones: topics.split(" "), secretaria: area },
  });
  const round1 = [
    ...Array.from({ length: 6 }, () => answer("salud educacion", "Hacienda")),
    ...Array.from({ length: 3 }, () => answer("salud transito", "Obras")),
  ];

  it("gives demand by topic and by area, hiding topics and areas under 5 and counting from every response", () => {
    const salud = Array.from({ length: 7 }, () => answer("salud", "Salud"));
    const r = surveyReport(capacity.instrument, [...round1, ...salud], { by: "secretaria" });
    expect(r.respondents).toBe(16);
    const topics = r.questions[0]?.topics ?? [];
    expect(topics.find((t) => t.topic === "salud")).toMatchObject({ count: 16, pct: 100, hidden: false });
    expect(topics.find((t) => t.topic === "educacion")).toMatchObject({ count: 6, hidden: false });
    expect(topics.find((t) => t.topic === "transito")).toMatchObject({
      count: null,
      pct: null,
      hidden: true,
      reason: "hidden",
    });
    // Obras (3) is hidden; Hacienda (6), the next smallest, too: else 16 − 7 would give Obras' 3.
    expect(r.byArea?.areas.map((a) => [a.area, a.respondents])).toEqual([["Salud", 7]]);
    // One count of hidden areas: how many of them are small is not said (with 16 − 7 it could pin them).
    expect(r.byArea).toEqual(expect.objectContaining({ hiddenAreas: 2 }));
    expect(r.byArea).not.toHaveProperty("protectiveAreas");
    expect(JSON.stringify(r)).not.toContain("Obras");
    expect(JSON.stringify(r)).not.toContain("Hacienda");
    const saludTopics = r.byArea?.areas[0]?.questions.find(
      (q) => q.question === "datos_para_decisiones",
    )?.topics;
    expect(saludTopics?.find((t) => t.topic === "salud")).toMatchObject({ count: 7, pct: 100 });
  });

  it("hides the only other area, or the total, rather than let a small one be worked out by subtraction", () => {
    const r = surveyReport(capacity.instrument, round1, { by: "secretaria" });
    expect(r.respondents).toBe(9);
    expect(r.byArea).toMatchObject({ areas: [], hiddenAreas: 2 });
    const tiny = surveyReport(capacity.instrument, round1.slice(5), { by: "secretaria" });
    // Hacienda 1 and Obras 3: both hidden and still under 5 together, so the total is hidden as well.
    expect(tiny.respondents).toBeNull();
    expect(tiny.byArea).toMatchObject({ areas: [], hiddenAreas: 2 });
    expect(tiny.questions[0]?.topics.every((t) => t.count === null)).toBe(true);
  });

  it("hides the total when the hidden areas, though 5 or more together, would each be known to be small", () => {
    // Three areas of 2: 6 respondents, but with 3 areas of at least 1 each, none could have 5 (6 − 1 − 1 = 4).
    const three = ["Hacienda", "Obras", "Salud"].flatMap((area) =>
      Array.from({ length: 2 }, () => answer("salud", area)),
    );
    const r = surveyReport(capacity.instrument, three, { by: "secretaria" });
    expect(r.respondents).toBeNull();
    expect(r.byArea).toMatchObject({ areas: [], hiddenAreas: 3 });
    // Areas of 1 and 4 next to one of 20: together they reach 5, yet each has at least 1, so neither could
    // have 5 (the old rule stopped there). The 20 is hidden too; the total stays (any of the three could have 23).
    const skewed = [
      answer("salud", "Hacienda"),
      ...Array.from({ length: 4 }, () => answer("salud", "Obras")),
      ...Array.from({ length: 20 }, () => answer("salud", "Salud")),
    ];
    const s = surveyReport(capacity.instrument, skewed, { by: "secretaria" });
    expect(s.respondents).toBe(25);
    expect(s.byArea).toMatchObject({ areas: [], hiddenAreas: 3 });
  });

  it("compares two rounds topic by topic, never from a hidden count", () => {
    const round2 = [...round1, ...Array.from({ length: 4 }, () => answer("transito", "Obras", "2025-05-03"))];
    const changes = compareSurveyRounds(
      surveyReport(capacity.instrument, round1),
      surveyReport(capacity.instrument, round2),
    );
    expect(changes.find((c) => c.topic === "transito")).toMatchObject({
      before: null,
      after: 7,
      change: null,
    });
    expect(changes.find((c) => c.topic === "salud")).toMatchObject({ before: 9, after: 9, change: 0 });
  });

  it("scores maturity by component with the evidence missing for the next tier, and compares rounds", () => {
    if (cda.kind !== "self-assessment") throw new Error("self-assessment expected");
    const sa = cda.selfAssessment;
    const response = (answers: Record<string, string[]>, day: string) => ({
      instrumentId: "cda-autoevaluacion",
      instrumentVersion: "2024.1",
      submittedAt: day,
      answers,
    });
    // Governance: tier 2 ticked, tier 4 ticked but tier 3 missing → stays at "repetible".
    const first = maturityReport(sa, [
      response({ governance: ["gob-responsable", "gob-actas"] }, "2024-05-01"),
    ]);
    const gov = first.components.find((c) => c.id === "governance");
    expect(gov).toMatchObject({ tier: "repetible", next: "definido" });
    expect(gov?.missing.map((m) => [m.id, m.tier])).toEqual([["gob-comite", "definido"]]);
    expect(first.components.find((c) => c.id === "quality")).toMatchObject({
      tier: "inicial",
      next: "repetible",
    });
    const second = maturityReport(sa, [
      response({ governance: ["gob-responsable", "gob-comite", "gob-actas"] }, "2025-05-01"),
    ]);
    expect(second.components[0]).toMatchObject({ tier: "gestionado", next: "optimizado" });
    expect(compareMaturity(sa, first, second)[0]).toEqual({
      id: "governance",
      before: "repetible",
      after: "gestionado",
      change: 2,
    });
  });
});

describe("survey catalogs", () => {
  it("word every message and issue type in es, en and pt", () => {
    expect(checkCatalogs(surveyFormMessages)).toEqual([]);
    expect(checkIssueCatalogs(surveyIssues)).toEqual([]);
  });
});
