import { describe, expect, it } from "vitest";
import { parseExpression } from "../../expression";
import { run } from "../_shared/run.test-helpers";
import { rowConstraint } from "./row-constraint";

describe("rowConstraint", () => {
  it("checks arithmetic between fields; a row that cannot be evaluated fails", async () => {
    const csv = "row,salary,bonus\n2,1000,200\n3,2500,500\n4,1300,500\n5\n";
    const { report, rows } = await run(csv, [rowConstraint({ formula: "salary == bonus * 5" })]);
    expect(rows).toEqual([
      [4, null, "row-constraint"],
      [5, 2, "missing-cell"],
      [5, 3, "missing-cell"],
      [5, null, "row-constraint"],
    ]);
    const params = report.tasks[0]?.errors[3]?.params ?? {};
    expect(params.reason).toBe("cannot-apply");
    expect(Object.values(params)).toContain("None");
  });

  it("combines comparisons with and/or/not, strings and lists", async () => {
    const csv = "edad,sexo\n20,F\n15,M\n30,X\n";
    const { rows } = await run(csv, [rowConstraint({ formula: 'edad >= 18 and not (sexo in ["X", "Z"])' })]);
    expect(rows).toEqual([
      [3, null, "row-constraint"],
      [4, null, "row-constraint"],
    ]);
  });

  it("rejects code injection with a located error and never runs it", async () => {
    const formula = 'constructor.constructor("return process")().exit()';
    const parsed = parseExpression(formula);
    expect(parsed).toMatchObject({ ok: false, issue: { position: 11, received: "." } });
    const { report, rows } = await run("a\n1\n", [rowConstraint({ formula })]);
    expect(rows).toEqual([[2, null, "row-constraint"]]);
    expect(report.tasks[0]?.errors[0]?.params).toMatchObject({ reason: "syntax", position: 11 });
    expect(report.tasks[0]?.errors[0]?.message).toContain("posición 11");
  });

  it("treats unknown names as missing fields, not as JavaScript globals", async () => {
    const { rows } = await run("a\n1\n", [rowConstraint({ formula: "globalThis == None or a > 0" })]);
    expect(rows).toEqual([[2, null, "row-constraint"]]);
  });
});
