import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runOpendataConformance } from "./conformance-opendata";

const DIR = new URL("../../../../../shared/conformance/opendata", import.meta.url).pathname;
const present = existsSync(`${DIR}/cases.json`);
if (!present) console.warn(`[cli] open-data conformance fixtures not found at ${DIR}: skipping`);

describe.skipIf(!present)("runOpendataConformance", () => {
  it("passes every shared case", async () => {
    const results = await runOpendataConformance(DIR);
    expect(results.filter((r) => r.status === "failed")).toEqual([]);
    expect(results.filter((r) => r.status === "passed").length).toBeGreaterThanOrEqual(22);
  });
});
