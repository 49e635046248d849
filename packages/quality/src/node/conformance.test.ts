import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { TableCaseResult } from "../conformance";
import { runTableSuite } from "./conformance";

// packages/quality/src/node → the repo root is 4 levels up; ../shared sits beside the repo.
const suiteDir = fileURLToPath(new URL("../../../../../shared/conformance/frictionless", import.meta.url));
const exists = existsSync(`${suiteDir}/expected.json`);
if (!exists)
  console.warn(
    `[conformance] skipping frictionless table cases: ${suiteDir} not found (../shared is absent)`,
  );

describe.skipIf(!exists)("frictionless table cases", () => {
  let results: TableCaseResult[] = [];

  it("runs every case", async () => {
    results = await runTableSuite(suiteDir);
    expect(results.length).toBeGreaterThan(0);
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const r of results) counts[r.status]++;
    console.info(`[conformance] table cases: ${JSON.stringify(counts)}`);
  }, 120_000);

  it("passes at least 95% of the cases, skipping only with a reason", () => {
    const failed = results.filter((r) => r.status === "failed");
    const detail = failed.map(
      (r) =>
        `${r.id}: ${r.reason}\n  expected ${JSON.stringify(r.expected)}\n  actual   ${JSON.stringify(r.actual)}`,
    );
    for (const r of results) if (r.status === "skipped") expect(r.reason).toBeTruthy();
    const passed = results.filter((r) => r.status === "passed").length;
    expect(passed / results.length, `failed table cases:\n${detail.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  });
});
