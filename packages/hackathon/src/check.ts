import type { Issue } from "@ciudata/core";
import { conflictOf } from "./conflicts";
import { HackathonError, issueAt } from "./issues";
import { rank } from "./judging";
import type { Hackathon, Submission } from "./model";
import { isOsiApproved, OSI_EXAMPLES } from "./osi";

/** Options of {@link checkHackathon}: the ids the file may point at. */
export interface CheckHackathonOptions {
  /** The strategy's action ids; when given, every `challenges[].strategy.actionIds` must be one of them. */
  actionIds?: Iterable<string>;
  /** The inventory's (or portal's) dataset ids; when given, every dataset a challenge or submission names must be one. */
  datasetIds?: Iterable<string>;
}

/**
 * Whether the panel is expected to score a submission: handed in (`submitted` or `accepted`).
 *
 * @example
 * ```ts
 * isHandedIn({ status: "draft" }); //=> false
 * ```
 */
export const isHandedIn = (s: Pick<Submission, "status">): boolean =>
  s.status === "submitted" || s.status === "accepted";

/** An issue that shows no value found (something missing, not something wrong). */
function absent(issue: Issue): Issue {
  const { received: _, ...params } = issue.params;
  return { ...issue, params };
}

/** Characters two ids share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** The known ids, the ones closest to `near` first, at most eight. */
function listed(ids: Iterable<string>, near: string): string {
  const all = [...ids].sort((a, b) => sharedStart(b, near) - sharedStart(a, near));
  return all.length > 8 ? `${all.slice(0, 8).join(", ")}, …` : all.join(", ");
}

function references(h: Hackathon, options: CheckHackathonOptions, issues: Issue[]): void {
  if (options.actionIds !== undefined) {
    const known = new Set(options.actionIds);
    for (const [i, c] of h.challenges.entries())
      for (const [k, id] of c.strategy.actionIds.entries())
        if (!known.has(id))
          issues.push(
            issueAt(
              "hackathon/unknown-action",
              h,
              ["challenges", i, "strategy", "actionIds", k],
              "known-action",
              listed(known, id),
            ),
          );
  }
  if (options.datasetIds !== undefined) {
    const known = new Set(options.datasetIds);
    const at = (path: PropertyKey[], id: string) =>
      issues.push(issueAt("hackathon/unknown-dataset", h, path, "known-dataset", listed(known, id)));
    for (const [i, c] of h.challenges.entries())
      for (const [k, d] of c.datasets.entries())
        if (!known.has(d.id)) at(["challenges", i, "datasets", k, "id"], d.id);
    for (const [i, s] of h.submissions.entries())
      for (const [k, d] of s.datasets.entries()) if (!known.has(d)) at(["submissions", i, "datasets", k], d);
  }
}

function panel(h: Hackathon, issues: Issue[]): void {
  if (h.scores.length === 0) return;
  if (!h.rubric) {
    issues.push(absent(issueAt("hackathon/schema", h, ["rubric"], "rubric")));
    return;
  }
  const rubric = h.rubric;
  try {
    // The engine checks the references of every sheet (judge, submission, criterion, value on the scale).
    rank(h.submissions, h.scores, rubric, { judges: h.judges });
  } catch (e) {
    if (!(e instanceof HackathonError)) throw e;
    issues.push(...e.errors);
  }
  const subs = new Map(h.submissions.map((s) => [s.id, s]));
  const judges = new Map(h.judges.map((j) => [j.id, j]));
  const sheets = new Set(h.scores.map((s) => `${s.judge}\u0000${s.submission}`));
  h.scores.forEach((sheet, i) => {
    const sub = subs.get(sheet.submission);
    const judge = judges.get(sheet.judge);
    if (!sub || !judge) return;
    const via = conflictOf(judge, sub);
    if (via !== null) {
      issues.push(issueAt("hackathon/conflict-scored", h, ["scores", i, "judge"], "no-conflict", via));
      return;
    }
    for (const c of rubric.criteria)
      if (sheet.values[c.id] === undefined || sheet.values[c.id] === null)
        issues.push(
          absent(
            issueAt("hackathon/missing-score", h, ["scores", i, "values", c.id], "criterion-score", c.id),
          ),
        );
  });
  // A sheet not handed in is a warning: the panel may still be at work.
  for (const sub of h.submissions) {
    if (!isHandedIn(sub) || !h.scores.some((s) => s.submission === sub.id)) continue;
    for (const judge of h.judges) {
      if (conflictOf(judge, sub) !== null || sheets.has(`${judge.id}\u0000${sub.id}`)) continue;
      const issue = issueAt("hackathon/missing-sheet", h, ["scores"], "sheet-of", `${judge.id} × ${sub.id}`);
      issues.push({ ...absent(issue), severity: "warning" });
    }
  }
}

/**
 * Checks what a valid hackathon file (see `parseHackathon`) says against the programme's rules and,
 * when given, the strategy's action ids and the inventory's dataset ids. Never throws; returns located
 * issues (errors, and warnings for score sheets not yet handed in):
 *
 * - `hackathon/unknown-action`, `hackathon/unknown-dataset`: a challenge or submission points at an id
 *   the strategy or inventory does not have;
 * - `hackathon/license`: a submission's code licence is not an OSI-approved SPDX licence;
 * - `hackathon/conflict-scored`: a panel member scored a team (or submission) they declared a conflict
 *   with (the ranking leaves that sheet out);
 * - `hackathon/missing-score`: a sheet without a value for a rubric criterion; `hackathon/missing-sheet`
 *   (warning): a panel member has not scored a submission others have;
 * - `hackathon/score`, `hackathon/missing-reference`: sheets with unknown judges, submissions, criteria
 *   or values off the scale; `hackathon/schema` at `rubric` when there are sheets but no rubric.
 *
 * @example
 * ```ts
 * const issues = checkHackathon(parseHackathon(json), { actionIds: ["hackatones-ciudadanos"] });
 * issues.map((i) => i.type); //=> ["hackathon/license", "hackathon/conflict-scored"]
 * ```
 */
export function checkHackathon(h: Hackathon, options: CheckHackathonOptions = {}): Issue[] {
  const issues: Issue[] = [];
  references(h, options, issues);
  h.submissions.forEach((s, i) => {
    if (s.status !== "withdrawn" && !isOsiApproved(s.license))
      issues.push(
        issueAt("hackathon/license", h, ["submissions", i, "license"], "osi-license", OSI_EXAMPLES),
      );
  });
  panel(h, issues);
  return issues;
}
