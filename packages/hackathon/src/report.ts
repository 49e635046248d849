import { isHandedIn } from "./check";
import { conflictOf } from "./conflicts";
import { type RankResult, rank } from "./judging";
import { type ChallengeLifecycle, hackathonLifecycle } from "./lifecycle";
import type { Challenge, FollowUp, Hackathon } from "./model";

/** A panel member's written recommendation to a team. */
export interface Recommendation {
  submission: string;
  team: string;
  judge: string;
  text: string;
  date: string | null;
}

/** A sheet left out of a challenge's ranking because its judge declared a conflict with the team. */
export interface ExcludedSheet {
  judge: string;
  submission: string;
  /** The conflict as declared (a team or submission id). */
  via: string;
  /** Values the judge had given (all dropped). */
  droppedValues: number;
}

/** One challenge in a {@link HackathonReport}. */
export interface ChallengeReport {
  challenge: Challenge;
  lifecycle: ChallengeLifecycle;
  /** The ranking of the submissions handed in (`null` before any sheet, or without a rubric). */
  ranking: RankResult | null;
  /** Sheets given by panel members with a declared conflict: not counted. */
  excluded: ExcludedSheet[];
  /** Recommendations of panel members without a conflict, by submission then judge. */
  recommendations: Recommendation[];
  /** Follow-up commitments, by due date; `overdue` when due before `asOf` and neither done nor dropped. */
  followUps: Array<FollowUp & { overdue: boolean }>;
}

/** What `hackathon report` shows: per challenge, its stage, ranking, recommendations and follow-ups. */
export interface HackathonReport {
  asOf: string;
  challenges: ChallengeReport[];
}

/**
 * The hackathon's report on `asOf`: for each challenge its lifecycle stage, the ranking of the submissions
 * handed in (weighted rubric; panel members with no sheet for the challenge yet are not counted; a
 * panel member's sheet for a team they declared a conflict with is left out
 * and listed in `excluded`; ties broken by the rubric's tie-breaker, or shared and said so by
 * `decidedBy: "shared"`), the panel's written recommendations per team and the follow-up commitments.
 * Sheets and commitments dated after `asOf` are left out. Throws `HackathonError` when a sheet points at
 * an unknown judge, submission or criterion (run `checkHackathon` first).
 *
 * @example
 * ```ts
 * const report = hackathonReport(parseHackathon(json), "2026-07-01");
 * report.challenges[0]?.ranking?.ranking.map((r) => `${r.position}. ${r.submission}`);
 * //=> ["1. mapa-reclamos", "2. bot-turnos"]
 * ```
 */
export function hackathonReport(h: Hackathon, asOf: string): HackathonReport {
  const stages = hackathonLifecycle(h, asOf);
  const challenges = h.challenges.map((challenge, i): ChallengeReport => {
    const subs = h.submissions.filter(
      (s) => s.challengeId === challenge.id && isHandedIn(s) && (s.submittedAt ?? "") <= asOf,
    );
    const ids = new Set(subs.map((s) => s.id));
    const sheets = h.scores.filter((s) => ids.has(s.submission) && (s.date ?? "") <= asOf);
    // Panel members who have handed in no sheet for this challenge yet are not on its ranking (their
    // scores are not invented); a sheet missing among others they did hand in is filled and said so.
    const panel = h.judges.filter((j) => sheets.some((s) => s.judge === j.id));
    const ranking = h.rubric && sheets.length > 0 ? rank(subs, sheets, h.rubric, { judges: panel }) : null;
    const judges = new Map(h.judges.map((j) => [j.id, j]));
    const excluded: ExcludedSheet[] = [];
    const recommendations: Recommendation[] = [];
    for (const s of subs)
      for (const sheet of sheets.filter((x) => x.submission === s.id)) {
        const judge = judges.get(sheet.judge);
        const via = judge ? conflictOf(judge, s) : null;
        if (via !== null) {
          const droppedValues = Object.values(sheet.values).filter((v) => v !== null).length;
          excluded.push({ judge: sheet.judge, submission: s.id, via, droppedValues });
        } else if (sheet.recommendation !== undefined)
          recommendations.push({
            submission: s.id,
            team: s.teamId,
            judge: sheet.judge,
            text: sheet.recommendation,
            date: sheet.date ?? null,
          });
      }
    const followUps = h.followUps
      .filter((f) => f.challengeId === challenge.id && (f.date ?? "") <= asOf)
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
      .map((f) => ({ ...f, overdue: f.due < asOf && f.status !== "done" && f.status !== "dropped" }));
    return {
      challenge,
      lifecycle: stages[i] as ChallengeLifecycle,
      ranking,
      excluded,
      recommendations,
      followUps,
    };
  });
  return { asOf, challenges };
}
