import { CiudataError, createIssue, maskValue } from "@ciudata/core";
import type { Records } from "../types";

/** A person's decision on a pair from the clerical review: the two ids and whether they are one person. */
export interface Decision {
  left: string;
  right: string;
  match: boolean;
}

/** Decisions as record indexes (for dedupe the smaller index on the left). */
export interface ResolvedDecisions {
  left: Int32Array;
  right: Int32Array;
  match: boolean[];
  length: number;
  /** Pair key → position in the arrays. */
  index: Map<number, number>;
}

/** A number naming a pair of record indexes (unique while the right side has fewer than 2^26 records). */
export function pairKey(left: number, right: number, rightCount: number): number {
  return left * rightCount + right;
}

/**
 * Finds the records the decisions name; the last decision on a pair wins. An id that is not in its side
 * stops the run with a `linkage/decision-unknown-id` issue (how many, one example masked).
 */
export function resolveDecisions(
  decisions: readonly Decision[],
  left: Records,
  right: Records | null,
): ResolvedDecisions {
  // Index the ids only when there are decisions (a map of a million ids is not free).
  const indexOf = (records: Records) =>
    decisions.length === 0 ? new Map<string, number>() : new Map(records.ids.map((id, i) => [id, i]));
  const leftIndex = indexOf(left);
  const rightIndex = right === null ? leftIndex : indexOf(right);
  const nr = (right ?? left).ids.length;
  const unknown: string[] = [];
  const byKey = new Map<number, [number, number, boolean]>();
  for (const d of decisions) {
    const i = leftIndex.get(d.left);
    const j = rightIndex.get(d.right);
    if (i === undefined) unknown.push(d.left);
    if (j === undefined) unknown.push(d.right);
    if (i === undefined || j === undefined || (right === null && i === j)) continue;
    const [a, b] = right === null && j < i ? [j, i] : [i, j];
    byKey.set(pairKey(a, b, nr), [a, b, d.match]);
  }
  if (unknown.length > 0) {
    throw new CiudataError([
      createIssue("linkage/decision-unknown-id", {
        params: { count: unknown.length, id: maskValue(unknown[0] as string) },
        note: `${unknown.length} decision ids are not in the data`,
      }),
    ]);
  }
  const entries = [...byKey.entries()].sort((x, y) => x[0] - y[0]);
  return {
    left: Int32Array.from(entries, ([, v]) => v[0]),
    right: Int32Array.from(entries, ([, v]) => v[1]),
    match: entries.map(([, v]) => v[2]),
    length: entries.length,
    index: new Map(entries.map(([key], k) => [key, k])),
  };
}
