import { describe, expect, it } from "vitest";
import { defaultSettings } from "../compare/index";
import { evaluate } from "../evaluate/index";
import { dedupe, link } from "../link";
import { standardise } from "../standardise/index";
import { generateRegistries, generateRegistry } from "./index";
import { generatedMapping } from "./mapping";

// The acceptance bar of issue #18 on the generator's output: pairwise F1 ≥ 0.97 with the default
// settings (comparisons and blocking chosen from the mapped fields) and the model trained without the
// truth, which only scores the result afterwards. One setting differs: u is estimated from 200,000 random
// pairs instead of 1,000,000 (of 9 million possible here), since drawing them is most of the time and
// one long synchronous step stalls the test runner on a busy machine; with 1,000,000 the first case
// scores F1 0.987 as well.

const TIMEOUT = 300_000;

describe("F1 on generated registries (no labels)", () => {
  it(
    "links two registries with different layouts",
    async () => {
      const { a, b, truth } = generateRegistries({ people: 3000, seed: 2026, overlap: 0.5 });
      const left = standardise(a.header, a.rows, generatedMapping("a"), { source: "a" });
      const right = standardise(b.header, b.rows, generatedMapping("b"), { source: "b" });
      const result = await link(left, right, { uSamplePairs: 200_000 });
      const score = evaluate(result, { pairs: truth.pairs }, { left, right });
      expect(score.truePairs).toBe(1500);
      expect(score.f1).toBeGreaterThanOrEqual(0.97);
    },
    TIMEOUT,
  );

  it(
    "links when B writes full names given names first",
    async () => {
      const { a, b, truth } = generateRegistries({
        people: 2000,
        seed: 7,
        overlap: 0.3,
        names: "given-first",
      });
      const left = standardise(a.header, a.rows, generatedMapping("a"), { source: "a" });
      const right = standardise(b.header, b.rows, generatedMapping("b", "given-first"), { source: "b" });
      const result = await link(left, right, { uSamplePairs: 200_000 });
      expect(evaluate(result, { pairs: truth.pairs }, { left, right }).f1).toBeGreaterThanOrEqual(0.97);
    },
    TIMEOUT,
  );

  it(
    "finds the duplicates within one registry when household fields are not compared",
    async () => {
      // Within one registry, siblings share surnames, phone, address and alcaldía: compared as
      // independent evidence those can make brothers and sisters one person. As the guide advises, phone
      // and locality stay in the blocking rules, out of the score (F1 0.982 here; 0.973 with every
      // default comparison).
      const { registry, truth } = generateRegistry({ people: 3000, seed: 11, duplicatesWithin: 0.1 });
      const records = standardise(registry.header, registry.rows, generatedMapping("a"), {
        source: "padron",
      });
      const defaults = defaultSettings(Object.keys(records.fields));
      const comparisons = defaults.comparisons.filter((c) => c.name !== "phone" && c.name !== "locality");
      const result = await dedupe(records, { ...defaults, comparisons, uSamplePairs: 200_000 });
      const score = evaluate(result, { pairs: truth.pairs }, { left: records, right: null });
      expect(score.truePairs).toBe(truth.pairs.length);
      expect(score.f1).toBeGreaterThanOrEqual(0.97);
    },
    TIMEOUT,
  );
});
