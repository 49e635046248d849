import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runTableCases, type SuiteFiles } from "./tables";

// Issue #17, finding 9: a held-out Frictionless case made the runner fail with "Cannot read properties
// of null" instead of running, and a resource descriptor without `name` gave another error than the
// standard's. The runner must return a result for every case, whatever its fields hold.

const TABLE = "id,name\n1,english\n2,中国人\n";

/** The suite's files, in memory: one CSV, one Table Schema, one Data Package. */
const files: SuiteFiles = {
  open: async (path) => {
    if (path === "data/table.csv") return new TextEncoder().encode(TABLE);
    throw new Error(`no file ${path}`);
  },
  json: async (path) => {
    if (path === "data/schema.json") return { fields: [{ name: "id", type: "integer" }, { name: "name" }] };
    if (path === "data/package.json") return { resources: [{ name: "table", path: "table.csv" }] };
    throw new Error(`no file ${path}`);
  },
};

const valid = { valid: true, flattenKeys: ["type"], errors: [] };

describe("runTableCases", () => {
  it("reads `null` as an absent field: a null package does not hide the path", async () => {
    const [result] = await runTableCases(
      [
        {
          id: "null-package",
          input: { path: "data/table.csv", package: null, descriptor: null },
          expected: valid,
        },
      ],
      files,
    );
    expect(result).toMatchObject({ id: "null-package", status: "passed" });
    const [nulls] = await runTableCases(
      [
        {
          id: "null-options",
          input: { path: "data/table.csv" },
          schema: null,
          dialect: null,
          checklist: null,
          options: { encoding: null, bytes: null, rows: null, limitErrors: null, detector: null },
          expected: { ...valid, stats: { rows: null }, header: null },
        },
      ],
      files,
    );
    expect(nulls).toMatchObject({ status: "passed" });
  });

  it("words a resource descriptor without a name as the standard does, without reading its data", async () => {
    const [result, inPackage] = await runTableCases(
      [
        {
          id: "resource-without-name",
          input: { descriptor: { path: "data/missing.csv" } },
          expected: {
            valid: false,
            flattenKeys: ["type", "note"],
            errors: [["resource-error", "'name' is a required property"]],
          },
        },
        {
          id: "package-resource-without-name",
          input: { package: { resources: [{ path: "data/missing.csv" }] } },
          expected: {
            valid: false,
            flattenKeys: ["type", "note"],
            errors: [["resource-error", "'name' is a required property"]],
          },
        },
      ],
      files,
    );
    expect(result).toMatchObject({ status: "passed" });
    expect(inPackage).toMatchObject({ status: "passed" });
  });

  it("reports a case of the wrong shape as failed, with the field at fault", async () => {
    const results = await runTableCases(
      [
        null,
        { id: "no-input", expected: {}, input: null },
        { id: "bad-errors", input: { path: "data/table.csv" }, expected: { errors: null, flattenKeys: 3 } },
        { id: "bad-path", input: { path: { not: "a path" } }, expected: {} },
      ],
      files,
    );
    expect(results.map((r) => [r.id, r.status, r.reason])).toEqual([
      ["#0", "failed", "not a case: it is null"],
      ["no-input", "failed", "not a case: its input is null, not an object"],
      ["bad-errors", "failed", "cannot run the case: expected.flattenKeys is a number, not a list of keys"],
      ["bad-path", "failed", "cannot run the case: input.path is an object, not a path"],
    ]);
    expect(await runTableCases(null as unknown as unknown[], files)).toEqual([
      { id: "cases", status: "failed", reason: "not a list of cases: null" },
    ]);
  });

  it("never throws: random JSON values as case fields give one result per case (property)", async () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const maybe = (arb: fc.Arbitrary<unknown>) =>
      fc.oneof(arb, json, fc.constant(null), fc.constant(undefined));
    const caseArb = fc.record(
      {
        id: maybe(fc.string({ maxLength: 8 })),
        input: maybe(
          fc.record(
            {
              path: maybe(fc.constantFrom("data/table.csv", "data/missing.csv")),
              package: maybe(fc.constantFrom("data/package.json")),
              descriptor: json,
            },
            { requiredKeys: [] },
          ),
        ),
        schema: maybe(fc.constantFrom("data/schema.json", "data/nope.json")),
        dialect: json,
        checklist: json,
        options: maybe(
          fc.record(
            { encoding: json, hash: json, bytes: json, rows: json, limitErrors: json, detector: json },
            { requiredKeys: [] },
          ),
        ),
        expected: maybe(
          fc.record(
            {
              valid: json,
              flattenKeys: maybe(fc.constant(["type", "note"])),
              errors: json,
              warnings: json,
              stats: json,
              header: json,
              labels: json,
              read: json,
              rows: json,
              raises: json,
              errorType: json,
              note: json,
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(caseArb, json), { maxLength: 3 }), async (cases) => {
        const results = await runTableCases(cases, files);
        expect(results).toHaveLength(cases.length);
        for (const r of results) {
          expect(["passed", "failed", "skipped"]).toContain(r.status);
          if (r.status !== "passed") expect(typeof r.reason).toBe("string");
        }
      }),
      { numRuns: 60 },
    );
  });
});
