import { describe, expect, it } from "vitest";
import { validateTable } from "../runner/validate";
import { isSelected, selectFindings } from "./pick";

// 3 blank rows (4–6) and 2 type errors in `edad` (rows 7, 8): a view of some, counts of all.
const csv = "id,edad\n1,30\n2,40\n,\n,\n,\n3,x\n4,y\n";
const schema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "edad", type: "integer" },
  ],
};

describe("isSelected (frictionless' pick_errors / skip_errors)", () => {
  it("picks by type or tag, then skips", () => {
    expect(isSelected({ pick: ["#row"] }, "blank-row", ["#table", "#row"])).toBe(true);
    expect(isSelected({ pick: ["type-error"] }, "blank-row", ["#table", "#row"])).toBe(false);
    expect(isSelected({ skip: ["#row"] }, "blank-row", ["#table", "#row"])).toBe(false);
    expect(isSelected({ pick: ["#row"], skip: ["blank-row"] }, "blank-row", ["#row"])).toBe(false);
    expect(isSelected({}, "blank-row", [])).toBe(true);
  });
});

describe("selectFindings", () => {
  it("shows the kept findings, counts the hidden ones and says the view is valid without them", async () => {
    const report = await validateTable(csv, { schema });
    expect(report.stats.errors).toBe(5);
    const view = selectFindings(report, (f) => isSelected({ skip: ["blank-row"] }, f.type, f.tags));
    const task = view.tasks[0];
    expect(task?.errors.map((e) => [e.type, e.rowNumber])).toEqual([
      ["type-error", 7],
      ["type-error", 8],
    ]);
    expect(task?.stats.errors).toBe(2);
    expect(task?.totals?.findings).toBe(2);
    expect(Object.keys(task?.totals?.byType ?? {})).toEqual(["type-error"]);
    expect(task?.totals?.hidden).toEqual({ "blank-row": 3 });
    expect(view.stats.errors).toBe(2);
    expect(view.valid).toBe(false);
    // The report itself is untouched.
    expect(report.tasks[0]?.errors).toHaveLength(5);
    const none = selectFindings(report, (f) => isSelected({ pick: ["blank-row"] }, f.type, f.tags));
    expect(none.tasks[0]?.stats.errors).toBe(3);
    const clean = selectFindings(report, () => false);
    expect(clean.valid).toBe(true);
    expect(clean.tasks[0]?.totals?.hidden).toEqual({ "blank-row": 3, "type-error": 2 });
  });

  it("listErrors: counts every finding and leaves the list cap to the shown ones", async () => {
    const report = await validateTable(csv, {
      schema,
      limitErrors: 1,
      listErrors: (e) => e.type === "type-error",
    });
    const task = report.tasks[0];
    expect(task?.stats.errors).toBe(5);
    expect(task?.errors.map((e) => e.rowNumber)).toEqual([7]);
    expect(task?.totals?.byType["blank-row"]).toMatchObject({ findings: 3, listed: 0 });
    expect(task?.totals?.byType["type-error"]).toMatchObject({ findings: 2, listed: 1 });
  });

  it("totals keep the whole run the list cap cut (runsPastCap), and none when nothing was cut", async () => {
    const capped = await validateTable(csv, { schema, limitErrors: 1 });
    expect(capped.tasks[0]?.totals?.byType["blank-row"]?.runsPastCap).toEqual([
      { fieldNumber: null, from: 4, to: 6 },
    ]);
    // The type errors were never listed: no run of theirs to extend.
    expect(capped.tasks[0]?.totals?.byType["type-error"]?.runsPastCap).toBeUndefined();
    const all = await validateTable(csv, { schema, limitErrors: 0 });
    expect(all.tasks[0]?.totals?.byType["blank-row"]?.runsPastCap).toBeUndefined();
  });
});
