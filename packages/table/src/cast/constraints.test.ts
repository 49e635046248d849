import { describe, expect, it } from "vitest";
import type { Field } from "../schema/field";
import { createConstraintChecker, createConstraintsChecker } from "./constraints";
import { createCaster } from "./create-caster";

const check = (field: Field, cell: string) => createConstraintChecker(field)(createCaster(field)(cell));

describe("createConstraintChecker", () => {
  it("null passes everything but required", () => {
    const f: Field = { name: "x", type: "integer", constraints: { minimum: 2, enum: ["1", "2"] } };
    expect(check(f, "")).toBeNull();
    expect(check({ name: "x", type: "string", constraints: { required: true } }, "")).toEqual({
      constraint: "required",
      requirement: true,
    });
  });

  it("checks lengths in code points, on strings and lists", () => {
    const f: Field = { name: "x", type: "string", constraints: { minLength: 2, maxLength: 3 } };
    expect(check(f, "a")?.constraint).toBe("minLength");
    expect(check(f, "ñandú")?.constraint).toBe("maxLength");
    expect(check(f, "😀😀")).toBeNull();
    expect(check({ name: "l", type: "list", constraints: { maxLength: 2 } }, "a,b,c")?.constraint).toBe(
      "maxLength",
    );
  });

  it("compares numbers exactly, integers incl. bigint, dates, yearmonths, times, durations", () => {
    expect(
      check({ name: "m", type: "number", constraints: { maximum: "0.3" } }, "0.30000000000000001")
        ?.constraint,
    ).toBe("maximum");
    expect(check({ name: "m", type: "number", constraints: { exclusiveMinimum: 0 } }, "0")?.constraint).toBe(
      "exclusiveMinimum",
    );
    expect(
      check({ name: "i", type: "integer", constraints: { maximum: 9007199254740992 } }, "9007199254740993")
        ?.constraint,
    ).toBe("maximum");
    expect(
      check(
        { name: "d", type: "date", format: "%d/%m/%Y", constraints: { minimum: "2024-01-01" } },
        "31/12/2023",
      )?.constraint,
    ).toBe("minimum");
    expect(
      check({ name: "y", type: "yearmonth", constraints: { maximum: "2024-06" } }, "2024-07")?.constraint,
    ).toBe("maximum");
    expect(
      check({ name: "t", type: "time", constraints: { minimum: "08:00:00" } }, "07:59:59")?.constraint,
    ).toBe("minimum");
    expect(check({ name: "p", type: "duration", constraints: { maximum: "P1Y" } }, "P13M")?.constraint).toBe(
      "maximum",
    );
  });

  it("matches patterns against the whole value", () => {
    const f: Field = { name: "x", type: "string", constraints: { pattern: "a|b" } };
    expect(check(f, "b")).toBeNull();
    expect(check(f, "ab")).toEqual({ constraint: "pattern", requirement: "a|b" });
  });

  it("casts string enum values by the field type first", () => {
    const f: Field = { name: "x", type: "integer", constraints: { enum: ["1", "2", "3"] } };
    expect(check(f, "2")).toBeNull();
    expect(check(f, "4")?.constraint).toBe("enum");
    expect(check({ name: "n", type: "number", constraints: { enum: ["1.5"] } }, "1.50")).toBeNull();
  });

  it("checks a jsonSchema on objects", () => {
    const f: Field = {
      name: "o",
      type: "object",
      constraints: { jsonSchema: { type: "object", required: ["id"] } },
    };
    expect(check(f, '{"id": 1}')).toBeNull();
    expect(check(f, "{}")?.constraint).toBe("jsonSchema");
  });

  it("the all-violations checker reports every broken constraint", () => {
    const f: Field = { name: "x", type: "string", constraints: { pattern: "a|b", enum: ["a", "b"] } };
    expect(createConstraintsChecker(f)("c").map((v) => v.constraint)).toEqual(["pattern", "enum"]);
  });
});
