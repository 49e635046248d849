import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { opendataGroups } from "./opendata";

const DIR = new URL("../../../../../../shared/conformance/opendata", import.meta.url).pathname;
const present = existsSync(`${DIR}/cases.json`);
if (!present) console.warn(`[cli] open-data conformance fixtures not found at ${DIR}: skipping`);

describe.skipIf(!present)("opendataGroups", () => {
  it("passes every shared case", async () => {
    const cases = (await opendataGroups(DIR)).flatMap((g) => g.cases);
    expect(cases.filter((r) => r.status === "failed")).toEqual([]);
    expect(cases.filter((r) => r.status === "passed").length).toBeGreaterThanOrEqual(22);
  });
});
