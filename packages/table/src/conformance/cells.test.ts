import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
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

// Issue #17, finding 9: the conformance runner never throws; a case it cannot run fails with its reason.
describe("runCellCases on malformed cases", () => {
  const field = { name: "n", type: "integer" };
  it("fails each with the field at fault, and a list that is not one as one failure", () => {
    const results = runCellCases([
      null,
      { id: 7, field, cell: "1", expected: { value: 1 } },
      { id: "no-cell", field, expected: { value: 1 } },
      { id: "null-expected", field, cell: "1", expected: null },
      { id: "number-note", field, cell: "1", expected: { value: 1, implementationDefined: 3 } },
      { id: "list-notes", field, cell: "1", expected: { value: 1, constraintNotes: ["required"] } },
      { id: "null-field", field: null, cell: "1", expected: { value: 1 } },
      { id: "bad-constraints", field: { ...field, constraints: 5 }, cell: "1", expected: { value: 1 } },
    ]);
    expect(results.map((r) => [r.id, r.status, r.reason])).toEqual([
      ["#0", "failed", "not a case: it is null"],
      ["#1", "failed", "not a case: its id is a number, not a string"],
      ["no-cell", "failed", "not a case: its cell is missing, not a string"],
      ["null-expected", "failed", "not a case: its expected is null, not an object"],
      [
        "number-note",
        "failed",
        "cannot run the case: expected.implementationDefined is a number, not a string",
      ],
      ["list-notes", "failed", "cannot run the case: expected.constraintNotes is a list, not an object"],
      ["null-field", "failed", expect.stringContaining("field descriptor rejected")],
      ["bad-constraints", "failed", expect.stringContaining("field descriptor rejected")],
    ]);
    expect(runCellCases(null as unknown as unknown[])).toEqual([
      { id: "cellCases", status: "failed", reason: "not a list of cases: null" },
    ]);
  });

  it("never throws: random JSON values as case fields give one result per case (property)", () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const maybe = (arb: fc.Arbitrary<unknown>) => fc.oneof(arb, json, fc.constant(null));
    const caseArb = fc.record(
      {
        id: maybe(fc.string({ maxLength: 8 })),
        field: maybe(
          fc.record(
            {
              name: maybe(fc.constant("n")),
              type: maybe(fc.constantFrom("integer", "number", "date", "string", "boolean", "duration")),
              format: json,
              constraints: json,
              missingValues: json,
              trueValues: json,
            },
            { requiredKeys: [] },
          ),
        ),
        cell: maybe(fc.string({ maxLength: 8 })),
        expected: maybe(
          fc.record(
            { value: json, interpretation: json, implementationDefined: json, constraintNotes: json },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(caseArb, json), { maxLength: 4 }), (cases) => {
        const results = runCellCases(cases);
        expect(results).toHaveLength(cases.length);
        for (const r of results) {
          expect(["passed", "failed", "skipped"]).toContain(r.status);
          if (r.status !== "passed") expect(typeof r.reason).toBe("string");
        }
      }),
      { numRuns: 100 },
    );
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
