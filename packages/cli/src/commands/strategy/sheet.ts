// The strategy spreadsheet's columns (one row per action) with their headers in es, en and pt, and one row
// read into an action: each bad cell located (row, column, expected, found, what to do).
import { type Issue, type Lang, labelKey, translator } from "@ciudata/core";
import type { ActionStatus } from "@ciudata/strategy";
import { strategyMessages } from "../../messages/strategy";
import { suggest } from "../../suggest";
import { rowIssue } from "../inventory/columns";

interface Column {
  key: string;
  headers: string[];
  required?: boolean;
}

const col = (key: string, headers: string[], required = false): Column => ({
  key,
  headers,
  ...(required ? { required } : {}),
});

/** The columns, in the order the export writes them (first header of each: Spanish). */
export const SHEET_COLUMNS: readonly Column[] = [
  col("pillar", ["eje", "pilar", "pillar", "eixo"], true),
  col("aspiration", ["aspiracion", "aspiration", "aspiracao"]),
  col("id", ["id_accion", "id", "action_id", "id_acao"], true),
  col("title", ["accion", "titulo", "action", "title", "acao"], true),
  col("owners", ["responsables", "owners", "responsaveis", "quien_lo_hara"]),
  col("status", ["estado", "status", "situacao", "donde_estamos"]),
  col("start", ["inicio", "start", "fecha_inicio", "start_date", "data_inicio"]),
  col("deadline", ["plazo", "deadline", "prazo", "cuando"]),
];

const BY_HEADER = new Map<string, string>();
for (const c of SHEET_COLUMNS) for (const h of [c.key, ...c.headers]) BY_HEADER.set(labelKey(h), c.key);

/** Status words in es, en and pt (as `labelKey` folds them) to statuses. */
const STATUS_WORDS: Record<string, ActionStatus> = {};
const words: [ActionStatus, string[]][] = [
  [
    "not_started",
    [
      "not_started",
      "no_iniciada",
      "no_iniciado",
      "no_se_ha_iniciado",
      "not_started",
      "nao_iniciada",
      "pendiente",
    ],
  ],
  [
    "in_progress",
    ["in_progress", "en_curso", "iniciado", "iniciada", "en_progreso", "em_andamento", "iniciada"],
  ],
  [
    "complete",
    ["complete", "completo", "completa", "completed", "done", "concluida", "concluido", "terminada"],
  ],
  ["on_hold", ["on_hold", "en_pausa", "pausada", "em_pausa"]],
  ["cancelled", ["cancelled", "canceled", "cancelada", "cancelado"]],
];
for (const [status, list] of words) for (const w of list) STATUS_WORDS[w] = status;

/** A located problem of the sheet (`strategy/import-row`, `strategy/import-columns`), worded like the inventory's. */
export function sheetIssue(
  type: "strategy/import-row" | "strategy/import-columns",
  at: { row: number | null; column: number | null; name: string | null },
  expected: string,
  received: string | undefined,
  hint: string,
): Issue {
  return rowIssue(type, at, expected, received, hint);
}

type HintKey =
  | "hint.renameColumn"
  | "hint.columns"
  | "hint.addColumn"
  | "hint.required"
  | "hint.slug"
  | "hint.status"
  | "hint.date"
  | "hint.deadline";

/** What to do about a problem, in the user's language. */
const hint = (lang: Lang, key: HintKey): string => translator(strategyMessages, lang).t(key);

/** The key of each header (`null` for an empty header) and the problems: unknown or missing columns. */
export function mapSheetHeader(
  labels: readonly string[],
  lang: Lang,
): { keys: (string | null)[]; issues: Issue[] } {
  const keys = labels.map((label) => BY_HEADER.get(labelKey(label)) ?? null);
  // Headers the sheet has but no column is known by: named, with the closest known header when there is one.
  const issues = labels.flatMap((label, i) => {
    if (keys[i] !== null || label.trim() === "") return [];
    const close = suggest(labelKey(label), [...BY_HEADER.keys()]);
    const what = close ? `${hint(lang, "hint.renameColumn")} «${close}»` : hint(lang, "hint.columns");
    return [
      sheetIssue(
        "strategy/import-columns",
        { row: 1, column: i + 1, name: label },
        "sheet-columns",
        label,
        what,
      ),
    ];
  });
  // Required columns the header lacks: one problem each, pointing at the header row.
  const absent = SHEET_COLUMNS.filter((x) => x.required && !keys.includes(x.key)).map((c) => {
    const name = c.headers[0] as string;
    const at = { row: 1, column: null, name };
    return sheetIssue(
      "strategy/import-columns",
      at,
      "sheet-columns",
      undefined,
      `${hint(lang, "hint.addColumn")} «${name}»`,
    );
  });
  issues.push(...absent);
  return { keys, issues };
}

/** One row's values by key, and where each came from. */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
  at: Record<string, { row: number; column: number; name: string }>;
}

/** A row's non-empty cells by column key. */
export function sheetRow(
  cells: readonly string[],
  keys: readonly (string | null)[],
  labels: readonly string[],
  row: number,
): SheetRow {
  const values: Record<string, string> = {};
  const at: SheetRow["at"] = {};
  keys.forEach((k, i) => {
    const cell = (cells[i] ?? "").trim();
    if (k === null || cell === "") return;
    values[k] = cell;
    at[k] = { row, column: i + 1, name: labels[i] ?? k };
  });
  return { row, values, at };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A row's problems: required cells, the id's shape, the status word, the start date and the deadline. */
export function rowProblems(
  r: SheetRow,
  keys: readonly (string | null)[],
  lang: Lang,
  isDate: (s: string) => boolean,
): Issue[] {
  const issues: Issue[] = [];
  const bad = (key: string, expected: string, what: HintKey) =>
    issues.push(
      sheetIssue(
        "strategy/import-row",
        r.at[key] ?? { row: r.row, column: null, name: key },
        expected,
        r.values[key],
        hint(lang, what),
      ),
    );
  for (const c of SHEET_COLUMNS.filter((x) => x.required && r.values[x.key] === undefined))
    issues.push(
      sheetIssue(
        "strategy/import-row",
        { row: r.row, column: keys.indexOf(c.key) + 1 || null, name: c.headers[0] as string },
        "required",
        undefined,
        hint(lang, "hint.required"),
      ),
    );
  const v = r.values;
  if (v.id !== undefined && !SLUG.test(v.id)) bad("id", "slug", "hint.slug");
  if (v.status !== undefined && statusOf(v.status) === undefined) bad("status", "status", "hint.status");
  if (v.start !== undefined && !isDate(v.start)) bad("start", "date", "hint.date");
  if (v.deadline !== undefined) {
    const [from, to, extra] = v.deadline.split("/").map((s) => s.trim());
    const ok =
      extra === undefined &&
      MONTH.test(from ?? "") &&
      (to === undefined || (MONTH.test(to) && (from as string) <= to));
    if (!ok) bad("deadline", "deadline", "hint.deadline");
  }
  return issues;
}

/** The status a cell names, in any of the three languages (or the status ids). */
export function statusOf(cell: string): ActionStatus | undefined {
  return STATUS_WORDS[labelKey(cell)];
}
