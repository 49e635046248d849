import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type BlockedPairs, blockPairs, countBlocking } from "../../block/index";
import { compileComparisons, defaultSettings } from "../../compare/index";
import { FEBRL_DIR, febrlTruth, hasFebrl } from "../../febrl.test-helpers";
import { dedupe, link } from "../../link";
import { FEBRL_MAPPING } from "../../standardise/mapping";
import type { ComparisonSpec, Records } from "../../types";
import { readRecords } from "../read";
import { duckdbEngine } from "./engine";

if (!hasFebrl) console.warn("FEBRL 4 engine test skipped: ../shared/conformance/linkage is not there");

const read = (file: string, source: string) =>
  readRecords(fileURLToPath(new URL(file, FEBRL_DIR)), FEBRL_MAPPING, { source });

const CAP = { maxComparisons: 5_000_000 };

function inProcessGammas(
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
  pairs: BlockedPairs,
) {
  const comparer = compileComparisons(specs, left, right);
  const out = new Int8Array(pairs.length * specs.length);
  for (let p = 0; p < pairs.length; p++)
    comparer.gammas(pairs.left[p] as number, pairs.right[p] as number, out, p * specs.length);
  return out;
}

const triples = (p: BlockedPairs) =>
  Array.from({ length: p.length }, (_, k) => `${p.left[k]}-${p.right[k]}-${p.rule[k]}`).sort();

describe.skipIf(!hasFebrl)("FEBRL 4 on both engines", () => {
  it("gives identical blocking counts, pairs and gammas (link 4a with 4b, default settings)", async () => {
    const a = await read("febrl4a.csv", "a");
    const b = await read("febrl4b.csv", "b");
    const { comparisons, blocking } = defaultSettings(Object.keys(a.fields));
    const pairs = blockPairs(blocking, a, b, CAP);
    const engine = duckdbEngine()(comparisons, a, b);
    try {
      expect(await engine.countBlocking(blocking)).toEqual(countBlocking(blocking, a, b));
      const found = await engine.block(blocking, CAP);
      expect(found.length).toBe(pairs.length);
      expect(triples(found)).toEqual(triples(pairs));
      const gammas = await engine.gammas(pairs);
      expect(gammas).toEqual(inProcessGammas(comparisons, a, b, pairs));
      // Most true links are found: 4b holds one duplicate of each of the 5,000 originals of 4a.
      const truth = Array.from({ length: found.length }, (_, k) => k).filter(
        (k) =>
          a.ids[found.left[k] as number]?.split("-")[1] === b.ids[found.right[k] as number]?.split("-")[1],
      );
      expect(truth.length).toBeGreaterThan(4_900);
    } finally {
      await engine.close();
    }
  });

  it("gives identical pairs and gammas deduplicating 4a and 4b stacked as one registry", async () => {
    const a = await read("febrl4a.csv", "a");
    const b = await read("febrl4b.csv", "b");
    const one: Records = {
      source: "febrl4",
      ids: [...a.ids, ...b.ids],
      rows: [...a.rows, ...b.rows],
      fields: Object.fromEntries(
        Object.keys(a.fields).map((f) => [f, [...(a.fields[f] ?? []), ...(b.fields[f] ?? [])]]),
      ),
    };
    const { comparisons, blocking } = defaultSettings(Object.keys(one.fields));
    const pairs = blockPairs(blocking, one, null, CAP);
    const engine = duckdbEngine({ database: ":memory:" })(comparisons, one, null);
    try {
      expect(await engine.countBlocking(blocking)).toEqual(countBlocking(blocking, one, null));
      expect(triples(await engine.block(blocking, CAP))).toEqual(triples(pairs));
      expect(await engine.gammas(pairs)).toEqual(inProcessGammas(comparisons, one, null, pairs));
    } finally {
      await engine.close();
    }
  });

  it("gives identical weights, links, clusters and evaluation through link() and dedupe()", async () => {
    const a = await read("febrl4a.csv", "febrl4a");
    const b = await read("febrl4b.csv", "febrl4b");
    const truth = { pairs: febrlTruth(a, b) };
    // Fewer random pairs for u than the default million keep the test short; both runs use the same.
    const settings = { uSamplePairs: 200_000 };
    const inProcess = await link(a, b, settings, { truth });
    const viaDuckDB = await link(a, b, settings, { truth, engine: duckdbEngine() });
    expect(viaDuckDB).toEqual(inProcess);
    expect(viaDuckDB.evaluation?.f1).toBeGreaterThanOrEqual(0.99);
    const small: Records = {
      ...a,
      fields: Object.fromEntries(Object.entries(a.fields).map(([f, v]) => [f, v.slice(0, 2000)])),
      ids: a.ids.slice(0, 2000),
      rows: a.rows.slice(0, 2000),
    };
    expect(await dedupe(small, {}, { engine: duckdbEngine({ database: ":memory:" }) })).toEqual(
      await dedupe(small),
    );
  }, 600_000);
});
