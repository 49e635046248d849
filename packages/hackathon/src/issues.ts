import {
  CiudataError,
  createIssue,
  describeValue,
  type Expectation,
  formatPath,
  fromZodIssues,
  type Issue,
  type Lang,
  renderIssue as renderWith,
  valueAt,
  type ZodIssueLike,
} from "@ciudata/core";
import { hackathonIssues } from "./messages/issues";

/** Kinds of problems a hackathon file can have (the `type` of its issues). */
export type HackathonIssueType =
  | "hackathon/invalid-json"
  | "hackathon/schema"
  | "hackathon/duplicate-id"
  | "hackathon/missing-reference"
  | "hackathon/score"
  | "hackathon/unknown-action"
  | "hackathon/unknown-dataset"
  | "hackathon/license"
  | "hackathon/conflict-scored"
  | "hackathon/missing-score"
  | "hackathon/missing-sheet";

/** Codes the schemas put in their messages (`{ message: "stage-order" }`), worded in `hackathonIssues`. */
const SCHEMA_CODES = new Set([
  "slug",
  "date",
  "url",
  "stage-order",
  "gate-order",
  "scale-range",
  "known-criterion",
  "unique-id",
  "rubric",
]);

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
  scale: '"scale": [1, 3, 5] | {"min": 0, "max": 10}',
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
  followUps:
    '"followUps": [{"id": "piloto", "challengeId": "reclamos-a-tiempo", "commitment": {"es": "Piloto de 3 meses"}, "owner": "Dirección de Atención Ciudadana", "due": "2026-09-30"}]',
};

function exampleAt(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === "string" && EXAMPLES[k] !== undefined) return EXAMPLES[k];
  }
  return EXAMPLES[""] as string;
}

/**
 * Builds an issue for `path` of `input`, reading what is there (or `received` when given).
 * @internal
 */
export function issueAt(
  type: HackathonIssueType,
  input: unknown,
  path: readonly PropertyKey[],
  expected: string,
  detail?: string,
  received?: unknown,
): Issue {
  const where = formatPath(path);
  const value = received === undefined ? valueAt(input, path) : received;
  const got = value === undefined ? undefined : describeValue(value);
  return createIssue(type, {
    params: {
      path: where,
      expected,
      ...(detail === undefined ? {} : { detail }),
      ...(got === undefined ? {} : { received: got }),
      example: exampleAt(path),
    },
    note: `${where || "file"}: expected ${expected}${detail ? ` (${detail})` : ""}, received ${got ?? "nothing"}`,
  });
}

function expectation(
  issue: ZodIssueLike,
  input: unknown,
  path: readonly PropertyKey[],
): Expectation | undefined {
  if (SCHEMA_CODES.has(issue.message) && issue.code !== "invalid_type") return { code: issue.message };
  switch (issue.code) {
    case "unrecognized_keys":
      return { code: "known-key" };
    case "invalid_type":
      return valueAt(input, path) === undefined ? { code: "required" } : undefined;
    case "too_small":
      return { code: issue.origin === "number" ? "positive" : "non-empty" };
    default:
      return undefined;
  }
}

/**
 * zod issues as hackathon issues: an unknown key is located at the key itself; an absent value is said
 * by `expected` (`required`), not shown as found.
 * @internal
 */
export function fromZod(issues: readonly ZodIssueLike[], input: unknown): Issue[] {
  const located = issues.map((i) =>
    i.code === "unrecognized_keys" ? { ...i, path: [...i.path, i.keys?.[0] ?? ""] } : i,
  );
  return fromZodIssues(located, input, {
    type: "hackathon/schema",
    example: exampleAt,
    expect: (i, path) => expectation(i, input, path),
  }).map((issue) => {
    if (issue.params.received !== "nothing") return issue;
    const { received: _, ...params } = issue.params;
    return { ...issue, params };
  });
}

/**
 * Renders an issue of a hackathon file as one sentence in a language (the kernel's `renderIssue` with
 * {@link hackathonIssues}): where, what failed, what was expected, an example and what was found.
 *
 * @example
 * ```ts
 * renderIssue(issue, "es");
 * //=> 'En scores[0].values.impacto: Puntaje inválido; se esperaba: un valor de la escala del criterio: 1, 3, 5; ejemplo válido: "values": {"impacto": 5, "tecnica": 3}; se encontró: «4».'
 * ```
 */
export function renderIssue(issue: Issue, lang: Lang = "es"): string {
  return renderWith(issue, lang, hackathonIssues);
}

/**
 * Thrown by the `parse*` functions and by `rank` when the input is not valid: a `CiudataError` whose
 * `errors` are every located issue.
 */
export class HackathonError extends CiudataError {
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues);
  }
}
