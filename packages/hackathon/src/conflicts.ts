/**
 * The judge's declared conflict that covers a submission (its id or its team's), or null. The one rule of
 * `hackathon check`, the report, the lifecycle and `rankSubmissions`.
 *
 * @example
 * ```ts
 * conflictOf({ conflicts: ["equipo-sur"] }, { id: "bot", teamId: "equipo-sur" }); //=> "equipo-sur"
 * ```
 */
export function conflictOf(
  judge: { conflicts?: readonly string[] | undefined },
  submission: { id: string; teamId?: string | undefined },
): string | null {
  const list = judge.conflicts ?? [];
  if (list.includes(submission.id)) return submission.id;
  return submission.teamId !== undefined && list.includes(submission.teamId) ? submission.teamId : null;
}
