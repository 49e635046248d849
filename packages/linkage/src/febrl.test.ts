import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FEBRL_DIR, febrlTruth, hasFebrl } from "./febrl.test-helpers";
import { link } from "./link";
import { readRecords } from "./node/read";
import { FEBRL_MAPPING } from "./standardise/index";

if (!hasFebrl) console.warn("FEBRL 4 test skipped: ../shared/conformance/linkage is not there");

describe.skipIf(!hasFebrl)("FEBRL 4 (../shared/conformance/linkage)", () => {
  it("links 4a and 4b with F1 ≥ 0.99, the model trained without the truth and rec_id never compared", async () => {
    const read = (file: string, source: string) =>
      readRecords(fileURLToPath(new URL(file, FEBRL_DIR)), FEBRL_MAPPING, { source });
    const a = await read("febrl4a.csv", "febrl4a");
    const b = await read("febrl4b.csv", "febrl4b");
    const ids = new Set([...a.ids, ...b.ids].map((id) => id.toUpperCase()));
    for (const values of [...Object.values(a.fields), ...Object.values(b.fields)]) {
      expect(values.some((v) => v !== null && ids.has(v))).toBe(false);
    }
    const result = await link(a, b, {}, { truth: { pairs: febrlTruth(a, b) } });
    const e = result.evaluation;
    console.info(
      `FEBRL 4: ${result.compared} pairs compared, ${result.links} links, precision ${e?.precision}, recall ${e?.recall}, F1 ${e?.f1}`,
    );
    expect(e?.truePairs).toBe(5000);
    expect(e?.f1).toBeGreaterThanOrEqual(0.99);
    expect(e?.precision).toBeGreaterThanOrEqual(0.99);
  }, 600_000);
});
