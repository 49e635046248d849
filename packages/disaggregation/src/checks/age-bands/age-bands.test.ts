import { describe, expect, it } from "vitest";
import { run } from "../../../test-support/run-checks";
import { ageBandsCheck, findAgeBandProblems } from "./age-bands";

describe("age bands", () => {
  it("finds overlaps and gaps", () => {
    const p = findAgeBandProblems(["Y0T14", "Y10T24", "Y30T44", "Y_GE45", "_T", "_U"]);
    expect(p.overlaps.map((o) => [o.first.code, o.second.code])).toEqual([["Y0T14", "Y10T24"]]);
    expect(p.gaps).toEqual([{ from: 25, to: 29 }]);
    expect(findAgeBandProblems(["Y18T24", "Y_GE25"]).gaps).toEqual([{ from: 0, to: 17 }]);
    expect(findAgeBandProblems(["Y0T17", "Y_GE18"])).toEqual({ overlaps: [], gaps: [] });
  });

  it("checks long columns and wide groups, skipping single ages", async () => {
    const long = await run("edad,casos\n0 a 14,3\n10 a 24,4\n30 y más,5\n", [ageBandsCheck()]);
    expect(long.errors.map((e) => [e.type, e.fieldNumber])).toEqual([
      ["disaggregation/age-band-overlap", 1],
      ["disaggregation/age-band-gap", 1],
    ]);
    const wide = await run("barrio,edad_0-4,edad_5-9,edad_15-19,edad_total\nB,1,1,1,3\n", [ageBandsCheck()]);
    expect(wide.errors.map((e) => [e.type, e.params.from, e.params.to])).toEqual([
      ["disaggregation/age-band-gap", 10, 14],
    ]);
    expect((await run("edad\n3\n40\n81\n", [ageBandsCheck()])).errors).toEqual([]);
  });
});
