import { type Detected, tableError, validateTable } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { testReport } from "../../test-support/test-report";
import { DIMENSIONS } from "../dimensions";
import { FORMULA_VERSION, parseThresholds, scoreReport, ThresholdsSchema } from "./index";

const typeError = (rowNumber: number, fieldNumber: number) =>
  tableError("type-error", { rowNumber, fieldNumber, params: { expected: "integer" } });

describe("scoreReport", () => {
  it("scores validity by cells from a real validation", async () => {
    const report = await validateTable("id,edad\n1,30\n2,x\n3,40\n4,y\n", {
      schema: {
        fields: [
          { name: "id", type: "integer" },
          { name: "edad", type: "integer" },
        ],
      },
    });
    const scores = scoreReport(report);
    expect(scores.rows).toBe(4);
    expect(scores.cells).toBe(8);
    expect(scores.dimensions.validity.score).toBe(75); // 2 of 8 cells
    expect(scores.dimensions.validity.affected).toBe(2);
    expect(scores.dimensions.validity.status).toBe("fail");
    expect(scores.dimensions.completeness.score).toBe(100);
    expect(scores.dimensions.completeness.status).toBe("pass");
    expect(scores.outcome).toBe("fail");
    expect(scores.formulaVersion).toBe(FORMULA_VERSION);
  });

  it("writes each formula in es/en/pt, with the numbers", () => {
    const scores = scoreReport(testReport([typeError(2, 1)], { rows: 10, fields: 4 }));
    const v = scores.dimensions.validity;
    expect(v.formula.es).toContain("validez = 100 × (1 − celdas con hallazgos");
    expect(v.formula.en).toContain("validity = 100 × (1 − cells with findings");
    expect(v.formula.pt).toContain("validade = 100 × (1 − células");
    expect(v.computation.en).toBe("100 × (1 − 1 ÷ 40) − 5 × 0 − 2 × 0 = 97.5");
    expect(v.computation.es).toBe("100 × (1 − 1 ÷ 40) − 5 × 0 − 2 × 0 = 97,5");
    expect(scores.dimensions.timeliness.formula.es).toContain("100 − 20 por cada error");
  });

  it("leaves dimensions nothing checked as null with a reason, never 100", () => {
    const scores = scoreReport(testReport([]));
    for (const d of ["uniqueness", "consistency", "accuracy", "timeliness", "bias"] as const) {
      expect(scores.dimensions[d].score, d).toBeNull();
      expect(scores.dimensions[d].status).toBe("skipped");
      expect(scores.dimensions[d].reason?.es).toMatch(/^Sin puntaje/);
    }
    expect(scores.dimensions.uniqueness.reason?.en).toContain("primaryKey");
    expect(scores.dimensions.validity.score).toBe(100);
    expect(scores.overall).toBe(100);
    expect(scores.outcome).toBe("pass");
  });

  it("scores a dimension whose check ran and found nothing as 100", () => {
    const scores = scoreReport(testReport([]), { checks: ["duplicate-row", "quality/stale-data"] });
    expect(scores.dimensions.uniqueness.score).toBe(100);
    expect(scores.dimensions.timeliness.score).toBe(100);
    expect(scores.dimensions.bias.score).toBeNull();
  });

  it("reads from the schema which dimensions were checked", () => {
    const schema = {
      fields: [
        { name: "id", constraints: { unique: true } },
        { name: "edad", constraints: { maximum: 120 } },
      ],
      foreignKeys: [{ fields: ["id"], reference: { resource: "x", fields: ["id"] } }],
    };
    const scores = scoreReport(
      testReport([], { detected: { schema: schema as unknown as NonNullable<Detected["schema"]> } }),
    );
    expect(scores.dimensions.uniqueness.score).toBe(100);
    expect(scores.dimensions.accuracy.score).toBe(100);
    expect(scores.dimensions.consistency.score).toBe(100);
    const ran = scoreReport(testReport([], { detected: { checks: ["quality/missing-by-group"] } }));
    expect(ran.dimensions.bias.score).toBe(100);
  });

  it("scores completeness by missing cells, a blank row counting all its cells", () => {
    const errors = [
      tableError("missing-cell", { rowNumber: 2, fieldNumber: 4 }),
      tableError("blank-row", { rowNumber: 5 }),
      tableError("constraint-error", { rowNumber: 5, fieldNumber: 1, params: { constraint: "required" } }),
    ];
    const c = scoreReport(testReport(errors, { rows: 10, fields: 4 })).dimensions.completeness;
    expect(c.affected).toBe(5); // 1 cell + the 4 cells of row 5 (its required cell counted once)
    expect(c.score).toBe(87.5);
    expect(c.types).toEqual({ "missing-cell": 1, "blank-row": 1, "constraint-error": 1 });
  });

  it("scores uniqueness by rows with duplicated rows or keys", () => {
    const errors = [
      tableError("primary-key", { rowNumber: 3 }),
      tableError("duplicate-row", { rowNumber: 3 }),
      tableError("unique-error", { rowNumber: 7, fieldNumber: 2 }),
    ];
    const u = scoreReport(testReport(errors, { rows: 20 })).dimensions.uniqueness;
    expect(u.unit).toBe("rows");
    expect(u.affected).toBe(2);
    expect(u.score).toBe(90);
  });

  it("maps constraint errors by constraint: out of range is accuracy", () => {
    const errors = [
      tableError("constraint-error", { rowNumber: 2, fieldNumber: 2, params: { constraint: "maximum" } }),
    ];
    const scores = scoreReport(testReport(errors, { rows: 5, fields: 2 }));
    expect(scores.dimensions.accuracy.score).toBe(90);
    expect(scores.dimensions.validity.score).toBe(100);
  });

  it("takes penalties for header and file findings", () => {
    const errors = [
      tableError("blank-label", { fieldNumber: 2 }),
      tableError("quality/profile/encoding", { severity: "warning" }),
    ];
    const v = scoreReport(testReport(errors)).dimensions.validity;
    expect(v.tableFindings).toBe(2);
    expect(v.penalty).toBe(7);
    expect(v.score).toBe(93);
  });

  it("scores timeliness and bias by penalties per finding", () => {
    const errors = [
      tableError("quality/stale-data", { params: { latest: "2020-01-01" } }),
      tableError("quality/missing-by-group", { severity: "warning" }),
      tableError("quality/territory-coverage", { severity: "warning" }),
    ];
    const scores = scoreReport(testReport(errors));
    expect(scores.dimensions.timeliness.score).toBe(80);
    expect(scores.dimensions.bias.score).toBe(80);
    expect(scores.dimensions.bias.status).toBe("warn");
    expect(scores.dimensions.timeliness.status).toBe("fail");
    const soft = scoreReport(testReport(errors), { penalties: { table: { error: 50 } } });
    expect(soft.dimensions.timeliness.score).toBe(50);
  });

  it("scores 0 with a reason when the table could not be read", () => {
    const scores = scoreReport(
      testReport([tableError("source-error", { params: { path: "x.csv" } })], { rows: 0 }),
    );
    expect(scores.dimensions.validity.score).toBe(0);
    expect(scores.dimensions.validity.reason?.es).toContain("source-error");
    expect(scores.dimensions.completeness.score).toBeNull();
    expect(scores.dimensions.completeness.reason?.en).toBe("No row was read: there is nothing to score.");
  });

  it("averages the dimensions with a score into the overall score", () => {
    const scores = scoreReport(testReport([typeError(2, 1), typeError(3, 1)], { rows: 5, fields: 2 }));
    // validity 80, completeness 100; the rest not checked
    expect(scores.overall).toBe(90);
  });

  it("sums every task of a multi-table report", () => {
    const a = testReport([typeError(2, 1)], { rows: 10, fields: 2 });
    const b = testReport([], { rows: 30, fields: 1 });
    const both = { ...a, tasks: [...a.tasks, ...b.tasks] };
    const scores = scoreReport(both);
    expect(scores.cells).toBe(50);
    expect(scores.dimensions.validity.score).toBe(98);
  });
});

describe("thresholds", () => {
  const errors = [
    typeError(2, 1),
    typeError(3, 1),
    tableError("missing-cell", { rowNumber: 4, fieldNumber: 2 }),
  ];
  const report = testReport(errors, { rows: 100, fields: 2 });

  it("lets a share of rows fail a check", () => {
    const scores = scoreReport(report, {
      thresholds: {
        "type-error": { tolerance: 0.05, level: "fail" },
        "missing-cell": { tolerance: 0.01, level: "fail" },
      },
    });
    expect(scores.dimensions.validity.status).toBe("pass");
    expect(scores.dimensions.validity.thresholds[0]).toMatchObject({
      key: "type-error",
      rate: 0.02,
      status: "pass",
    });
    expect(scores.dimensions.completeness.status).toBe("pass");
    expect(scores.outcome).toBe("pass");
  });

  it("warns or fails when the tolerance is exceeded", () => {
    const warn = scoreReport(report, {
      thresholds: {
        "type-error": { tolerance: 0.01, level: "warn" },
        completeness: { tolerance: 0.1, level: "fail" },
      },
    });
    expect(warn.dimensions.validity.status).toBe("warn");
    expect(warn.dimensions.completeness.status).toBe("pass");
    expect(warn.outcome).toBe("warn");
    const fail = scoreReport(report, { thresholds: { validity: { tolerance: 0.001, level: "fail" } } });
    expect(fail.dimensions.validity.status).toBe("fail");
    expect(fail.dimensions.validity.thresholds[0]).toMatchObject({ source: "dimension", rate: 0.01 });
    expect(fail.outcome).toBe("fail");
  });

  it("fails on any error and warns on any warning without a threshold", () => {
    expect(scoreReport(report).outcome).toBe("fail");
    const w = testReport([tableError("mojibake", { severity: "warning", rowNumber: 2, fieldNumber: 1 })]);
    expect(scoreReport(w).outcome).toBe("warn");
  });

  it("counts findings without a row as the whole table", () => {
    const r = testReport([tableError("quality/stale-data")]);
    const s = scoreReport(r, { thresholds: { "quality/stale-data": { tolerance: 0.5, level: "warn" } } });
    expect(s.dimensions.timeliness.thresholds[0]?.rate).toBe(1);
    expect(s.outcome).toBe("warn");
  });

  it("has a zod schema with a default level and bounded tolerances", () => {
    expect(parseThresholds({ completeness: { tolerance: 0.05 } })).toEqual({
      completeness: { tolerance: 0.05, level: "fail" },
    });
    expect(ThresholdsSchema.safeParse({ validity: { tolerance: 2 } }).success).toBe(false);
    expect(ThresholdsSchema.safeParse({ validity: { tolerance: 0.1, level: "error" } }).success).toBe(false);
    expect(ThresholdsSchema.safeParse({ validity: { tolerance: 0.1, extra: 1 } }).success).toBe(false);
  });

  it("gives every dimension a status", () => {
    const scores = scoreReport(report);
    for (const d of DIMENSIONS)
      expect(["pass", "warn", "fail", "skipped"]).toContain(scores.dimensions[d].status);
  });
});

describe("the documented example", () => {
  it("holds", async () => {
    const report = await validateTable("id,edad\n1,30\n2,x\n", {
      schema: {
        fields: [
          { name: "id", type: "integer" },
          { name: "edad", type: "integer" },
        ],
      },
    });
    const scores = scoreReport(report, { thresholds: { "type-error": { tolerance: 0.5, level: "fail" } } });
    expect(scores.dimensions.validity.score).toBe(75);
    expect(scores.dimensions.timeliness.score).toBeNull();
    expect(scores.outcome).toBe("pass");
  });
});
