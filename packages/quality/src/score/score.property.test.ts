import { type TableError, tableError } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testReport } from "../../test-support/test-report";
import { DIMENSIONS } from "../dimensions";
import { scoreReport } from "./score";

const TYPES = [
  "type-error",
  "missing-cell",
  "blank-row",
  "duplicate-row",
  "primary-key",
  "unique-error",
  "foreign-key",
  "constraint-error",
  "deviated-value",
  "blank-label",
  "encoding-error",
  "quality/stale-data",
  "quality/missing-by-group",
  "quality/category-variants",
  "quality/profile/trimmed-values",
  "privacy/k-anonymity",
];
const CONSTRAINTS = ["required", "unique", "minimum", "maximum", "enum", "pattern"];

const errorArb: fc.Arbitrary<TableError> = fc
  .record({
    type: fc.constantFrom(...TYPES),
    severity: fc.constantFrom("error" as const, "warning" as const),
    rowNumber: fc.option(fc.integer({ min: 2, max: 60 }), { nil: null }),
    fieldNumber: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
    constraint: fc.constantFrom(...CONSTRAINTS),
  })
  .map((r) =>
    tableError(r.type, {
      severity: r.severity,
      rowNumber: r.rowNumber,
      fieldNumber: r.fieldNumber,
      params: { constraint: r.constraint },
    }),
  );

const shapeArb = fc.record({ rows: fc.integer({ min: 0, max: 50 }), fields: fc.integer({ min: 0, max: 6 }) });

describe("score properties", () => {
  it("every score is within 0..100 or null", () => {
    fc.assert(
      fc.property(fc.array(errorArb, { maxLength: 80 }), shapeArb, (errors, shape) => {
        const scores = scoreReport(testReport(errors, shape));
        for (const d of DIMENSIONS) {
          const s = scores.dimensions[d].score;
          if (s !== null) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(100);
          } else expect(scores.dimensions[d].reason).not.toBeNull();
        }
        if (scores.overall !== null) {
          expect(scores.overall).toBeGreaterThanOrEqual(0);
          expect(scores.overall).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("more errors never raise a score, nor improve a status", () => {
    const rank = { skipped: -1, pass: 0, warn: 1, fail: 2 } as const;
    fc.assert(
      fc.property(
        fc.array(errorArb, { maxLength: 40 }),
        fc.array(errorArb, { minLength: 1, maxLength: 40 }),
        shapeArb,
        (base, more, shape) => {
          const before = scoreReport(testReport(base, shape));
          const after = scoreReport(testReport([...base, ...more], shape));
          for (const d of DIMENSIONS) {
            const a = before.dimensions[d];
            const b = after.dimensions[d];
            if (a.score !== null && b.score !== null) expect(b.score).toBeLessThanOrEqual(a.score);
            if (a.score !== null) expect(b.score).not.toBeNull();
            if (a.status !== "skipped") expect(rank[b.status]).toBeGreaterThanOrEqual(rank[a.status]);
          }
          expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("more errors never raise a score under thresholds either", () => {
    const thresholds = {
      "type-error": { tolerance: 0.1, level: "warn" as const },
      completeness: { tolerance: 0.05, level: "fail" as const },
    };
    fc.assert(
      fc.property(fc.array(errorArb, { maxLength: 30 }), errorArb, shapeArb, (base, extra, shape) => {
        const before = scoreReport(testReport(base, shape), { thresholds });
        const after = scoreReport(testReport([...base, extra], shape), { thresholds });
        const rank = { pass: 0, warn: 1, fail: 2 } as const;
        expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
        for (const d of DIMENSIONS) {
          const a = before.dimensions[d].score;
          const b = after.dimensions[d].score;
          if (a !== null && b !== null) expect(b).toBeLessThanOrEqual(a);
        }
      }),
      { numRuns: 200 },
    );
  });
});
