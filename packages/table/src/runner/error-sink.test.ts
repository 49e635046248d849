import { describe, expect, it } from "vitest";
import { tableError } from "../report/error";
import { tallyFindings } from "../report/totals";
import { createErrorSink } from "./error-sink";
import { validateTable } from "./validate";

describe("error sink: every finding counted, only the list capped", () => {
  it("keeps counting past the cap, by type and by field", () => {
    const sink = createErrorSink({ limitErrors: 2 });
    for (let row = 2; row < 12; row++)
      sink.report(tableError("type-error", { rowNumber: row, fieldNumber: 1, fieldName: "edad" }));
    sink.report(tableError("mojibake", { severity: "warning" }));
    expect(sink.errors).toHaveLength(3);
    expect(sink.errorCount()).toBe(10);
    expect(sink.warningCount()).toBe(1);
    expect(sink.limited()).toBe(true);
    const totals = sink.totals(3);
    expect(totals).toMatchObject({ findings: 11, listed: 3, limit: 2 });
    expect(totals.byType["type-error"]).toMatchObject({ findings: 10, listed: 2, rows: 10, cells: 10 });
    expect(totals.byField.edad).toEqual({ "type-error": 10 });
  });

  it("lists everything with 0 (no cap)", () => {
    const sink = createErrorSink({ limitErrors: 0 });
    for (let row = 2; row < 2002; row++) sink.report(tableError("blank-row", { rowNumber: row }));
    expect(sink.errors).toHaveLength(2000);
    expect(sink.totals().limit).toBeNull();
  });

  it("counts distinct places by key across types (a cell with two findings counts once)", () => {
    const key = () => "completeness";
    const totals = tallyFindings(
      [
        tableError("constraint-error", { rowNumber: 2, fieldNumber: 2 }),
        tableError("quality/blank", { rowNumber: 2, fieldNumber: 2 }),
        tableError("missing-cell", { rowNumber: 3, fieldNumber: 2 }),
        tableError("blank-row", { rowNumber: 3 }),
      ],
      { countBy: key, fields: 2 },
    );
    expect(totals.byKey?.completeness).toEqual({ findings: 4, rows: 2, wholeRows: 1, cells: 1 });
  });

  it("checks every row of the table past the cap: stats hold every error", async () => {
    const lines = ["id"];
    for (let i = 0; i < 3000; i++) lines.push(i % 2 ? "x" : String(i));
    const report = await validateTable(`${lines.join("\n")}\n`, {
      schema: { fields: [{ name: "id", type: "integer" }] },
      limitErrors: 10,
    });
    const task = report.tasks[0];
    expect(task?.errors).toHaveLength(10);
    expect(task?.stats.errors).toBe(1500);
    expect(report.stats.errors).toBe(1500);
    expect(task?.totals?.byType["type-error"]).toMatchObject({ findings: 1500, listed: 10 });
    // frictionless' note stays for tools (conformance); reports for people word it from the totals.
    expect(task?.warnings).toEqual(["reached error limit: 10"]);
  });
});
