import type { Issue } from "@ciudata/core";
import { ACTION_STATUSES, type ActionStatus, type StatusEvent } from "../model/action";
import { DateOrInstantSchema } from "../model/common";
import type { StrategyDocument, StrategyDocumentInput } from "../model/document";
import { localDate } from "../time/dates";
import { strategyIssue } from "../validate/issue";
import { parseStrategy } from "../validate/parse";

/** One status change to record with {@link updateAction}. */
export interface ActionUpdate {
  /** The id of the action (`inventario-por-area`). */
  actionId: string;
  status: ActionStatus;
  /** When it happened: `YYYY-MM-DD`, or an ISO instant with offset read in the city's time zone. */
  at: string;
  /** Who recorded it: the id of a person declared in `people`. */
  by?: string;
  note?: string;
  /** Accept a date before the action's last recorded change (a correction of the record). */
  correct?: boolean;
}

/** The outcome of {@link updateAction}: the strategy with the change appended, or why it was refused. */
export type ActionUpdateResult =
  | {
      ok: true;
      /** The strategy as written, with the event appended to the action's `history` (nothing else changed). */
      strategy: StrategyDocumentInput;
      /** The same strategy, parsed and checked. */
      document: StrategyDocument;
      /** The event appended. */
      event: StatusEvent;
      /** Warnings of the updated strategy. */
      issues: Issue[];
    }
  | { ok: false; issues: Issue[] };

/**
 * Records a status change: appends `{status, at, by?, note?}` to the action's `history` in the strategy as
 * written (JSON text or value; the input is never modified) and checks the result. Refused, with located
 * issues and nothing changed, when the strategy is not valid, the action id is unknown (the closest ids are
 * suggested), the date is not a date, the date is before the action's last recorded change (unless
 * `correct`), or the result is not valid (`by` naming nobody…). The history is only ever appended to.
 *
 * @example
 * ```ts
 * const r = updateAction(JSON.parse(text), { actionId: "inventario-por-area", status: "complete", at: "2024-11-15" });
 * if (r.ok) await writeFile("estrategia.json", `${JSON.stringify(r.strategy, null, 2)}\n`);
 * else for (const issue of r.issues) console.error(renderIssue(issue, "es"));
 * ```
 */
export function updateAction(strategy: unknown, update: ActionUpdate): ActionUpdateResult {
  const parsed = parseStrategy(strategy);
  if (!parsed.ok) return parsed;
  const doc = parsed.document;
  const index = doc.actions.findIndex((a) => a.id === update.actionId);
  if (index < 0) return { ok: false, issues: [unknownAction(update.actionId, doc)] };
  const action = doc.actions[index] as StrategyDocument["actions"][number];
  const at = ["actions", index, "history", action.history.length] as const;
  if (!(ACTION_STATUSES as readonly string[]).includes(update.status))
    return {
      ok: false,
      issues: [strategyIssue("strategy/schema", [...at, "status"], "status", { received: update.status })],
    };
  if (!DateOrInstantSchema.safeParse(update.at).success)
    return {
      ok: false,
      issues: [strategyIssue("strategy/schema", [...at, "at"], "date-time", { received: update.at })],
    };
  const timeZone = doc.city.timeZone;
  const day = localDate(update.at, timeZone);
  const last = action.history
    .map((e) => localDate(e.at, timeZone))
    .sort()
    .pop();
  if (last !== undefined && day < last && !update.correct) {
    const issue = strategyIssue("strategy/update-before-last", [...at, "at"], "after-last-change", {
      detail: last,
      received: update.at,
    });
    return { ok: false, issues: [{ ...issue, params: { ...issue.params, example: `"at": "${last}"` } }] };
  }

  const event: StatusEvent = {
    status: update.status,
    at: update.at,
    ...(update.by === undefined ? {} : { by: update.by }),
    ...(update.note === undefined ? {} : { note: update.note }),
  };
  const written = (typeof strategy === "string" ? JSON.parse(strategy) : structuredClone(strategy)) as {
    actions: { history?: StatusEvent[] }[];
  };
  const target = written.actions[index] as { history?: StatusEvent[] };
  target.history = [...(target.history ?? []), event];
  const after = parseStrategy(written);
  if (!after.ok) return after;
  return {
    ok: true,
    strategy: written as unknown as StrategyDocumentInput,
    document: after.document,
    event,
    issues: after.issues,
  };
}

function unknownAction(id: string, doc: StrategyDocument): Issue {
  const closest = closestIds(
    id,
    doc.actions.map((a) => a.id),
  );
  const issue = strategyIssue("strategy/unknown-action", ["actions"], "existing-action", { received: id });
  return {
    ...issue,
    params: {
      ...issue.params,
      closest: closest.join(", "),
      ...(closest[0] ? { example: `"id": "${closest[0]}"` } : {}),
    },
  };
}

/**
 * The known ids nearest to a mistyped one, nearest first (at most `limit`): those a few edits away, or
 * that contain it or are contained in it.
 *
 * @example
 * ```ts
 * closestIds("inventario", ["inventario-por-area", "comite-de-gobernanza"]); //=> ["inventario-por-area"]
 * closestIds("comite-gobernanza", ["comite-de-gobernanza", "plan-de-capacitacion"]); //=> ["comite-de-gobernanza"]
 * ```
 */
export function closestIds(typed: string, known: readonly string[], limit = 3): string[] {
  const t = typed.toLowerCase();
  return known
    .map((id) => ({ id, d: id.includes(t) || t.includes(id) ? 0.5 : edits(t, id) }))
    .filter(({ d }) => d <= Math.max(3, Math.ceil(t.length / 3)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** Edit distance (insertions, deletions, substitutions), one row at a time. */
function edits(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + same));
    }
    prev = row;
  }
  return prev[b.length] as number;
}
