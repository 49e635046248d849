import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTruth } from "./truth";

describe("readTruth", () => {
  it("reads a truth CSV file and names it by its base name in errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "truth-"));
    writeFileSync(join(dir, "t.csv"), "left,right\na1,b1\n");
    writeFileSync(join(dir, "bad.csv"), "only\n");
    expect(await readTruth(join(dir, "t.csv"))).toEqual({ pairs: [["a1", "b1"]] });
    await expect(readTruth(join(dir, "bad.csv"))).rejects.toMatchObject({
      errors: [{ type: "linkage/truth-format", params: { file: "bad.csv" } }],
    });
  });
});
