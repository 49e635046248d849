import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Records } from "../types";
import { clusterPairs } from "./components";
import { oneToOne } from "./one-to-one";

const side = (source: string, n: number, ids?: (string | null)[]): Records => ({
  source,
  ids: Array.from({ length: n }, (_, i) => `r${i}`),
  rows: Array.from({ length: n }, (_, i) => i + 1),
  fields:
    ids === undefined ? {} : { nationalId: ids, nationalIdValid: ids.map((v) => (v === null ? null : "1")) },
});
const pairs = (l: number[], r: number[]) => ({
  left: Int32Array.from(l),
  right: Int32Array.from(r),
  length: l.length,
});

describe("clusterPairs", () => {
  it("groups linked records into connected components named by their smallest member", () => {
    const a = side("a", 4);
    const b = side("b", 4);
    const clusters = clusterPairs(pairs([2, 2, 0], [3, 1, 0]), a, b);
    expect(clusters).toEqual([
      {
        id: "a:r0",
        members: [
          { source: "a", id: "r0" },
          { source: "b", id: "r0" },
        ],
      },
      {
        id: "a:r2",
        members: [
          { source: "a", id: "r2" },
          { source: "b", id: "r1" },
          { source: "b", id: "r3" },
        ],
      },
    ]);
  });

  it("flags a cluster holding two different valid national IDs, and a large one", () => {
    const d = side("d", 12, ["1", "2", ...Array.from({ length: 10 }, () => null)]);
    expect(clusterPairs(pairs([0], [1]), d, null)[0]?.flags).toEqual(["conflicting-ids"]);
    const chain = clusterPairs(
      pairs(
        [...Array(11).keys()],
        [...Array(11).keys()].map((i) => i + 1),
      ),
      d,
      null,
    );
    expect(chain[0]?.flags).toEqual(["large", "conflicting-ids"]);
  });

  it("finds the connected components, whatever the order of the links (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { maxLength: 15 }),
        (edges) => {
          const d = side("d", 10);
          const clusters = clusterPairs(
            pairs(
              edges.map((e) => e[0]),
              edges.map((e) => e[1]),
            ),
            d,
            null,
          );
          const reversed = [...edges].reverse();
          expect(
            clusterPairs(
              pairs(
                reversed.map((e) => e[1]),
                reversed.map((e) => e[0]),
              ),
              d,
              null,
            ),
          ).toEqual(clusters);
          // Every edge's ends share a cluster; no record is in two clusters.
          const of = new Map<string, string>();
          for (const c of clusters)
            for (const m of c.members) {
              expect(of.has(m.id)).toBe(false);
              of.set(m.id, c.id);
            }
          for (const [x, y] of edges) if (x !== y) expect(of.get(`r${x}`)).toBe(of.get(`r${y}`));
          // A cluster is connected: its size equals what a walk over the edges reaches.
          for (const c of clusters) {
            const seen = new Set([c.members[0]?.id]);
            let grew = true;
            while (grew) {
              grew = false;
              for (const [x, y] of edges) {
                const [a, b] = [`r${x}`, `r${y}`];
                if (seen.has(a) !== seen.has(b)) {
                  seen.add(a);
                  seen.add(b);
                  grew = true;
                }
              }
            }
            expect(seen.size).toBe(c.members.length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("oneToOne", () => {
  it("keeps the best link of each record, in the order given", () => {
    // Candidates best first: (0,0), (0,1), (1,0), (1,1).
    const kept = oneToOne(Int32Array.of(0, 0, 1, 1), Int32Array.of(0, 1, 0, 1), [0, 1, 2, 3]);
    expect([...kept]).toEqual([1, 0, 0, 1]);
    const other = oneToOne(Int32Array.of(0, 0, 1, 1), Int32Array.of(0, 1, 0, 1), [1, 2, 0, 3]);
    expect([...other]).toEqual([0, 1, 1, 0]);
  });
});
