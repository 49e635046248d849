import { describe, expect, it } from "vitest";
import { validate } from "../validate";
import { parseChecklist } from "./parse";

describe("parseChecklist", () => {
  it("turns a frictionless Checklist into checks and filters", () => {
    const r = parseChecklist({
      checks: [{ type: "deviated-value", fieldName: "monto", interval: 3 }, { type: "duplicate-row" }],
      skipErrors: ["#header"],
    });
    expect(r.ok && r.checks.map((c) => c.name)).toEqual(["deviated-value", "duplicate-row"]);
    expect(r.ok && r.skipErrors).toEqual(["#header"]);
  });

  it("locates what is wrong in a bad checklist", () => {
    const r = parseChecklist({
      checks: [{ type: "duplicate-rows" }, { type: "forbidden-value", values: [1] }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.params.path)).toEqual(["checks[0].type", "checks[1].fieldName"]);
    expect(r.errors[0]?.params.received).toBe('"duplicate-rows"');
  });

  it("warns, with the position, about a formula that cannot be read", () => {
    const r = parseChecklist({ checks: [{ type: "row-constraint", formula: "a >> 1" }] });
    expect(r.ok && r.warnings[0]?.params).toMatchObject({ path: "checks[0].formula", position: 3 });
  });

  it("makes validate report a bad checklist instead of reading", async () => {
    const report = await validate("a\n1\n", { checklist: { checks: [{ type: "nope" }] } });
    expect(report.valid).toBe(false);
    expect(report.errors[0]?.type).toBe("checklist-error");
    expect(report.errors[0]?.message).toContain("checks[0].type");
  });
});
