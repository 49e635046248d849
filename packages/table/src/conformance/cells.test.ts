import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCellCases } from "./cells";

// packages/table/src/conformance → repo root is 4 levels up; ../shared sits beside the repo.
const suitePath = fileURLToPath(
  new URL("../../../../../shared/conformance/frictionless/expected.json", import.meta.url),
);
const exists = existsSync(suitePath);
if (!exists)
  console.warn(
    `[conformance] skipping frictionless cell cases: ${suitePath} not found (../shared is absent)`,
  );

describe("runCellCases", () => {
  const field = { name: "n", type: "integer" };
  it("reports passed, failed and skipped cases with reasons", () => {
    const results = runCellCases([
      { id: "a", field, cell: "1", expected: { value: 1 } },
      { id: "b", field, cell: "x", expected: { value: 2 } },
      {
        id: "c",
        field: { name: "d", type: "date", format: "any" },
        cell: "",
        expected: { value: null, implementationDefined: "format 'any' uses python dateutil fuzzy parsing" },
      },
      { id: "d", field: { name: "n", type: "numero" }, cell: "1", expected: { value: 1 } },
      "junk",
    ]);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ["a", "passed"],
      ["b", "failed"],
      ["c", "skipped"],
      ["d", "failed"],
      ["#4", "failed"],
    ]);
    expect(results[1]?.reason).toContain("cast failed");
  });

  it("checks constraint cases: exactly the violated constraints", () => {
    const f = { name: "s", type: "string", constraints: { required: true }, missingValues: ["", "NA"] };
    const [ok, wrong] = runCellCases([
      { id: "r1", field: f, cell: "NA", expected: { value: null, constraintNotes: { required: "x" } } },
      { id: "r2", field: f, cell: "NA", expected: { value: null, constraintNotes: null } },
    ]);
    expect(ok?.status).toBe("passed");
    expect(wrong?.status).toBe("failed");
  });
});

describe.skipIf(!exists)("frictionless Field.read_cell conformance", () => {
  const suite = exists
    ? (JSON.parse(readFileSync(suitePath, "utf8")) as { cellCases: unknown[] })
    : { cellCases: [] };
  const results = runCellCases(suite.cellCases);

  it("runs every case", () => {
    expect(results.length).toBe(suite.cellCases.length);
    expect(results.length).toBeGreaterThan(0);
  });

  it("has zero failures", () => {
    const failed = results.filter((r) => r.status === "failed");
    const detail = failed.map(
      (r) => `${r.id}: ${r.reason} (expected ${JSON.stringify(r.expected)}, got ${JSON.stringify(r.actual)})`,
    );
    expect(
      failed.map((r) => r.id),
      `failed cell cases:\n${detail.join("\n")}`,
    ).toEqual([]);
  });

  it("passes the legacy fmt: cases and skips only format 'any'", () => {
    for (const r of results) {
      if (r.status === "skipped") expect(r.reason).toContain("format 'any'");
    }
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const r of results) counts[r.status]++;
    console.info(`[conformance] cell cases: ${JSON.stringify(counts)}`);
  });
});
