import type { Submission } from "./model";

/**
 * The judge's declared conflict that covers a submission (its id or its team's), or null.
 *
 * @example
 * ```ts
 * conflictOf({ conflicts: ["equipo-sur"] }, { id: "bot", teamId: "equipo-sur" }); //=> "equipo-sur"
 * ```
 */
export function conflictOf(
  judge: { conflicts: readonly string[] },
  submission: Pick<Submission, "id" | "teamId">,
): string | null {
  if (judge.conflicts.includes(submission.id)) return submission.id;
  return judge.conflicts.includes(submission.teamId) ? submission.teamId : null;
}
