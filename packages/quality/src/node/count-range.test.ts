import { describe, expect, it } from "vitest";
import type { ColumnsSpec } from "../stats/column";
import { type RangeJob, RangeQueue } from "./count-range";

// Issue #22: `describeFile` starts its workers before the job is known; they wait for it on shared
// memory, then every thread claims the next byte range until none is left.

const spec: ColumnsSpec = {
  fields: [{ name: "barrio", type: "string" }],
  missingValues: [""],
  countsOnly: [false],
  exactLimit: 10,
  quantileLimit: 10,
};
const job = (n: number): RangeJob => ({
  ranges: Array.from({ length: n }, (_, k) => ({
    path: "/tmp/padron.csv",
    start: k * 100,
    end: (k + 1) * 100,
    final: k === n - 1,
    encoding: "utf-8" as const,
    dialect: {} as RangeJob["ranges"][number]["dialect"],
    newline: "\n" as const,
  })),
  spec,
  picked: [0],
});

describe("RangeQueue", () => {
  it("hands the posted job to a worker's queue on the same memory, and every range once across them", () => {
    const here = new RangeQueue();
    expect(here.post(job(7))).toBe(true);
    const there = new RangeQueue(here.control);
    expect(there.take()).toEqual(job(7));
    const claimed: number[] = [];
    for (let turn = 0; claimed.length < 7 && turn < 20; turn++) {
      const k = (turn % 2 === 0 ? here : there).claim();
      if (k >= 0) claimed.push(k);
    }
    expect(claimed).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(here.claim()).toBe(-1);
    expect(there.claim()).toBe(-1);
  });

  it("gives a worker no job when cancelled before one is posted, and stops the claims after a failure", () => {
    const cancelled = new RangeQueue();
    cancelled.cancel();
    expect(new RangeQueue(cancelled.control).take()).toBeNull();
    expect(cancelled.post(job(2))).toBe(true);
    const failing = RangeQueue.local(5);
    expect(failing.claim()).toBe(0);
    failing.fail();
    expect(failing.claim()).toBe(-1);
  });
});
