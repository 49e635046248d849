import { describe, expect, it } from "vitest";
import { createCaster } from "./create-caster";
import { isCastFailure } from "./failure";
import type { PlainDate } from "./plain-date";

describe("list fields", () => {
  it("split by delimiter and cast items by itemType", () => {
    expect(createCaster({ type: "list" })("a,b,c")).toEqual(["a", "b", "c"]);
    expect(createCaster({ type: "list", delimiter: ";", itemType: "integer" })("1;2;3")).toEqual([1, 2, 3]);
    expect(isCastFailure(createCaster({ type: "list", itemType: "integer" })("1,x"))).toBe(true);
    const dates = createCaster({ type: "list", itemType: "date" })("2024-01-01,2024-02-01") as PlainDate[];
    expect(dates.map((d) => String(d))).toEqual(["2024-01-01", "2024-02-01"]);
  });
});
