import { type Issue, isCiudataError } from "@ciudata/core";
import { jsonDepthError, parseJsonDocument } from "@ciudata/table";
import type { z } from "zod";
import { fromZod, HackathonError, issueAt } from "./issues";
import {
  type Challenge,
  ChallengeSchema,
  type Hackathon,
  HackathonSchema,
  type Judging,
  JudgingSchema,
  type Rubric,
  RubricSchema,
} from "./model";

/** The outcome of a `safeParse*` function: the value, or every located issue. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** JSON nested deeper than the reader allows (`limit` levels). */
function tooDeep(limit: unknown, note: string): Issue {
  const issue = issueAt("hackathon/invalid-json", undefined, [], "json-depth", `${limit ?? ""}`, "");
  const { received: _, ...params } = issue.params;
  return { ...issue, params, note };
}

/** Text that is not JSON (or nests too deep), with where it failed; the engine's words stay in `note`. */
function notJson(e: unknown, input: string): Issue {
  const first = isCiudataError(e) ? e.errors[0] : undefined;
  if (first?.type === "limit-error") return tooDeep(first.params.value, first.note);
  const message = e instanceof Error ? e.message : String(e);
  const position = /position (\d+)/.exec(String(first?.params.at ?? message))?.[1];
  const issue = issueAt("hackathon/invalid-json", undefined, [], "json", undefined, input.slice(0, 40));
  return {
    ...issue,
    params: { ...issue.params, ...(position === undefined ? {} : { position: Number(position) }) },
    note: `invalid JSON: ${message}`,
  };
}

function safe<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  let data = input;
  if (typeof input === "string") {
    try {
      data = parseJsonDocument(input);
    } catch (e) {
      return { ok: false, issues: [notJson(e, input)] };
    }
  } else {
    // Text was depth-checked by parseJsonDocument; an object given directly is checked here.
    const deep = jsonDepthError(data);
    if (deep) return { ok: false, issues: [tooDeep(deep.params.value, deep.note)] };
  }
  const r = schema.safeParse(data);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fromZod(r.error.issues, data) };
}

function strict<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new HackathonError(result.issues as [Issue, ...Issue[]]);
  return result.value;
}

/**
 * Checks a rubric (an object or JSON text) and fills defaults (scales 1/3/5); never throws.
 *
 * @example
 * ```ts
 * const r = safeParseRubric({ criteria: [{ id: "impacto", name: { es: "Impacto" }, weight: 0 }] });
 * if (!r.ok) r.issues[0]?.path; //=> "criteria[0].weight"
 * ```
 */
export function safeParseRubric(input: unknown): ParseResult<Rubric> {
  return safe(RubricSchema, input);
}

/**
 * Checks a rubric and fills defaults; throws {@link HackathonError} with located issues.
 *
 * @example
 * ```ts
 * const rubric = parseRubric({ criteria: [{ id: "impacto", name: { es: "Impacto" }, weight: 3 }], tieBreaker: "impacto" });
 * rubric.criteria[0]?.scale; //=> [1, 3, 5]
 * ```
 */
export function parseRubric(input: unknown): Rubric {
  return strict(safeParseRubric(input));
}

/**
 * Checks a judging file (`judges`, `submissions`, `scores`, optional `rubric`); never throws.
 * References (unknown judge, criterion, off-scale value) are checked by {@link rank}.
 *
 * @example
 * ```ts
 * const r = safeParseJudging('{"judges": [], "submissions": [], "scores": []}');
 * r.ok; //=> false (judges and submissions must not be empty)
 * ```
 */
export function safeParseJudging(input: unknown): ParseResult<Judging> {
  return safe(JudgingSchema, input);
}

/**
 * Checks a judging file; throws {@link HackathonError} with located issues.
 *
 * @example
 * ```ts
 * const judging = parseJudging(JSON.parse(await file.text()));
 * ```
 */
export function parseJudging(input: unknown): Judging {
  return strict(safeParseJudging(input));
}

/**
 * Checks a challenge (stages in order, gate dates not going back); never throws.
 *
 * @example
 * ```ts
 * const r = safeParseChallenge({ id: "x" });
 * if (!r.ok) r.issues.map((i) => i.path); //=> ["title", "problem", "owner", "datasets"]
 * ```
 */
export function safeParseChallenge(input: unknown): ParseResult<Challenge> {
  return safe(ChallengeSchema, input);
}

/**
 * Checks a challenge; throws {@link HackathonError} with located issues.
 *
 * @example
 * ```ts
 * const challenge = parseChallenge(JSON.parse(text));
 * challenge.stages.map((s) => s.stage); //=> ["definir", "validar", …]
 * ```
 */
export function parseChallenge(input: unknown): Challenge {
  return strict(safeParseChallenge(input));
}

/**
 * Checks a whole hackathon file, then that teams, submissions and judges' conflicts point at
 * declared challenges and teams; never throws.
 *
 * @example
 * ```ts
 * const r = safeParseHackathon(JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.error(renderIssue(i, "es"));
 * ```
 */
export function safeParseHackathon(input: unknown): ParseResult<Hackathon> {
  const r = safe(HackathonSchema, input);
  if (!r.ok) return r;
  const h = r.value;
  const issues: Issue[] = [];
  const challenges = new Set(h.challenges.map((c) => c.id));
  const teams = new Set(h.teams.map((t) => t.id));
  const subs = new Set(h.submissions.map((s) => s.id));
  const dup = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) issues.push(issueAt("hackathon/duplicate-id", h, [key, i, "id"], "unique-id"));
      seen.add(x.id);
    });
  };
  dup(h.challenges, "challenges");
  dup(h.teams, "teams");
  dup(h.submissions, "submissions");
  dup(h.judges, "judges");
  dup(h.followUps, "followUps");
  const missing = (path: PropertyKey[], known: Iterable<string>) =>
    issues.push(issueAt("hackathon/missing-reference", h, path, "one-of", [...known].join(", ")));
  h.teams.forEach((t, i) => {
    if (!challenges.has(t.challengeId)) missing(["teams", i, "challengeId"], challenges);
  });
  h.submissions.forEach((s, i) => {
    if (!teams.has(s.teamId)) missing(["submissions", i, "teamId"], teams);
    if (!challenges.has(s.challengeId)) missing(["submissions", i, "challengeId"], challenges);
  });
  h.judges.forEach((j, i) => {
    j.conflicts.forEach((c, k) => {
      if (!teams.has(c) && !subs.has(c)) missing(["judges", i, "conflicts", k], [...teams, ...subs]);
    });
  });
  h.followUps.forEach((f, i) => {
    if (!challenges.has(f.challengeId)) missing(["followUps", i, "challengeId"], challenges);
    if (f.teamId !== undefined && !teams.has(f.teamId)) missing(["followUps", i, "teamId"], teams);
    if (f.submissionId !== undefined && !subs.has(f.submissionId))
      missing(["followUps", i, "submissionId"], subs);
  });
  return issues.length ? { ok: false, issues } : r;
}

/**
 * Checks a whole hackathon file; throws {@link HackathonError} with located issues.
 *
 * @example
 * ```ts
 * const hackathon = parseHackathon(JSON.parse(text));
 * hackathon.challenges.length; //=> 2
 * ```
 */
export function parseHackathon(input: unknown): Hackathon {
  return strict(safeParseHackathon(input));
}
