import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

// Issue #17, finding 9: a suite or a case the runner cannot read is a failure with its reason (the file
// and why), never an exception.
describe("runTableSuite on hand-made, malformed suites", () => {
  const suite = async (files: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-conformance-"));
    await mkdir(join(dir, "data"));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  };
  const reasons = (results: TableCaseResult[]) => results.map((r) => [r.id, r.status, r.reason]);

  it("fails a suite without expected.json, or with one that is not JSON, as one case that says so", async () => {
    expect(reasons(await runTableSuite(await suite({})))).toEqual([
      ["expected.json", "failed", "expected.json: cannot be read (ENOENT)"],
    ]);
    const bad = await runTableSuite(await suite({ "expected.json": "{cases: [" }));
    expect(bad).toHaveLength(1);
    expect(bad[0]?.reason).toMatch(/^expected\.json: not valid JSON \(/);
  });

  it("fails a case whose files are missing, unreadable or not JSON, naming the file", async () => {
    const valid = { valid: true };
    const cases = [
      { id: "missing-csv", input: { path: "data/nope.csv" }, expected: valid },
      { id: "folder-csv", input: { path: "data" }, expected: valid },
      { id: "bad-schema", input: { path: "data/t.csv" }, schema: "data/schema.json", expected: valid },
      { id: "bad-package", input: { package: "data/package.json" }, expected: valid },
      { id: "null-resources", input: { package: { resources: null } }, expected: valid },
      { id: "null-resource", input: { package: { resources: [null, { path: 5 }] } }, expected: valid },
      { id: "ok", input: { path: "data/t.csv" }, expected: valid },
    ];
    const dir = await suite({
      "expected.json": JSON.stringify({ cases }),
      "data/t.csv": "id\n1\n",
      "data/schema.json": "{fields:",
      "data/package.json": "[",
    });
    const results = await runTableSuite(dir);
    expect(results.map((r) => r.id)).toEqual(cases.map((c) => c.id));
    const by = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(by["missing-csv"]?.reason).toBe("threw: data/nope.csv: cannot be read (ENOENT)");
    expect(by["folder-csv"]?.reason).toBe("threw: data: cannot be read (EISDIR)");
    expect(by["bad-schema"]?.reason).toMatch(/^threw: data\/schema\.json: not valid JSON \(/);
    expect(by["bad-package"]?.reason).toMatch(/^threw: data\/package\.json: not valid JSON \(/);
    // A descriptor of the wrong shape is the standard's error, reported: the case runs and fails.
    expect(by["null-resources"]?.status).toBe("failed");
    expect(by["null-resource"]?.status).toBe("failed");
    expect(by.ok?.status).toBe("passed");
    for (const r of results) if (r.status === "failed") expect(r.reason, r.id).toBeTruthy();
  });
});
