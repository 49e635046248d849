// The engine seam as the pipeline sees it (owned by src/engine.ts; kept structurally identical here until
// both branches meet).
import type { BlockingCount, BlockingRule } from "../../types";

/** Record-index pairs: `left[p]` of the left side with `right[p]` of the right (or the one) side. */
export interface PairList {
  left: Int32Array;
  right: Int32Array;
  length: number;
}

/** Pairs found by blocking, each with the index of the first rule that finds it. */
export interface BlockedPairs extends PairList {
  rule: Uint8Array;
}

/** What the pipeline asks of an engine: counts, blocked pairs and gamma vectors. */
export interface LinkEngine {
  countBlocking(rules: readonly BlockingRule[]): Promise<BlockingCount[]>;
  block(rules: readonly BlockingRule[], options: { maxComparisons: number }): Promise<BlockedPairs>;
  gammas(pairs: PairList): Promise<Int8Array>;
  close(): Promise<void>;
}
