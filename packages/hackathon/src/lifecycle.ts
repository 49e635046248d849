import { type Lang, translator } from "@ciudata/core";
import { isHandedIn } from "./check";
import { conflictOf } from "./conflicts";
import { lifecycleMessages } from "./messages/lifecycle";
import type { Hackathon } from "./model";

/** The stages of a challenge's life, in order, as its data shows them. */
export const LIFECYCLE = ["define", "open", "prototype", "panel", "recommendation", "follow-up"] as const;
/** One of {@link LIFECYCLE}. */
export type LifecycleStage = (typeof LIFECYCLE)[number];

/** What a challenge's stage was derived from (everything dated after `asOf` left out). */
export interface LifecycleCounts {
  /** Teams registered for the challenge. */
  teams: number;
  /** Submissions handed in (`submitted` or `accepted`). */
  submissions: number;
  /** Score sheets in for them, from panel members without a conflict. */
  sheets: number;
  /** Sheets expected: each submission handed in × each panel member without a conflict with it. */
  expectedSheets: number;
  /** Sheets with a written recommendation. */
  recommendations: number;
  followUps: number;
  followUpsDone: number;
  /** Follow-ups due before `asOf` and neither done nor dropped. */
  followUpsOverdue: number;
}

/** The stage of one challenge on a day, and why. */
export interface ChallengeLifecycle {
  challenge: string;
  stage: LifecycleStage;
  /** The day the call opens (the hackathon's start), when known and after `asOf`. */
  opensOn: string | null;
  counts: LifecycleCounts;
}

const upTo = (asOf: string) => (x: { date?: string | undefined }) => x.date === undefined || x.date <= asOf;

function countsOf(h: Hackathon, challengeId: string, asOf: string): LifecycleCounts {
  const teams = h.teams.filter((t) => t.challengeId === challengeId && (t.registered ?? "") <= asOf);
  const subs = h.submissions.filter(
    (s) => s.challengeId === challengeId && isHandedIn(s) && (s.submittedAt ?? "") <= asOf,
  );
  let expectedSheets = 0;
  let sheets = 0;
  let recommendations = 0;
  const dated = h.scores.filter(upTo(asOf));
  for (const s of subs) {
    const panel = h.judges.filter((j) => conflictOf(j, s) === null);
    expectedSheets += panel.length;
    for (const j of panel) {
      const sheet = dated.find((x) => x.judge === j.id && x.submission === s.id);
      if (!sheet) continue;
      sheets++;
      if (sheet.recommendation !== undefined) recommendations++;
    }
  }
  const follow = h.followUps.filter((f) => f.challengeId === challengeId && upTo(asOf)(f));
  return {
    teams: teams.length,
    submissions: subs.length,
    sheets,
    expectedSheets,
    recommendations,
    followUps: follow.length,
    followUpsDone: follow.filter((f) => f.status === "done").length,
    followUpsOverdue: follow.filter((f) => f.due < asOf && f.status !== "done" && f.status !== "dropped")
      .length,
  };
}

/**
 * The stage each challenge is in on `asOf` (`YYYY-MM-DD`), derived from the data, not typed by hand:
 *
 * - `define`: no team has registered yet;
 * - `open`: teams registered, no submission handed in;
 * - `prototype`: submissions handed in, no score sheet yet;
 * - `panel`: some score sheets in, not all (each submission × each panel member without a conflict);
 * - `recommendation`: every sheet in (with or without written recommendations), no follow-up commitment;
 * - `follow-up`: follow-up commitments agreed (done, in progress, overdue counted).
 *
 * Teams, submissions, sheets and follow-ups dated after `asOf` are left out; undated ones count.
 *
 * @example
 * ```ts
 * hackathonLifecycle(hackathon, "2026-05-10").map((c) => `${c.challenge}: ${c.stage}`);
 * //=> ["reclamos-a-tiempo: panel", "arbolado-vivo: open"]
 * ```
 */
export function hackathonLifecycle(h: Hackathon, asOf: string): ChallengeLifecycle[] {
  const start = h.dates?.start;
  return h.challenges.map((c) => {
    const counts = countsOf(h, c.id, asOf);
    const stage: LifecycleStage =
      counts.followUps > 0
        ? "follow-up"
        : counts.sheets > 0 && counts.sheets >= counts.expectedSheets
          ? "recommendation"
          : counts.sheets > 0
            ? "panel"
            : counts.submissions > 0
              ? "prototype"
              : counts.teams > 0 || (start !== undefined && start <= asOf)
                ? "open"
                : "define";
    return { challenge: c.id, stage, opensOn: start !== undefined && start > asOf ? start : null, counts };
  });
}

/**
 * A challenge's stage and the reason for it, in words (`asOf` is the day the stage was derived for).
 *
 * @example
 * ```ts
 * describeLifecycle(hackathonLifecycle(h, "2026-05-10")[0], "2026-05-10", "es");
 * //=> { stage: "panel de expertos", why: "5 de 6 planillas esperadas del panel" }
 * ```
 */
export function describeLifecycle(
  status: ChallengeLifecycle,
  asOf: string,
  lang: Lang = "es",
): { stage: string; why: string } {
  const { t } = translator(lifecycleMessages, lang);
  return {
    stage: t(status.stage),
    why: t(`why:${status.stage}`, { ...status.counts, opensOn: status.opensOn, asOf }),
  };
}
