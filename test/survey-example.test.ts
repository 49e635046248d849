import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  asInstrument,
  parseQuestionnaire,
  questionnairePreset,
  type SurveyInstrument,
  surveyFormHtml,
  xlsFormSheets,
} from "../packages/strategy/src/index";
import { openTable } from "../packages/table/src/index";
import { openPath } from "../packages/table/src/node/index";

// examples/survey holds the forms `generate.mjs` writes with the CLI: they must be what the current code
// writes (regenerate them with `pnpm build && node examples/survey/generate.mjs` when this fails).

const EXAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), "../examples/survey");
const FORMS = { "mendoza-capacidad": "capacidad-mendoza", "cda-autoevaluacion": "autoevaluacion-cda" };

function instrumentOf(preset: string): SurveyInstrument {
  const r = parseQuestionnaire(questionnairePreset(preset));
  if (!r.ok) throw new Error(`${preset} does not parse`);
  const q = r.questionnaire;
  return q.kind === "self-assessment" ? asInstrument(q.selfAssessment) : q.instrument;
}

const trim = (cells: readonly (string | null)[]) => {
  const out = cells.map((c) => c ?? "");
  while (out.length && out.at(-1) === "") out.pop();
  return out;
};

describe.each(Object.entries(FORMS))("examples/survey: %s", (preset, name) => {
  beforeAll(async () => {
    await import("../packages/table/src/node/index");
  }, 600_000);

  it("the editable questionnaire is the built-in one", async () => {
    const json = JSON.parse(await readFile(join(EXAMPLE, `${name}.json`), "utf8"));
    expect(json).toEqual(questionnairePreset(preset));
  });

  it("the HTML form is what surveyFormHtml writes in Spanish", async () => {
    expect(await readFile(join(EXAMPLE, `${name}.html`), "utf8")).toBe(
      surveyFormHtml(instrumentOf(preset), "es"),
    );
  });

  it("every sheet of the XLSForm reads back as xlsFormSheets writes it", async () => {
    for (const sheet of xlsFormSheets(instrumentOf(preset), { defaultLanguage: "es" })) {
      const table = await openTable({
        ...(await openPath(join(EXAMPLE, `${name}.xlsx`))),
        sheet: sheet.name,
      });
      expect(table.labels).toEqual(sheet.header);
      const rows: string[][] = [];
      for await (const r of table.rows()) rows.push(trim(r.cells));
      expect(rows).toEqual(sheet.rows.map(trim));
    }
  });
});
