import { CiudataError, createIssue } from "@ciudata/core";
import { z } from "zod";
import { parseOrThrow } from "../parse";
import type { BlockingCount } from "../types";
import { type BitBlocking, bandIndex, bandKey, bandPairs, bandPositions, informativeBits } from "./blocking";
import { bestFirst, CandidateList, canonical, greedyOneToOne } from "./candidates";
import { commonBits } from "./dice";
import type { Encoded } from "./encode";

/** How {@link linkEncoded} compares two encoded sides. */
export interface LinkEncodedOptions {
  /** Dice similarity from which two encodings are a candidate link (default 0.8, as in anonlink's examples). */
  threshold?: number;
  /** Keep at most one link per record, highest similarity first (default `true`). */
  oneToOne?: boolean;
  /** Compare only pairs that agree on some band of bits (default: compare every pair, within the cap). */
  blocking?: BitBlocking | null;
  /** Most pairs to compare; more stops before comparing (default 100,000,000). */
  maxComparisons?: number;
}

/** A link between two encoded records. */
export interface EncodedPair {
  /** Record id on the left side. */
  left: string;
  /** Record id on the right side. */
  right: string;
  /** Dice similarity of their encodings, 0…1. */
  similarity: number;
}

/** What {@link linkEncoded} found. */
export interface EncodedLinkResult {
  /** Links, highest similarity first (ties by left id, then right id). */
  pairs: EncodedPair[];
  /** Pairs compared (the union of the blocking bands, or every pair). */
  compared: number;
  /** Pairs at or above the threshold, before the one-to-one choice. */
  candidates: number;
  /** Comparisons counted before comparing. */
  blocking: BlockingCount[];
  threshold: number;
}

const LinkEncodedOptionsSchema = z
  .object({
    threshold: z.number().gt(0).max(1).optional(),
    oneToOne: z.boolean().optional(),
    blocking: z
      .object({
        bands: z.number().int().min(1).max(1000),
        bits: z.number().int().min(1).max(30),
        seed: z.number().int().optional(),
      })
      .strict()
      .nullable()
      .optional(),
    maxComparisons: z.number().int().positive().optional(),
  })
  .strict();

/** Default Dice threshold of {@link linkEncoded}. */
export const DEFAULT_DICE_THRESHOLD = 0.8;
const DEFAULT_MAX_COMPARISONS = 100_000_000;

/**
 * Links two sides encoded with {@link encodeRecords} by the Dice similarity of their encodings: pairs at
 * or above `threshold` are candidates, and a greedy one-to-one choice keeps each record's best link
 * (highest similarity first, ties by id, so the result never depends on row order). Refuses two sides
 * encoded with different schemas or secrets, and a comparison count above the cap.
 *
 * @example
 * ```ts
 * const { pairs } = linkEncoded(encodedA, encodedB, { threshold: 0.8 });
 * pairs[0]; //=> { left: "a-17", right: "b-903", similarity: 0.93 }
 * ```
 */
export function linkEncoded(
  left: Encoded,
  right: Encoded,
  options: LinkEncodedOptions = {},
): EncodedLinkResult {
  parseOrThrow(LinkEncodedOptionsSchema, options, "linkage/config");
  const threshold = options.threshold ?? DEFAULT_DICE_THRESHOLD;
  const cap = options.maxComparisons ?? DEFAULT_MAX_COMPARISONS;
  assertCompatible(left, right);
  // Records in id order: candidates are found in (left id, right id) order, which breaks ties.
  const a = canonical(left);
  const b = canonical(right);
  const found = options.blocking
    ? blockedCandidates(a, b, options.blocking, threshold, cap)
    : allCandidates(a, b, threshold, cap);
  const order = bestFirst(found.list, a.schema.l);
  const keep =
    options.oneToOne === false ? order : greedyOneToOne(order, found.list, a.ids.length, b.ids.length);
  return {
    pairs: Array.from(keep, (p) => ({
      left: a.ids[found.list.left[p] as number] as string,
      right: b.ids[found.list.right[p] as number] as string,
      similarity: found.list.sim[p] as number,
    })),
    compared: found.list.compared,
    candidates: found.list.length,
    blocking: found.counts,
    threshold,
  };
}

/** The candidates found and the comparisons counted before comparing. */
interface Candidates {
  list: CandidateList;
  counts: BlockingCount[];
}

function assertCompatible(a: Encoded, b: Encoded): void {
  for (const side of [a, b])
    if (side.ids.length === 0)
      throw new CiudataError([
        createIssue("linkage/empty-side", {
          params: { file: side.source },
          note: `${side.source} has no records`,
        }),
      ]);
  if (a.fingerprint !== b.fingerprint || a.words !== b.words)
    throw new CiudataError([
      createIssue("linkage/pprl-schema-mismatch", {
        params: {
          left: a.source,
          right: b.source,
          leftFingerprint: a.fingerprint,
          rightFingerprint: b.fingerprint,
        },
        note: `${a.source} and ${b.source} were encoded with different schemas`,
      }),
    ]);
  if (a.keyCheck !== b.keyCheck)
    throw new CiudataError([
      createIssue("linkage/pprl-key-mismatch", {
        params: { left: a.source, right: b.source },
        note: `${a.source} and ${b.source} were encoded with different secrets or salts`,
      }),
    ]);
}

function tooMany(count: number, cap: number, blocking?: BitBlocking): CiudataError {
  const bands = blocking === undefined ? {} : { bands: blocking.bands, bits: blocking.bits };
  return new CiudataError([
    createIssue("linkage/pprl-too-many-comparisons", {
      params: { count, cap, ...bands },
      note: `${blocking ? "bit blocking" : "all pairs"} would compare ${count} pairs, more than the cap of ${cap}`,
    }),
  ]);
}

/** Compares pair (i, j) and records it when its Dice similarity reaches the threshold. */
function compare(a: Encoded, b: Encoded, i: number, j: number, threshold: number, out: CandidateList): void {
  out.compared++;
  const sum = (a.popcounts[i] as number) + (b.popcounts[j] as number);
  // Dice can be at most 2·min/sum: skip the popcounts when even that misses the threshold.
  if (sum === 0 || (2 * Math.min(a.popcounts[i] as number, b.popcounts[j] as number)) / sum < threshold)
    return;
  const sim = (2 * commonBits(a.clks, i, b.clks, j, a.words)) / sum;
  if (sim < threshold) return;
  out.push(i, j, sim);
}

function allCandidates(a: Encoded, b: Encoded, threshold: number, cap: number): Candidates {
  const total = a.ids.length * b.ids.length;
  if (total > cap) throw tooMany(total, cap);
  const list = new CandidateList();
  for (let i = 0; i < a.ids.length; i++)
    for (let j = 0; j < b.ids.length; j++) compare(a, b, i, j, threshold, list);
  return { list, counts: [{ rule: "all pairs", marginal: total, cumulative: total }] };
}

function blockedCandidates(
  a: Encoded,
  b: Encoded,
  blocking: BitBlocking,
  threshold: number,
  cap: number,
): Candidates {
  const rule = `bits ${blocking.bands} × ${blocking.bits}`;
  const bands = bandPositions(blocking, informativeBits(a, b, blocking.bits));
  const indexes = bands.map((positions) => bandIndex(b, positions));
  let marginal = 0;
  for (let k = 0; k < bands.length; k++)
    marginal += bandPairs(bandIndex(a, bands[k] as Int32Array), indexes[k] as Map<number, number[]>);
  const list = new CandidateList();
  // A pair found by several bands is compared once: `seen[j] === i + 1` marks j as found for i. The
  // right records of each left one are visited in index (id) order, so the candidates come in id order.
  const seen = new Int32Array(b.ids.length);
  const union = (visit: (i: number, j: number) => void): void => {
    seen.fill(0);
    const found = new Int32Array(b.ids.length);
    for (let i = 0; i < a.ids.length; i++) {
      let n = 0;
      for (let k = 0; k < bands.length; k++) {
        const same = (indexes[k] as Map<number, number[]>).get(bandKey(a, i, bands[k] as Int32Array));
        if (same === undefined) continue;
        for (let s = 0; s < same.length; s++) {
          const j = same[s] as number;
          if (seen[j] !== i + 1) {
            seen[j] = i + 1;
            found[n++] = j;
          }
        }
      }
      const mine = found.subarray(0, n).sort();
      for (let s = 0; s < n; s++) visit(i, mine[s] as number);
    }
  };
  if (marginal > cap) {
    let count = 0;
    union(() => {
      count++;
    });
    if (count > cap) throw tooMany(count, cap, blocking);
  }
  union((i, j) => compare(a, b, i, j, threshold, list));
  return { list, counts: [{ rule, marginal, cumulative: list.compared }] };
}
