import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { present, SHARED } from "../../test-support/shared";
import { runSdcSuite } from "./sdc";
import { countCases } from "./types";

const dir = join(SHARED, "conformance/sdc/sdcmicro");

describe("sdcMicro conformance (shared/conformance/sdc)", () => {
  it.skipIf(!present(dir, "sdcMicro conformance data"))("reproduces every published number", () => {
    const groups = runSdcSuite({
      expected: JSON.parse(readFileSync(join(dir, "expected_results.json"), "utf8")),
      francdat: readFileSync(join(dir, "francdat.csv"), "utf8"),
      testdata: readFileSync(join(dir, "testdata.csv"), "utf8"),
    });
    const failed = groups.flatMap((g) => g.cases.filter((c) => c.status !== "passed"));
    expect(failed).toEqual([]);
    expect(countCases(groups).passed).toBeGreaterThan(20);
  });
});
