import { countBlockingOn } from "./block/count";
import type { BlockedPairs } from "./block/index";
import { KeyBuilder } from "./block/keys";
import { blockPairsOn } from "./block/pairs";
import { compileWithCodes, type PairComparer } from "./compare/compile";
import type { FieldCodes } from "./model/tf";
import type { BlockingCount, BlockingRule, ComparisonSpec, Records } from "./types";

export type { BlockedPairs } from "./block/index";

/** Record pairs as parallel index arrays: left record `left[p]` with right record `right[p]`. */
export interface PairList {
  left: Int32Array;
  right: Int32Array;
  length: number;
}

/**
 * What does the heavy lifting of a run: blocking and comparing. The pipeline does everything else in
 * TypeScript (random pairs for u, EM, term frequencies, weights, clusters), so two engines that return the
 * same pairs and the same gammas give identical results.
 */
export interface LinkEngine {
  /** Comparisons per blocking rule (marginal and cumulative union), before comparing anything. */
  countBlocking(rules: readonly BlockingRule[]): Promise<BlockingCount[]>;
  /** The union of the rules' pairs, each attributed to the first rule that finds it; throws over the cap. */
  block(rules: readonly BlockingRule[], options: { maxComparisons: number }): Promise<BlockedPairs>;
  /** Gamma vectors of the given pairs, row-major: `out[p * specs.length + c]`. */
  gammas(pairs: PairList): Promise<Int8Array>;
  /**
   * A field's dictionary codes on both sides, when the engine keeps them in this process (term
   * frequencies are then counted on integers); optional.
   */
  codes?(field: string): FieldCodes | undefined;
  /** Releases what the engine holds; the pipeline calls it once, as soon as it needs the engine no more. */
  close(): Promise<void>;
}

/** What a run tells its engine ahead (see {@link EngineFactory}). */
export interface EngineHints {
  /** The fields its blocking and training rules use: an engine may load them with the compared ones. */
  ruleFields?: readonly string[];
}

/** Makes the engine of a run from its comparisons and sides (`right` is `null` to deduplicate). */
export type EngineFactory = (
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
  hints?: EngineHints,
) => LinkEngine | Promise<LinkEngine>;

/**
 * The default engine: blocking and comparisons in this process, on the standardised columns.
 *
 * @example
 * ```ts
 * const engine = inProcessEngine(specs, a, b);
 * const pairs = await engine.block([{ on: ["birthDate"] }], { maxComparisons: 1e7 });
 * const gammas = await engine.gammas(pairs);
 * ```
 */
export function inProcessEngine(
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
): LinkEngine {
  let state: { comparer: PairComparer; keys: KeyBuilder } | undefined;
  {
    const { comparer, codes } = compileWithCodes(specs, left, right);
    // One set of blocking keys for the whole run, starting from the comparisons' codes.
    state = { comparer, keys: new KeyBuilder(left, right, codes) };
  }
  // The encodings and caches are most of a run's memory: `close` lets them go before the pipeline scores.
  const open = () => {
    if (state === undefined) throw new Error("the in-process link engine is closed");
    return state;
  };
  const width = specs.length;
  return {
    async countBlocking(rules) {
      return countBlockingOn(open().keys, rules, left, right);
    },
    async block(rules, options) {
      return blockPairsOn(open().keys, rules, left, right, options);
    },
    async gammas(pairs) {
      const { comparer } = open();
      const out = new Int8Array(pairs.length * width);
      for (let p = 0; p < pairs.length; p++) {
        comparer.gammas(pairs.left[p] as number, pairs.right[p] as number, out, p * width);
      }
      return out;
    },
    codes(field) {
      return open().keys.keys([field]);
    },
    async close() {
      state = undefined;
    },
  };
}
