import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPortalConformance } from "./index";

const DIR = new URL("../../../../../shared/conformance/opendata/", import.meta.url).pathname;
const present = existsSync(`${DIR}cases.json`);
if (!present)
  console.warn(`[open-data] conformance fixtures not found at ${DIR}: skipping the conformance test`);

describe.skipIf(!present)("open-data conformance (shared fixtures over loopback HTTP)", () => {
  it("passes every case of cases.json", async () => {
    const results = await runPortalConformance(DIR);
    const failed = results.filter((r) => r.status !== "passed");
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(22);
  });
});
