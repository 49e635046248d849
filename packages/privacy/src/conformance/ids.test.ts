import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { present, SHARED } from "../../test-support/shared";
import { runIdVectors } from "./ids";
import { countCases } from "./types";

const file = join(SHARED, "conformance/ids/vectors.json");

describe("ID vectors (shared/conformance/ids)", () => {
  it.skipIf(!present(file, "ID conformance vectors"))(
    "accepts every valid and rejects every invalid vector",
    () => {
      const groups = runIdVectors(JSON.parse(readFileSync(file, "utf8")));
      const failed = groups.flatMap((g) => g.cases.filter((c) => c.status === "failed").map((c) => c.id));
      expect(failed).toEqual([]);
      const n = countCases(groups);
      expect(n.passed).toBeGreaterThan(2000);
      expect(groups.map((g) => g.label)).toContain("uy.ci");
    },
  );
  it("skips unknown types", () => {
    const groups = runIdVectors({ types: { "xx.nope": { valid: ["1"] } } });
    expect(countCases(groups)).toEqual({ passed: 0, failed: 0, skipped: 1 });
  });
});
