import { CiudataError, createIssue, maskValue } from "@ciudata/core";
import type { Evaluation, LinkResult, Records } from "../types";
import type { Truth } from "./truth";

/** The records a result was computed on: the left side, and the right one for two-source linkage. */
export interface EvaluatedSides {
  left: Records;
  right: Records | null;
}

/**
 * Scores a result against the truth. Pairwise: the predicted pairs are the links, the true pairs those of
 * the truth (for cluster assignments, every pair of records in one cluster, across the two sides for
 * linkage); precision, recall and F1 (0 when undefined). Cluster level: how many true groups of two or
 * more records the clusters reproduce exactly (`exact`), over the predicted (`precision`) and the true
 * ones (`recall`). An id of the truth that is not in the data stops with a `linkage/truth-unknown-id`
 * issue (how many, and one of them, masked).
 *
 * @example
 * ```ts
 * evaluate(result, { pairs: [["a1", "b7"]] }, { left: a, right: b });
 * //=> { truePairs: 1, predictedPairs: 1, truePositives: 1, precision: 1, recall: 1, f1: 1, clusters: … }
 * ```
 */
export function evaluate(
  result: LinkResult,
  truth: Truth,
  sides: EvaluatedSides,
  options: { file?: string } = {},
): Evaluation {
  const left = sides.left;
  const right = sides.right ?? sides.left;
  const dedupe = sides.right === null;
  const leftIds = new Set(left.ids);
  const rightIds = new Set(right.ids);
  const unknown: string[] = [];
  const known = (id: string, inLeft: boolean, inRight: boolean): boolean => {
    const ok = (inLeft && leftIds.has(id)) || (inRight && rightIds.has(id));
    if (!ok) unknown.push(id);
    return ok;
  };
  const key = (l: string, r: string): string => (dedupe && r < l ? `${r}\u0000${l}` : `${l}\u0000${r}`);
  const truePairs = new Set<string>();
  // True groups as record keys ("L:" / "R:" + id), for the cluster figures.
  const groups = new Map<string, string[]>();
  const side = (inLeft: boolean, id: string): string => (dedupe || inLeft ? `L:${id}` : `R:${id}`);
  if ("pairs" in truth) {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
      parent.set(x, r);
      return r;
    };
    for (const [l, r] of truth.pairs) {
      const okL = known(l, true, false);
      const okR = known(r, dedupe, !dedupe);
      if (!okL || !okR || (dedupe && l === r)) continue;
      truePairs.add(key(l, r));
      const a = find(side(true, l));
      const b = find(side(false, r));
      if (a < b) parent.set(b, a);
      else if (b < a) parent.set(a, b);
    }
    for (const x of parent.keys()) {
      const root = find(x);
      const g = groups.get(root);
      if (g === undefined) groups.set(root, [x]);
      else g.push(x);
    }
  } else {
    const byCluster = new Map<string, { left: string[]; right: string[] }>();
    for (const [id, cluster] of truth.clusters) {
      const inLeft = leftIds.has(id);
      const inRight = !dedupe && rightIds.has(id);
      if (!known(id, true, !dedupe)) continue;
      const g = byCluster.get(cluster) ?? { left: [], right: [] };
      if (inLeft) g.left.push(id);
      if (inRight) g.right.push(id);
      byCluster.set(cluster, g);
    }
    for (const [cluster, g] of byCluster) {
      if (dedupe) {
        for (let a = 0; a < g.left.length; a++)
          for (let b = a + 1; b < g.left.length; b++)
            truePairs.add(key(g.left[a] as string, g.left[b] as string));
      } else {
        for (const l of g.left) for (const r of g.right) truePairs.add(key(l, r));
      }
      groups.set(cluster, [
        ...g.left.map((id) => `L:${id}`),
        ...(dedupe ? [] : g.right.map((id) => `R:${id}`)),
      ]);
    }
  }
  if (unknown.length > 0) {
    throw new CiudataError([
      createIssue("linkage/truth-unknown-id", {
        params: { file: options.file ?? "truth", count: unknown.length, id: maskValue(unknown[0] as string) },
        note: `${unknown.length} truth ids are not in the data`,
      }),
    ]);
  }
  let predicted = 0;
  let hits = 0;
  for (const pair of result.pairs) {
    if (!pair.link) continue;
    predicted++;
    if (truePairs.has(key(pair.left, pair.right))) hits++;
  }
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = truePairs.size === 0 ? 0 : hits / truePairs.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const signature = (members: readonly string[]): string => [...members].sort().join("\u0001");
  const trueGroups = new Set([...groups.values()].filter((g) => g.length > 1).map(signature));
  const leftSource = left.source;
  const predictedGroups = result.clusters.map((c) =>
    signature(c.members.map((m) => (dedupe || m.source === leftSource ? `L:${m.id}` : `R:${m.id}`))),
  );
  const exact = predictedGroups.filter((g) => trueGroups.has(g)).length;
  return {
    truePairs: truePairs.size,
    predictedPairs: predicted,
    truePositives: hits,
    precision,
    recall,
    f1,
    clusters: {
      truth: trueGroups.size,
      predicted: predictedGroups.length,
      exact,
      precision: predictedGroups.length === 0 ? 0 : exact / predictedGroups.length,
      recall: trueGroups.size === 0 ? 0 : exact / trueGroups.size,
    },
  };
}
