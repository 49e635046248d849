import { CiudataError } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dedupe, link } from "./link";
import { type Person, people, permute, records, typo } from "./link.test-helpers";
import type { LinkResult } from "./types";

const SMALL = { uSamplePairs: 20_000 };

/** Side b: the first 40 of 60 people again, with a typo in the surname of every third, ids shuffled. */
function sides(seed: number) {
  const all = people(60, seed);
  const a = records("a", all);
  const b = records(
    "b",
    all.slice(0, 40).map((p, i): Person => (i % 3 === 0 ? { ...p, surname1: typo(p.surname1, i) } : p)),
    all.slice(0, 40).map((_, i) => `b-${(i * 17) % 40}`),
  );
  const truth = all.slice(0, 40).map((_, i) => [`a-${i}`, `b-${(i * 17) % 40}`] as [string, string]);
  return { a, b, truth };
}

const summary = (r: LinkResult) => ({
  pairs: r.pairs.map((p) => [p.left, p.right, p.weight, p.link]),
  clusters: r.clusters,
  prior: r.model.prior,
  compared: r.compared,
});

describe("link", () => {
  it("links two small registries and scores them against the truth", async () => {
    const { a, b, truth } = sides(3);
    const steps: string[] = [];
    const result = await link(a, b, SMALL, {
      truth: { pairs: truth },
      onProgress: (step, done) => {
        if (done === 0) steps.push(step);
      },
      onBlocking: (counts) => steps.push(`blocking: ${counts.map((c) => c.cumulative).join(" ")}`),
    });
    // The counts are told once, before pairs are built and compared, and are the result's.
    const told = `blocking: ${result.blocking.map((c) => c.cumulative).join(" ")}`;
    expect(steps).toEqual(["block", told, "sample", "compare", "train", "score", "cluster"]);
    expect(result.evaluation?.f1).toBe(1);
    for (const pair of result.pairs) {
      const sum = pair.contributions.reduce(
        (x, y) => x + y,
        Math.log2(result.model.prior / (1 - result.model.prior)),
      );
      expect(pair.weight).toBeCloseTo(sum, 9);
      expect(pair.probability).toBeCloseTo(1 / (1 + 2 ** -pair.weight), 12);
    }
    expect(result.clusters.every((c) => c.id === `a:${c.members[0]?.id}`)).toBe(true);
  });

  it("keeps one link per record with oneToOne", async () => {
    const { a } = sides(5);
    // b holds every person of a twice (ids b-i and c-i): without one-to-one each a record links twice.
    const twice = records(
      "b",
      [...people(60, 5), ...people(60, 5)],
      [...Array.from({ length: 60 }, (_, i) => `b-${i}`), ...Array.from({ length: 60 }, (_, i) => `c-${i}`)],
    );
    const many = await link(a, twice, SMALL);
    const one = await link(a, twice, { ...SMALL, oneToOne: true });
    const perLeft = (r: LinkResult) => {
      const counts = new Map<string, number>();
      for (const p of r.pairs) if (p.link) counts.set(p.left, (counts.get(p.left) ?? 0) + 1);
      return Math.max(...counts.values());
    };
    expect(perLeft(many)).toBe(2);
    expect(perLeft(one)).toBe(1);
    expect(one.links).toBe(60);
  });

  it("fixes decided pairs: a match is a link, a non-match is not", async () => {
    const { a, b } = sides(3);
    const first = await link(a, b, SMALL);
    const best = first.pairs[0];
    if (best === undefined) throw new Error("no pairs");
    const decisions = [
      { left: best.left, right: best.right, match: false },
      { left: "a-59", right: "b-1", match: true },
    ];
    const again = await link(a, b, SMALL, { decisions });
    const find = (l: string, r: string) => again.pairs.find((p) => p.left === l && p.right === r);
    expect(find(best.left, best.right)).toMatchObject({ link: false, decision: false });
    expect(find("a-59", "b-1")).toMatchObject({ link: true, decision: true });
  });

  it("stops on a decision naming an unknown id", async () => {
    const { a, b } = sides(3);
    await expect(
      link(a, b, SMALL, { decisions: [{ left: "nobody", right: "b-1", match: true }] }),
    ).rejects.toMatchObject({
      errors: [{ type: "linkage/decision-unknown-id", params: { count: 1, id: "nxxxxx" } }],
    });
  });

  it("stops on an empty side", async () => {
    const { a } = sides(3);
    const empty = records("empty.csv", []);
    const error = await link(a, empty).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CiudataError);
    expect((error as CiudataError).errors[0]).toMatchObject({
      type: "linkage/empty-side",
      params: { file: "empty.csv" },
    });
  });

  it("gives the same result whatever the order of the rows (property)", async () => {
    const { a, b } = sides(7);
    const base = summary(await link(a, b, SMALL));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...Array(60).keys()], { minLength: 60, maxLength: 60 }),
        fc.shuffledSubarray([...Array(40).keys()], { minLength: 40, maxLength: 40 }),
        async (oa, ob) => {
          expect(summary(await link(permute(a, oa), permute(b, ob), SMALL))).toEqual(base);
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe("dedupe", () => {
  it("gives the same result whatever the order of the rows (property)", async () => {
    const list = people(40, 9);
    const registry = records("r", [
      ...list,
      ...list.slice(0, 10).map((p, i) => ({ ...p, given: typo(p.given, i) })),
    ]);
    const base = summary(await dedupe(registry, SMALL));
    expect(base.clusters.length).toBeGreaterThan(5);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...Array(50).keys()], { minLength: 50, maxLength: 50 }),
        async (order) => {
          expect(summary(await dedupe(permute(registry, order), SMALL))).toEqual(base);
        },
      ),
      { numRuns: 8 },
    );
  });

  it("always links a record to an identical copy of itself (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 29 }),
        async (seed, k) => {
          const list = people(30, seed);
          const copy = list[k] as Person;
          const registry = records("r", [...list, copy]);
          const result = await dedupe(registry, SMALL);
          const [x, y] = [`r-${k}`, "r-30"].sort();
          const pair = result.pairs.find((p) => p.left === x && p.right === y);
          expect(pair?.link).toBe(true);
          expect(result.clusters.some((c) => c.members.some((m) => m.id === "r-30"))).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  });
});
