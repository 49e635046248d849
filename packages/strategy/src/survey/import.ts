import { createIssue, type Issue, LANGS, labelKey } from "@ciudata/core";
import { closestIds } from "../edit/update";
import type { SurveyInstrument, SurveyResponse } from "../model/people";
import { type DateOrder, guessDateOrder, parseSubmitted, twoDigitYear } from "./dates";

/** Where an answers file comes from: its layout decides how columns and multiple choices are read. */
export type AnswersSource = "kobo" | "google" | "microsoft";

/** The answers file as the table reader gives it: its header and its rows (1-based row numbers, header = 1). */
export interface AnswersTable {
  labels: readonly string[];
  rows: readonly { rowNumber: number; cells: readonly string[] }[];
}

/** Options of {@link importAnswers}. */
export interface ImportAnswersOptions {
  /** The layout; detected from the header when not given. */
  source?: AnswersSource;
  /** The order of `NN/NN/YYYY` dates; guessed from the file (and said in `guesses`) when not given. */
  dateOrder?: DateOrder;
  /** The day of every response when the file has no submission time (`YYYY-MM-DD`). */
  date?: string;
}

/** What {@link importAnswers} found: responses, or issues (a bad header is `usage`, a bad cell is data). */
export interface AnswersImport {
  source: AnswersSource;
  responses: SurveyResponse[];
  /** Problems with the columns (unknown questions or choices): the file does not fit the questionnaire. */
  headerIssues: Issue[];
  /** Problems with answers (an unknown choice in a cell, a number that is not one, an unreadable date). */
  issues: Issue[];
  /** Columns read as metadata and left out (`_id`, `_uuid`, `Email`…): named, never copied. */
  ignored: string[];
  /** What was guessed rather than read (the day/month order of dates), to say to the user. */
  guesses: { dateOrder?: DateOrder; twoDigitYears?: number };
}

type Column =
  | { kind: "question"; name: string }
  | { kind: "detail"; name: string; choice: string }
  | { kind: "submitted" }
  | { kind: "ignored" }
  | { kind: "unknown" };

const KOBO_META =
  /^(_|__version__$|meta\/|formhub\/)|^(start|end|today|deviceid|username|phonenumber|simserial|subscriberid|audit|instanceID)$/;
const SUBMITTED = new Set(
  [
    "_submission_time",
    "Timestamp",
    "Marca temporal",
    "Carimbo de data/hora",
    "Completion time",
    "Hora de finalización",
    "Hora de conclusão",
    "SubmissionDate",
  ].map(labelKey),
);
const FORM_META = new Set(
  [
    "Email Address",
    "Dirección de correo electrónico",
    "Endereço de e-mail",
    "ID",
    "Id",
    "Start time",
    "Hora de inicio",
    "Hora de início",
    "Email",
    "Correo electrónico",
    "Name",
    "Nombre",
    "Nome",
    "Last modified time",
    "Hora de la última modificación",
    "Hora da última modificação",
    "Total points",
    "Quiz feedback",
    "KEY",
  ].map(labelKey),
);

/** The layout of an answers file from its header: Kobo's `_uuid`/`_submission_time`, Microsoft's start/completion times, else Google. */
export function detectSource(labels: readonly string[]): AnswersSource {
  const keys = new Set(labels.map(labelKey));
  if (labels.some((l) => l === "_uuid" || l === "_submission_time" || l === "_id")) return "kobo";
  if (["start_time", "hora_de_inicio", "hora_de_inicio"].some((k) => keys.has(k)) && keys.has("id"))
    return "microsoft";
  if (["timestamp", "marca_temporal", "carimbo_de_data_hora"].includes(labelKey(labels[0] ?? "")))
    return "google";
  return "kobo";
}

/** The choice a written answer names: its name, or its label in any language (accents and case aside). */
function choiceIndex(instrument: SurveyInstrument): Map<string, Map<string, string>> {
  const byList = new Map<string, Map<string, string>>();
  for (const [list, items] of Object.entries(instrument.choiceLists)) {
    const m = new Map<string, string>();
    for (const c of items) {
      m.set(c.name, c.name);
      for (const lang of LANGS) if (c.label[lang]) m.set(labelKey(c.label[lang] as string), c.name);
    }
    byList.set(list, m);
  }
  return byList;
}

/**
 * Reads answers exported from KoboToolbox / ODK (XML values and headers: question names, `group/question`
 * paths, multiple choices space-separated and one `question/choice` 1/0 column per choice, `_id`, `_uuid`,
 * `_submission_time`), Google Forms (question text as header, multiple choices joined by `, `) or Microsoft
 * Forms (question text, multiple choices joined by `;`) into responses to the instrument. Columns are mapped
 * by name or by question text in any language, never by position; every unknown question, unknown choice or
 * invalid answer comes back located (row, column, expected, found). Metadata columns are left out.
 *
 * @example
 * ```ts
 * const r = importAnswers(instrument, { labels: ["datos_para_decisiones", "_submission_time"], rows: [{ rowNumber: 2, cells: ["salud educacion", "2024-05-03T14:00:00"] }] });
 * r.responses[0]?.answers; //=> { datos_para_decisiones: ["salud", "educacion"] }
 * ```
 */
export function importAnswers(
  instrument: SurveyInstrument,
  table: AnswersTable,
  options: ImportAnswersOptions = {},
): AnswersImport {
  const source = options.source ?? detectSource(table.labels);
  const questions = new Map(instrument.questions.filter((q) => q.type !== "note").map((q) => [q.name, q]));
  const byLabel = new Map<string, string>();
  for (const q of questions.values())
    for (const lang of LANGS) if (q.label[lang]) byLabel.set(labelKey(q.label[lang] as string), q.name);
  const choices = choiceIndex(instrument);
  const headerIssues: Issue[] = [];
  const ignored: string[] = [];
  const listOf = (name: string) =>
    choices.get(questions.get(name)?.listName ?? "") ?? new Map<string, string>();

  const columns: Column[] = table.labels.map((raw, i): Column => {
    const label = raw.trim();
    if (label === "") return { kind: "ignored" };
    if (SUBMITTED.has(labelKey(label))) return { kind: "submitted" };
    if (questions.has(label)) return { kind: "question", name: label };
    const byText = byLabel.get(labelKey(label));
    if (byText) return { kind: "question", name: byText };
    const parts = label.split("/");
    const last = parts.at(-1) as string;
    // `question/choice` (a detail column) or `group/question` (a question inside a group).
    const parent = parts.at(-2);
    if (parent !== undefined && questions.get(parent)?.type === "select_multiple") {
      const choice = listOf(parent).get(last);
      if (choice !== undefined) return { kind: "detail", name: parent, choice };
      headerIssues.push(
        located("survey/unknown-choice", 1, i + 1, label, "choice", last, [
          ...new Set(listOf(parent).values()),
        ]),
      );
      return { kind: "unknown" };
    }
    if (parts.length > 1 && questions.has(last)) return { kind: "question", name: last };
    if (KOBO_META.test(label) || FORM_META.has(labelKey(label)) || /^(Points|Feedback) - /.test(label)) {
      ignored.push(label);
      return { kind: "ignored" };
    }
    headerIssues.push(
      located("survey/unknown-question", 1, i + 1, label, "question", label, [...questions.keys()]),
    );
    return { kind: "unknown" };
  });
  if (!columns.some((c) => c.kind === "question" || c.kind === "detail"))
    headerIssues.push(
      createIssue("survey/no-questions", {
        rowNumber: 1,
        params: { expected: "question", hint: [...questions.keys()].join(", ") },
        note: "no column is a question of the questionnaire",
      }),
    );
  const submittedAt = columns.findIndex((c) => c.kind === "submitted");
  const dates = submittedAt === -1 ? [] : table.rows.map((r) => r.cells[submittedAt] ?? "");
  const guessed = options.dateOrder === undefined ? guessDateOrder(dates) : undefined;
  const dateOrder = options.dateOrder ?? guessed?.order ?? "dmy";
  const result: AnswersImport = {
    source,
    responses: [],
    headerIssues,
    issues: [],
    ignored,
    guesses: guessed?.guessed ? { dateOrder } : {},
  };
  if (headerIssues.length) return result;
  if (submittedAt === -1 && options.date === undefined) {
    result.issues.push(
      createIssue("survey/bad-date", {
        rowNumber: 1,
        params: { expected: "submission-date", hint: "--date YYYY-MM-DD" },
        note: "no submission time column and no date given",
      }),
    );
    return result;
  }

  for (const { rowNumber, cells } of table.rows) {
    if (cells.every((c) => c.trim() === "")) continue;
    const answers: SurveyResponse["answers"] = {};
    const details = new Map<string, string[]>();
    const summarised = new Set<string>();
    let day = options.date;
    for (const [i, column] of columns.entries()) {
      const cell = (cells[i] ?? "").trim();
      const at = (type: string, expected: string, received: string, known: string[] = []) =>
        result.issues.push(located(type, rowNumber, i + 1, table.labels[i] ?? "", expected, received, known));
      if (column.kind === "submitted") {
        const d = parseSubmitted(cell, dateOrder, source === "kobo");
        if (d === undefined) at("survey/bad-date", "submission-date", cell);
        else {
          day = d;
          if (twoDigitYear(cell)) result.guesses.twoDigitYears = (result.guesses.twoDigitYears ?? 0) + 1;
        }
        continue;
      }
      if (column.kind === "detail") {
        if (cell === "" || cell === "0" || /^false$/i.test(cell)) continue;
        if (cell === "1" || /^true$/i.test(cell))
          details.set(column.name, [...(details.get(column.name) ?? []), column.choice]);
        else at("survey/bad-answer", "zero-one", cell);
        continue;
      }
      if (column.kind !== "question" || cell === "") continue;
      const q = questions.get(column.name);
      if (!q) continue;
      if (q.type === "select_one" || q.type === "select_multiple") {
        const list = listOf(q.name);
        const known = [...new Set(list.values())];
        const words = q.type === "select_one" ? [cell] : splitChoices(cell, source, list);
        const picked: string[] = [];
        for (const w of words) {
          const name = list.get(w) ?? list.get(labelKey(w));
          if (name === undefined) at("survey/unknown-choice", "choice", w, known);
          else if (!picked.includes(name)) picked.push(name);
        }
        if (q.type === "select_one") {
          if (picked[0] !== undefined) answers[q.name] = picked[0];
        } else {
          answers[q.name] = picked;
          summarised.add(q.name);
        }
      } else if (q.type === "integer") {
        if (/^[-+]?\d+$/.test(cell)) answers[q.name] = Number(cell);
        else at("survey/bad-answer", "integer", cell);
      } else if (q.type === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(cell)) {
        // A personal value: said to be wrong, never printed.
        result.issues.push({
          ...located("survey/bad-answer", rowNumber, i + 1, table.labels[i] ?? "", "email", "•••"),
          params: { expected: "email", received: "•••", masked: true },
        });
      } else answers[q.name] = cell;
    }
    // Kobo's detail columns answer a multiple choice when its summary column is not in the file.
    for (const [name, picked] of details) if (!summarised.has(name)) answers[name] = picked;
    if (day === undefined) continue;
    result.responses.push({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      submittedAt: day,
      answers,
    });
  }
  return result;
}

/**
 * The choices of a multiple-choice cell: space-separated names (Kobo), labels joined by `;` (Microsoft),
 * or labels joined by `, ` (Google: a label may hold a comma, so known labels are matched longest first).
 */
function splitChoices(cell: string, source: AnswersSource, list: Map<string, string>): string[] {
  if (source === "microsoft")
    return cell
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
  if (source === "kobo")
    return list.has(labelKey(cell)) && /\s/.test(cell) ? [cell] : cell.split(/\s+/).filter(Boolean);
  const parts = cell.split(", ");
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = parts.length;
    while (j > i + 1 && !list.has(labelKey(parts.slice(i, j).join(", ")))) j--;
    out.push(parts.slice(i, j).join(", ").trim());
    i = j;
  }
  return out.filter(Boolean);
}

/** A located issue of an answers file: row, column (number and header), expected, found, the closest known names. */
function located(
  type: string,
  row: number,
  column: number,
  header: string,
  expected: string,
  received: string,
  known: readonly string[] = [],
): Issue {
  const close = closestIds(received, known);
  const hint = close.length ? `${close.join(", ")}?` : known.length ? known.join(", ") : undefined;
  return createIssue(type, {
    rowNumber: row,
    fieldNumber: column,
    fieldName: header,
    params: { expected, received, ...(hint === undefined ? {} : { hint }) },
    note: `row ${row}, column ${column} (${header}): expected ${expected}, received ${received}`,
  });
}
