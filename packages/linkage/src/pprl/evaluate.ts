import type { Evaluation } from "../types";
import type { EncodedPair } from "./link";

/**
 * Pairwise precision, recall and F1 of encoded links against the true pairs (left id, right id), on id
 * pairs only (the cluster figures of the main pipeline do not apply to one-to-one links).
 *
 * @example
 * ```ts
 * evaluateEncodedLinks([{ left: "a1", right: "b1", similarity: 0.9 }], [["a1", "b1"], ["a2", "b2"]]).recall; //=> 0.5
 * ```
 */
export function evaluateEncodedLinks(
  pairs: readonly EncodedPair[],
  truth: Iterable<readonly [string, string]>,
): Evaluation {
  const key = (l: string, r: string) => `${l.length}:${l}|${r}`;
  const trueSet = new Set<string>();
  for (const [l, r] of truth) trueSet.add(key(l, r));
  const predicted = new Set(pairs.map((p) => key(p.left, p.right)));
  let truePositives = 0;
  for (const p of predicted) if (trueSet.has(p)) truePositives++;
  const precision = predicted.size === 0 ? 0 : truePositives / predicted.size;
  const recall = trueSet.size === 0 ? 0 : truePositives / trueSet.size;
  return {
    truePairs: trueSet.size,
    predictedPairs: predicted.size,
    truePositives,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
