import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { limitHeapGrowth } from "./heap";

describe("limitHeapGrowth", () => {
  it("refuses a growth that is not a whole number of percent from 1, and never changes the heap's limit", () => {
    expect(() => limitHeapGrowth(0)).toThrow(RangeError);
    expect(() => limitHeapGrowth(12.5)).toThrow(/whole number/);
    const before = getHeapStatistics().heap_size_limit;
    const restore = limitHeapGrowth(50);
    restore();
    expect(getHeapStatistics().heap_size_limit).toBe(before);
  });
});
