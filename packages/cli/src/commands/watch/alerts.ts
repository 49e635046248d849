// What one watch run records for a dataset, and the alerts that follow from it and the run before.
// Plain data and pure functions: the history database and the command are around them.
import type { Lang } from "@ciudata/core";
import { daysBetween } from "@ciudata/strategy";

/** A field as the review read it: name and Table Schema type. */
export interface FieldType {
  name: string;
  type: string;
}

/** What happened to a dataset's content in a run. */
export type ResultStatus = "new" | "changed" | "unchanged" | "unreachable";

/** One dataset in one run: a row of the history's `watch_results` table. */
export interface WatchResult {
  datasetId: string;
  title: string;
  /** The URL or path read, without query string or credentials. */
  url: string;
  status: ResultStatus;
  /** Bytes were transferred in this run (false after a 304, or for a local file). */
  downloaded: boolean;
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
  bytes: number | null;
  /** The day of the review the scores come from: this run's, or an earlier run's when the content did not change. */
  validatedAsOf: string | null;
  rows: number | null;
  score: number | null;
  outcome: string | null;
  formulaVersion: string | null;
  errors: number | null;
  dimensions: Record<string, number | null>;
  fields: FieldType[];
  directIdentifiers: boolean | null;
  /** Names of the columns the privacy scan classes as personal (never values). */
  personalColumns: string[];
  periodicity: string | null;
  /** The last update known: the catalog's date, the server's Last-Modified, or a change watch saw. */
  lastUpdate: string | null;
  /** The day a change watch itself observed the content change (carried while unchanged). */
  changedOn: string | null;
  due: string | null;
  stale: boolean;
  /** Why the dataset could not be read, in every language. */
  reason: Record<Lang, string> | null;
}

/** A reason to look at a dataset now. */
export type Alert =
  | {
      datasetId: string;
      kind: "stale";
      periodicity: string;
      lastUpdate: string | null;
      due: string | null;
      daysOverdue: number | null;
    }
  | { datasetId: string; kind: "score"; score: number; threshold: number; previous: number | null }
  | {
      datasetId: string;
      kind: "schema";
      added: string[];
      removed: string[];
      retyped: { name: string; from: string; to: string }[];
    }
  | { datasetId: string; kind: "unreachable"; reason: Record<Lang, string> };

/** The alert kinds, in the order they are listed. */
export const ALERT_KINDS = ["unreachable", "schema", "score", "stale"] as const;

/** The latest of some days (`YYYY-MM-DD`), `null` when none. */
export function latestDay(...days: (string | null | undefined)[]): string | null {
  const known = days.filter((d): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return known.length ? (known.sort().at(-1) as string) : null;
}

/** Fields added, removed or given another type between two reads of a table. */
export function schemaChange(before: readonly FieldType[], after: readonly FieldType[]) {
  const old = new Map(before.map((f) => [f.name, f.type]));
  const now = new Map(after.map((f) => [f.name, f.type]));
  return {
    added: after.filter((f) => !old.has(f.name)).map((f) => f.name),
    removed: before.filter((f) => !now.has(f.name)).map((f) => f.name),
    retyped: after.flatMap((f) => {
      const from = old.get(f.name);
      return from !== undefined && from !== f.type ? [{ name: f.name, from, to: f.type }] : [];
    }),
  };
}

/**
 * The alerts of one dataset in a run, given its result and the one from the run before (`undefined` on the
 * first run). An alert is raised when a condition starts, not on every run while it lasts: a dataset that
 * becomes stale, becomes unreachable, falls below the threshold (from at or above it, or on its first
 * review), or whose fields changed (added, removed, retyped) since the last content reviewed.
 *
 * @example
 * ```ts
 * alertsFor(today, yesterday, 80); //=> [{ datasetId: "barrios", kind: "schema", added: [], removed: ["seccion"], retyped: [] }]
 * ```
 */
export function alertsFor(
  now: WatchResult,
  before: { last: WatchResult; reviewed: WatchResult | undefined } | undefined,
  threshold: number,
  asOf: string,
): Alert[] {
  const id = now.datasetId;
  const out: Alert[] = [];
  if (now.status === "unreachable") {
    if (before?.last.status !== "unreachable")
      out.push({ datasetId: id, kind: "unreachable", reason: now.reason ?? { es: "", en: "", pt: "" } });
    return out;
  }
  const reviewed = before?.reviewed;
  if (now.status === "changed" && reviewed) {
    const change = schemaChange(reviewed.fields, now.fields);
    if (change.added.length || change.removed.length || change.retyped.length)
      out.push({ datasetId: id, kind: "schema", ...change });
  }
  if (now.score !== null && now.score < threshold) {
    const previous = reviewed?.score ?? null;
    if (previous === null || previous >= threshold)
      out.push({ datasetId: id, kind: "score", score: now.score, threshold, previous });
  }
  if (now.stale && !before?.last.stale && now.periodicity)
    out.push({
      datasetId: id,
      kind: "stale",
      periodicity: now.periodicity,
      lastUpdate: now.lastUpdate,
      due: now.due,
      daysOverdue: now.due === null ? null : daysBetween(now.due, asOf),
    });
  return out;
}
