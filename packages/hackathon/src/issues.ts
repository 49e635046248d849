import { describeReceived, formatPath, type Lang, valueAt } from "@ciudata/table";
import type { z } from "zod";

/**
 * One problem in a hackathon file, as plain data: where (`path`), what was expected, what was found and
 * a good value to copy. Render it with {@link renderIssue} in es, en or pt.
 */
export interface HackathonIssue {
  /** Where: `scores[3].values.impacto` (empty for the whole file). */
  path: string;
  /** A code for what was expected (`slug`, `date`, `on-scale`, `known-judge`…). */
  expected: string;
  /** Extra detail: the allowed values, the known ids… */
  detail?: string;
  /** What the file has there, as JSON (cut at 80 characters), or `nothing`. */
  received: string;
  /** A good value to copy. */
  example: string;
  /** A short technical note in English, stable for logs and tests. */
  note: string;
}

type Phrase = Record<Lang, string>;

const EXPECTED: Record<string, Phrase> = {
  required: { es: "un valor (falta)", en: "a value (it is missing)", pt: "um valor (falta)" },
  slug: {
    es: "un id en minúsculas con guiones",
    en: "a lowercase id with hyphens",
    pt: "um id em minúsculas com hifens",
  },
  date: { es: "una fecha AAAA-MM-DD", en: "a date YYYY-MM-DD", pt: "uma data AAAA-MM-DD" },
  url: { es: "una URL http(s)", en: "an http(s) URL", pt: "uma URL http(s)" },
  string: { es: "un texto", en: "a text", pt: "um texto" },
  number: { es: "un número", en: "a number", pt: "um número" },
  object: { es: "un objeto JSON", en: "a JSON object", pt: "um objeto JSON" },
  array: { es: "una lista", en: "a list", pt: "uma lista" },
  "non-empty": { es: "un valor no vacío", en: "a non-empty value", pt: "um valor não vazio" },
  positive: { es: "un número mayor que 0", en: "a number greater than 0", pt: "um número maior que 0" },
  "one-of": { es: "uno de", en: "one of", pt: "um de" },
  "known-key": { es: "una clave conocida", en: "a known key", pt: "uma chave conhecida" },
  "unique-id": { es: "un id que no se repita", en: "an id used only once", pt: "um id que não se repita" },
  "stage-order": {
    es: "las etapas en orden definir → validar → idear → prototipar → testear → caso → panel, sin repetir",
    en: "the stages in order definir → validar → idear → prototipar → testear → caso → panel, none repeated",
    pt: "as etapas em ordem definir → validar → idear → prototipar → testear → caso → panel, sem repetir",
  },
  "gate-order": {
    es: "una fecha de cierre no anterior a la de la etapa previa",
    en: "a gate date not before the previous stage's",
    pt: "uma data de fechamento não anterior à da etapa anterior",
  },
  "scale-range": { es: "max mayor que min", en: "max greater than min", pt: "max maior que min" },
  "known-criterion": {
    es: "el id de un criterio de la rúbrica",
    en: "the id of a rubric criterion",
    pt: "o id de um critério da rubrica",
  },
  "known-judge": {
    es: "el id de un jurado declarado",
    en: "a declared judge's id",
    pt: "o id de um jurado declarado",
  },
  "known-submission": {
    es: "el id de una entrega declarada",
    en: "a declared submission's id",
    pt: "o id de uma entrega declarada",
  },
  "on-scale": {
    es: "un valor de la escala del criterio",
    en: "a value on the criterion's scale",
    pt: "um valor da escala do critério",
  },
  "one-sheet": {
    es: "una sola planilla por jurado y entrega",
    en: "one sheet per judge and submission",
    pt: "uma só planilha por jurado e entrega",
  },
  rubric: {
    es: "una rúbrica (en el archivo o con --rubric)",
    en: "a rubric (in the file or with --rubric)",
    pt: "uma rubrica (no arquivo ou com --rubric)",
  },
  json: { es: "JSON válido", en: "valid JSON", pt: "JSON válido" },
  value: { es: "un valor válido", en: "a valid value", pt: "um valor válido" },
};

const EXAMPLES: Record<string, string> = {
  "": '{"judges": [{"id": "ana"}], "submissions": [{"id": "mapa-reclamos"}], "scores": […]}',
  id: '"id": "equipo-norte"',
  judge: '"judge": "ana"',
  submission: '"submission": "mapa-reclamos"',
  judges: '"judges": [{"id": "ana", "conflicts": ["equipo-norte"]}]',
  submissions: '"submissions": [{"id": "mapa-reclamos", "teamId": "equipo-norte"}]',
  scores: '"scores": [{"judge": "ana", "submission": "mapa-reclamos", "values": {"impacto": 5}}]',
  values: '"values": {"impacto": 5, "tecnica": 3}',
  criteria: '"criteria": [{"id": "impacto", "name": {"es": "Impacto"}, "weight": 3, "scale": [1, 3, 5]}]',
  weight: '"weight": 3',
  scale: '"scale": [1, 3, 5] (o/or {"min": 0, "max": 10})',
  max: '"scale": {"min": 0, "max": 10}',
  tieBreaker: '"tieBreaker": "impacto"',
  rubric:
    '"rubric": {"criteria": [{"id": "impacto", "name": {"es": "Impacto"}, "weight": 3}], "tieBreaker": "impacto"}',
  name: '"name": {"es": "Impacto"}',
  title: '"title": {"es": "Reclamos que se resuelven a tiempo"}',
  problem: '"problem": {"es": "Los reclamos de alumbrado tardan semanas en cerrarse…"}',
  es: '"es": "Impacto"',
  owner: '"owner": {"orgUnitId": "atencion-ciudadana", "name": "Dirección de Atención Ciudadana"}',
  orgUnitId: '"orgUnitId": "atencion-ciudadana"',
  portal: '"portal": "https://ckan.ciudaddemendoza.gov.ar"',
  datasets: '"datasets": [{"id": "solicitudes"}]',
  stages: '"stages": [{"stage": "definir", "gate": "2026-03-01"}, {"stage": "panel", "gate": "2026-06-30"}]',
  stage: '"stage": "prototipar"',
  gate: '"gate": "2026-05-15"',
  actionIds: '"actionIds": ["plataforma-de-datos-abiertos"]',
  indicatorIds: '"indicatorIds": ["datasets-publicados"]',
  repository: '"repository": "https://github.com/equipo-norte/mapa-reclamos"',
  demo: '"demo": "https://equipo-norte.github.io/mapa-reclamos"',
  license: '"license": "Apache-2.0"',
  status: '"status": "submitted"',
  teamId: '"teamId": "equipo-norte"',
  challengeId: '"challengeId": "reclamos-a-tiempo"',
  conflicts: '"conflicts": ["equipo-norte"]',
};

function exampleAt(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === "string" && EXAMPLES[k] !== undefined) return EXAMPLES[k];
  }
  return EXAMPLES[""] as string;
}

/**
 * Builds an issue for `path` of `input`, reading what is there.
 * @internal
 */
export function issueAt(
  input: unknown,
  path: readonly PropertyKey[],
  expected: string,
  detail?: string,
  received?: unknown,
): HackathonIssue {
  const where = formatPath(path);
  const got = describeReceived(received === undefined ? valueAt(input, path) : received);
  return {
    path: where,
    expected,
    ...(detail === undefined ? {} : { detail }),
    received: got,
    example: exampleAt(path),
    note: `${where || "file"}: expected ${expected}${detail ? ` (${detail})` : ""}, received ${got}`,
  };
}

/** @internal */
export function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): HackathonIssue {
  const path = issue.path as PropertyKey[];
  if (EXPECTED[issue.message] !== undefined && issue.code !== "invalid_type")
    return issueAt(input, path, issue.message);
  switch (issue.code) {
    case "unrecognized_keys":
      return issueAt(input, [...path, issue.keys[0] ?? ""], "known-key");
    case "invalid_type":
      if (valueAt(input, path) === undefined) return issueAt(input, path, "required");
      return issueAt(input, path, EXPECTED[issue.expected] ? issue.expected : "value");
    case "invalid_value":
      return issueAt(input, path, "one-of", issue.values.map((v) => JSON.stringify(v)).join(", "));
    case "too_small":
      if (issue.origin === "number") return issueAt(input, path, "positive");
      return issueAt(input, path, "non-empty");
    default:
      return issueAt(input, path, "value");
  }
}

const WORDS: Record<Lang, { file: string; expected: string; received: string; example: string }> = {
  es: { file: "archivo", expected: "se esperaba", received: "se encontró", example: "ejemplo" },
  en: { file: "file", expected: "expected", received: "received", example: "example" },
  pt: { file: "arquivo", expected: "esperava-se", received: "encontrado", example: "exemplo" },
};

/**
 * Renders an issue as one sentence in a language: where, what was expected, what was found, an example.
 *
 * @example
 * ```ts
 * renderIssue({ path: "scores[0].values.impacto", expected: "on-scale", detail: "1, 3, 5",
 *   received: "4", example: '"values": {"impacto": 5}', note: "" }, "es");
 * //=> 'scores[0].values.impacto: se esperaba un valor de la escala del criterio (1, 3, 5); se encontró 4; ejemplo: "values": {"impacto": 5}.'
 * ```
 */
export function renderIssue(issue: HackathonIssue, lang: Lang = "es"): string {
  const w = WORDS[lang];
  const what = EXPECTED[issue.expected]?.[lang] ?? issue.expected;
  const detail = issue.detail ? ` (${issue.detail})` : "";
  return `${issue.path || w.file}: ${w.expected} ${what}${detail}; ${w.received} ${issue.received}; ${w.example}: ${issue.example}.`;
}

/** Thrown by the `parse*` functions and by {@link rank} when the input is not valid; carries every issue. */
export class HackathonError extends Error {
  override readonly name = "HackathonError";
  /** Every problem found, located. */
  readonly issues: readonly HackathonIssue[];

  constructor(issues: readonly HackathonIssue[]) {
    super(issues.map((i) => i.note).join("\n") || "invalid hackathon input");
    this.issues = issues;
  }
}
