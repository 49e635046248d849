// The data programme's own files, bundled into the page and read with the libraries: the inventory
// (examples/inventory/inventario.json, after its two dated reviews), the capacity survey's answers and the
// CDA self-assessment's answers as KoboToolbox exports them (examples/survey). No number is typed here.
import {
  type InventoryReport,
  importAnswers,
  inventoryReport,
  type MaturityReport,
  maturityReport,
  parseInventory,
  parseQuestionnaire,
  type Questionnaire,
  type SurveyReport,
  surveyReport,
} from "@ciudata/strategy";
import { openTable } from "@ciudata/table";
import inventoryFile from "../../inventory/inventario.json";
import selfAssessmentFile from "../../survey/autoevaluacion-cda.json";
import capacityFile from "../../survey/capacidad-mendoza.json";
import selfAssessmentCsv from "../../survey/respuestas-autoevaluacion-kobo.csv?raw";
import capacityCsv from "../../survey/respuestas-capacidad-kobo.csv?raw";

/** The question of the capacity survey that holds the respondent's area. */
export const AREA_QUESTION = "secretaria";

function questionnaire(input: unknown): Questionnaire {
  const parsed = parseQuestionnaire(input);
  if (!parsed.ok) throw new Error(`questionnaire: ${parsed.issues.map((i) => i.note).join("; ")}`);
  return parsed.questionnaire;
}

async function answers(q: Questionnaire, csv: string) {
  const table = await openTable(csv);
  const rows: { rowNumber: number; cells: string[] }[] = [];
  for await (const { rowNumber, cells } of table.rows()) rows.push({ rowNumber, cells: [...cells] });
  const imported = importAnswers(q.instrument, { labels: table.labels, rows });
  const problems = [...imported.headerIssues, ...imported.issues];
  if (problems.length) throw new Error(`answers: ${problems.map((i) => i.note).join("; ")}`);
  return imported.responses;
}

/** The inventory's report as of a day (reviews dated after it are left out). */
export function inventoryFigures(asOf: string): InventoryReport {
  const parsed = parseInventory(inventoryFile);
  if (!parsed.ok) throw new Error(`inventory: ${parsed.issues.map((i) => i.note).join("; ")}`);
  return inventoryReport(parsed.inventory, asOf);
}

/** A text in the questionnaire's languages. */
export type Label = { es: string; en?: string | undefined; pt?: string | undefined };

/** Demand by topic and by area (groups under 5 hidden) of the capacity survey's answers, and the topics' labels. */
export async function capacityFigures(): Promise<{ report: SurveyReport; topics: Map<string, Label> }> {
  const q = questionnaire(capacityFile);
  const topics = new Map<string, Label>();
  for (const list of Object.values(q.instrument.choiceLists))
    for (const c of list) topics.set(c.name, c.label);
  return { report: surveyReport(q.instrument, await answers(q, capacityCsv), { by: AREA_QUESTION }), topics };
}

/** The CDA self-assessment scored from its latest answer: the tier of each component, what the next needs. */
export async function maturityFigures(): Promise<{ report: MaturityReport; tiers: Map<string, Label> }> {
  const q = questionnaire(selfAssessmentFile);
  if (q.kind !== "self-assessment") throw new Error("autoevaluacion-cda.json is not a self-assessment");
  const tiers = new Map<string, Label>(q.selfAssessment.tiers.map((t) => [t.id, t.title]));
  return { report: maturityReport(q.selfAssessment, await answers(q, selfAssessmentCsv)), tiers };
}
