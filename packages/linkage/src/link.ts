import { CiudataError, createIssue } from "@ciudata/core";
import { clusterPairs } from "./cluster/components";
import { oneToOne } from "./cluster/one-to-one";
import { defaultSettings } from "./compare/index";
import { type EngineFactory, inProcessEngine, type LinkEngine, type PairList } from "./engine";
import { evaluate } from "./evaluate/evaluate";
import type { Truth } from "./evaluate/truth";
import { pairScorer, probabilityOf, weightOf } from "./model/score";
import { termFrequencies } from "./model/tf";
import { type GammaSet, trainModel } from "./model/train";
import { estimateU } from "./model/u";
import { type Decision, pairKey, resolveDecisions } from "./pipeline/decisions";
import { fitDefaultBlocking } from "./pipeline/fit";
import { canonicalOrder, possiblePairs, randomPairs, rankOf, sharePairs } from "./pipeline/order";
import { subsetGammas } from "./pipeline/subset";
import { predicateFields } from "./sql/gammas";
import type {
  BlockingChange,
  BlockingCount,
  BlockingRule,
  LinkResult,
  LinkSettings,
  Records,
  ScoredPair,
} from "./types";

export type { Decision } from "./pipeline/decisions";

/** The steps of a run, in order, as {@link LinkOptions.onProgress} names them. */
export type LinkStep = "block" | "sample" | "compare" | "train" | "score" | "cluster";

/** How a run is carried out (what it computes is in {@link LinkSettings}). */
export interface LinkOptions {
  /** The engine that blocks and compares (default: in this process). */
  engine?: EngineFactory;
  /** Called as each step starts (`done` 0) and ends (`done` = `total`). */
  onProgress?: (step: LinkStep, done: number, total: number) => void;
  /**
   * Called once the blocking rules are counted (the defaults fitted to the cap), before any pair is built
   * or compared: what each rule will compare, and how the default rules were changed. Runs also when
   * the rules then stop over the cap, so people see why.
   */
  onBlocking?: (counts: readonly BlockingCount[], changes: readonly BlockingChange[]) => void;
  /** Decisions re-imported from the clerical review: fixed links and non-links, used in training. */
  decisions?: readonly Decision[];
  /** A truth to score the result against (fills `evaluation`). */
  truth?: Truth;
  /** The truth's file name, for messages. */
  truthFile?: string;
}

/** Most pairs of a training rule that is not a blocking rule compared for EM (a share is taken above). */
const TRAINING_PAIRS = 1 << 19;

/** Defaults of the settings a caller leaves out (comparisons and rules come from the fields). */
export const LINK_DEFAULTS = {
  maxComparisons: 20_000_000,
  threshold: 0.9,
  reviewFrom: 0.5,
  uSamplePairs: 1_000_000,
  seed: 1,
} as const;

/**
 * Links two registries that share no key: blocks, compares, trains a Fellegi–Sunter model without labels
 * (u from random pairs, m by EM, λ estimated), scores every compared pair and groups the links into
 * clusters. Settings left out are chosen from the standard fields both sides have (`defaultSettings`).
 * The result does not depend on the order of the rows. Throws `CiudataError` when a side is empty
 * (`linkage/empty-side`), when blocking would compare more than `maxComparisons` pairs, or when a decision
 * or the truth names an unknown id.
 *
 * @example
 * ```ts
 * const result = await link(a, b, { threshold: 0.95, oneToOne: true });
 * result.pairs[0]; //=> { left: "17", right: "B-203", weight: 21.4, probability: 0.99999, link: true, … }
 * ```
 */
export async function link(
  left: Records,
  right: Records,
  settings: Partial<LinkSettings> = {},
  options: LinkOptions = {},
): Promise<LinkResult> {
  return run(left, right, settings, options);
}

/**
 * Finds the records of one registry that are the same person, as {@link link} does between two.
 *
 * @example
 * ```ts
 * const result = await dedupe(registry);
 * result.clusters.length; //=> 412 groups of records that are one person
 * ```
 */
export async function dedupe(
  records: Records,
  settings: Partial<LinkSettings> = {},
  options: LinkOptions = {},
): Promise<LinkResult> {
  return run(records, null, settings, options);
}

async function run(
  left: Records,
  right: Records | null,
  given: Partial<LinkSettings>,
  options: LinkOptions,
): Promise<LinkResult> {
  for (const side of right === null ? [left] : [left, right]) {
    if (side.ids.length === 0) {
      throw new CiudataError([
        createIssue("linkage/empty-side", {
          params: { file: side.source },
          note: `${side.source} has no records`,
        }),
      ]);
    }
  }
  const settings = resolveSettings(given, left, right);
  const { comparisons: specs } = settings;
  const width = specs.length;
  const progress = options.onProgress ?? (() => {});
  const decided = resolveDecisions(options.decisions ?? [], left, right);
  const nr = (right ?? left).ids.length;
  const ruleFields = [...new Set([...settings.blocking, ...settings.training].flatMap((rule) => rule.on))];
  const engine: LinkEngine = await (options.engine ?? inProcessEngine)(specs, left, right, { ruleFields });
  let closed = false;
  const closeEngine = async () => {
    if (closed) return;
    closed = true;
    await engine.close();
  };
  try {
    progress("block", 0, 1);
    // Default rules are fitted to the sizes at hand; declared rules are kept (and stop over the cap).
    const fitted =
      given.blocking === undefined
        ? await fitDefaultBlocking(engine, settings.blocking, settings.maxComparisons, (f) =>
            hasValues(f, left, right),
          )
        : { rules: settings.blocking, counts: await engine.countBlocking(settings.blocking), changes: [] };
    const { rules: blocking, counts } = fitted;
    options.onBlocking?.(counts, fitted.changes);
    let blocked = await engine.block(blocking, { maxComparisons: settings.maxComparisons });
    progress("block", 1, 1);

    // Fields the engine already encoded (the compared ones) are hashed by distinct value.
    const compared = new Set(
      specs.flatMap((c) => [...c.fields, ...c.levels.flatMap((l) => predicateFields(l.when))]),
    );
    const codesOf = (side: "left" | "right") => (field: string) => {
      const codes = compared.has(field) ? engine.codes?.(field) : undefined;
      return codes?.values === undefined ? undefined : { codes: codes[side], values: codes.values };
    };
    const leftOrder = canonicalOrder(left, codesOf("left"));
    const rightOrder = right === null ? leftOrder : canonicalOrder(right, codesOf("right"));
    // u from random pairs; the sample and its gammas live only as long as this call.
    const u = await (async () => {
      const sample = randomPairs(
        leftOrder,
        right === null ? null : rightOrder,
        settings.uSamplePairs,
        settings.seed,
      );
      progress("sample", 0, sample.length);
      const sampled = await gammasInChunks(engine, sample, width, (done) =>
        progress("sample", done, sample.length),
      );
      return estimateU(specs, sampled, sample.length);
    })();

    progress("compare", 0, blocked.length);
    let gammas = await gammasInChunks(engine, blocked, width, (done) =>
      progress("compare", done, blocked.length),
    );
    const decidedGammas = await engine.gammas(decided);

    progress("train", 0, 1);
    const isDecided = (p: number): boolean =>
      decided.index.has(pairKey(blocked.left[p] as number, blocked.right[p] as number, nr));
    const free = (p: number) => decided.length === 0 || !isDecided(p);
    // The training sets (copies of gammas) live only as long as this call.
    const model = await (async () => {
      const sessions: { rule: BlockingRule; pairs: GammaSet }[] = [];
      for (const rule of settings.training) {
        sessions.push({ rule, pairs: await trainingPairs(rule) });
      }
      return trainModel(specs, {
        u,
        sessions,
        compared:
          decided.length === 0
            ? { gammas, length: blocked.length }
            : subsetGammas(gammas, width, blocked.length, free),
        totalPairs: possiblePairs(left.ids.length, right === null ? null : nr),
        ...(decided.length === 0
          ? {}
          : { decided: { pairs: { gammas: decidedGammas, length: decided.length }, match: decided.match } }),
        ...(settings.prior === undefined ? {} : { prior: settings.prior }),
      }).model;
    })();
    progress("train", 1, 1);

    progress("score", 0, blocked.length);
    const scorer = pairScorer(
      specs,
      model,
      termFrequencies(specs, left, right, engine.codes === undefined ? undefined : (f) => engine.codes?.(f)),
    );
    // Nothing below asks the engine: its encodings and caches go before the pairs are scored.
    await closeEngine();
    const reviewWeight = weightOf(settings.reviewFrom);
    const linkWeight = weightOf(settings.threshold);
    // Candidates: blocked pairs at or above the review band, then decided pairs blocking did not find.
    // Kept as numbers (`at`: p of a blocked pair, or -1 - k of decided pair k), not one object each.
    const leftIds = left.ids;
    const rightIds = (right ?? left).ids;
    const at: number[] = [];
    const weights: number[] = [];
    const seen = new Set<number>();
    for (let p = 0; p < blocked.length; p++) {
      const l = blocked.left[p] as number;
      const r = blocked.right[p] as number;
      const weight = scorer.weight(gammas, p, l, r);
      const k = decided.length === 0 ? undefined : decided.index.get(pairKey(l, r, nr));
      if (k !== undefined) seen.add(k);
      if (weight < reviewWeight && k === undefined) continue;
      at.push(p);
      weights.push(weight);
    }
    for (let k = 0; k < decided.length; k++) {
      if (seen.has(k)) continue;
      const weight = scorer.weight(decidedGammas, k, decided.left[k] as number, decided.right[k] as number);
      if (weight < reviewWeight && !decided.match[k]) continue;
      at.push(-1 - k);
      weights.push(weight);
    }
    const leftOf = (c: number): number =>
      (at[c] as number) >= 0
        ? (blocked.left[at[c] as number] as number)
        : (decided.left[-1 - (at[c] as number)] as number);
    const rightOf = (c: number): number =>
      (at[c] as number) >= 0
        ? (blocked.right[at[c] as number] as number)
        : (decided.right[-1 - (at[c] as number)] as number);
    const decisionOf = (c: number): boolean | undefined => {
      const p = at[c] as number;
      const k =
        p >= 0
          ? decided.length === 0
            ? undefined
            : decided.index.get(pairKey(blocked.left[p] as number, blocked.right[p] as number, nr))
          : -1 - p;
      return k === undefined ? undefined : decided.match[k];
    };
    // The ids as reported (for dedupe the smaller first), looked up once: the sort compares them often.
    const lids: string[] = new Array(at.length);
    const rids: string[] = new Array(at.length);
    for (let c = 0; c < at.length; c++) {
      const lid = leftIds[leftOf(c)] as string;
      const rid = rightIds[rightOf(c)] as string;
      const swap = right === null && rid < lid;
      lids[c] = swap ? rid : lid;
      rids[c] = swap ? lid : rid;
    }
    const lidOf = (c: number): string => lids[c] as string;
    const ridOf = (c: number): string => rids[c] as string;
    const pairs = Array.from(at.keys()).sort(
      (a, b) =>
        (weights[b] as number) - (weights[a] as number) ||
        compare(lidOf(a), lidOf(b)) ||
        compare(ridOf(a), ridOf(b)),
    );
    const decisions = pairs.map(decisionOf);
    const isLink = pairs.map((c, k) => decisions[k] ?? (weights[c] as number) >= linkWeight);
    if (settings.oneToOne && right !== null) {
      const order = [...pairs.keys()].filter((k) => isLink[k]);
      order.sort((a, b) => Number(decisions[b] === true) - Number(decisions[a] === true) || a - b);
      const kept = oneToOne(Int32Array.from(pairs, leftOf), Int32Array.from(pairs, rightOf), order);
      for (const k of order) isLink[k] = kept[k] === 1;
    }
    // Pairs share few gamma vectors (a few thousand patterns among hundreds of thousands of pairs): one
    // frozen array per pattern.
    const vectors = new Map<string, readonly number[]>();
    const gammaVector = (set: Int8Array, q: number): readonly number[] => {
      const row = set.subarray(q * width, (q + 1) * width);
      const key = String.fromCharCode(...row.map((g) => g + 2));
      let vector = vectors.get(key);
      if (vector === undefined) {
        vector = Object.freeze(Array.from(row));
        vectors.set(key, vector);
      }
      return vector;
    };
    const scored: ScoredPair[] = pairs.map((c, k) => {
      const p = at[c] as number;
      const set = p >= 0 ? gammas : decidedGammas;
      const q = p >= 0 ? p : -1 - p;
      const weight = weights[c] as number;
      const decision = decisions[k];
      return {
        left: lidOf(c),
        right: ridOf(c),
        rule: p >= 0 ? (blocked.rule[p] as number) : -1,
        gammas: gammaVector(set, q),
        weight,
        contributions: scorer.contributions(set, q, leftOf(c), rightOf(c)),
        probability: probabilityOf(weight),
        link: isLink[k] === true,
        ...(decision === undefined ? {} : { decision }),
      };
    });
    progress("score", blocked.length, blocked.length);

    progress("cluster", 0, 1);
    const linked = pairs.filter((_, k) => isLink[k]);
    const links = {
      left: Int32Array.from(linked, leftOf),
      right: Int32Array.from(linked, rightOf),
      length: linked.length,
    };
    // The compared pairs and their gammas are no longer needed: let them go before clustering.
    const blockedCount = blocked.length;
    blocked = { left: new Int32Array(0), right: new Int32Array(0), rule: new Uint8Array(0), length: 0 };
    gammas = new Int8Array(0);
    const clusters = clusterPairs(links, left, right);
    progress("cluster", 1, 1);

    const result: LinkResult = {
      mode: right === null ? "dedupe" : "link",
      sides: (right === null ? [left] : [left, right]).map((s) => ({
        source: s.source,
        records: s.ids.length,
      })),
      blocking: counts,
      ...(fitted.changes.length > 0 ? { blockingChanges: fitted.changes } : {}),
      compared: blockedCount,
      specs,
      model,
      pairs: scored,
      links: scored.filter((p) => p.link).length,
      review: scored.filter((p) => !p.link && p.decision === undefined && p.weight < linkWeight).length,
      threshold: settings.threshold,
      reviewFrom: settings.reviewFrom,
      clusters,
    };
    if (options.truth !== undefined) {
      result.evaluation = evaluate(
        result,
        options.truth,
        { left, right },
        {
          ...(options.truthFile === undefined ? {} : { file: options.truthFile }),
        },
      );
    }
    return result;

    /**
     * The pairs of a training rule: those of the compared pairs that agree on its fields when it is one of
     * the blocking rules (or when its own pairs would pass the training cap), else its own pairs.
     */
    async function trainingPairs(rule: BlockingRule): Promise<GammaSet> {
      const on = [...new Set(rule.on)].sort().join("\u0000");
      if (!blocking.some((b) => [...new Set(b.on)].sort().join("\u0000") === on)) {
        const own = await ownPairs(rule);
        if (own !== undefined) {
          const ownGammas = await engine.gammas(own);
          return subsetGammas(ownGammas, width, own.length, (p) =>
            decided.length === 0
              ? true
              : !decided.index.has(pairKey(own.left[p] as number, own.right[p] as number, nr)),
          );
        }
      }
      const columns = rule.on.map((f) => [left.fields[f] ?? [], (right ?? left).fields[f] ?? []] as const);
      return subsetGammas(gammas, width, blocked.length, (p) => {
        if (!free(p)) return false;
        const l = blocked.left[p] as number;
        const r = blocked.right[p] as number;
        return columns.every(([a, b]) => {
          const x = a[l];
          return x !== null && x !== undefined && x === b[r];
        });
      });
    }

    /**
     * A training rule's own pairs, when there are no more than `maxComparisons`; over `TRAINING_PAIRS`,
     * a share of them chosen by the records' canonical ranks (so not by row order).
     */
    async function ownPairs(rule: BlockingRule): Promise<PairList | undefined> {
      const [count] = await engine.countBlocking([rule]);
      if (count === undefined || count.cumulative > settings.maxComparisons) return undefined;
      const all = await engine.block([rule], { maxComparisons: settings.maxComparisons });
      if (all.length <= TRAINING_PAIRS) return all;
      return sharePairs(
        all,
        TRAINING_PAIRS / all.length,
        rankOf(leftOrder),
        rankOf(rightOrder),
        settings.seed,
      );
    }
  } finally {
    await closeEngine();
  }
}

/** Pairs compared per call to the engine, so that progress moves on long runs. */
const CHUNK = 1 << 20;

async function gammasInChunks(
  engine: LinkEngine,
  pairs: PairList,
  width: number,
  onChunk: (done: number) => void,
): Promise<Int8Array> {
  if (pairs.length <= CHUNK) {
    const out = await engine.gammas(pairs);
    onChunk(pairs.length);
    return out;
  }
  const out = new Int8Array(pairs.length * width);
  for (let start = 0; start < pairs.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, pairs.length);
    const part = await engine.gammas({
      left: pairs.left.subarray(start, end),
      right: pairs.right.subarray(start, end),
      length: end - start,
    });
    out.set(part, start * width);
    onChunk(end);
  }
  return out;
}

/** Whether both sides (or the one side) have a value in a field. */
function hasValues(field: string, left: Records, right: Records | null): boolean {
  return [left, right ?? left].every((r) => r.fields[field]?.some((v) => v !== null) === true);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Resolved = Required<Omit<LinkSettings, "prior">> & Pick<LinkSettings, "prior">;

function resolveSettings(given: Partial<LinkSettings>, left: Records, right: Records | null): Resolved {
  const present = (r: Records) =>
    new Set(Object.keys(r.fields).filter((f) => r.fields[f]?.some((v) => v !== null)));
  const l = present(left);
  const both = right === null ? [...l] : [...present(right)].filter((f) => l.has(f));
  const defaults = defaultSettings(both.sort());
  const blocking = given.blocking ?? defaults.blocking;
  return {
    comparisons: given.comparisons ?? defaults.comparisons,
    blocking,
    training: given.training ?? (given.blocking === undefined ? defaults.training : undefined) ?? blocking,
    maxComparisons: given.maxComparisons ?? LINK_DEFAULTS.maxComparisons,
    threshold: given.threshold ?? LINK_DEFAULTS.threshold,
    reviewFrom: Math.min(
      given.reviewFrom ?? LINK_DEFAULTS.reviewFrom,
      given.threshold ?? LINK_DEFAULTS.threshold,
    ),
    oneToOne: given.oneToOne ?? false,
    uSamplePairs: given.uSamplePairs ?? LINK_DEFAULTS.uSamplePairs,
    seed: given.seed ?? LINK_DEFAULTS.seed,
    ...(given.prior === undefined ? {} : { prior: given.prior }),
  };
}
