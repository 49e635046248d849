import { describe, expect, it } from "vitest";
import { createCaster } from "./create-caster";
import { Decimal } from "./decimal";
import { isCastFailure } from "./failure";
import { PlainDate } from "./plain-date";

describe("createCaster", () => {
  it("returns null for missing values before casting (default [''])", () => {
    const cast = createCaster({ type: "integer" });
    expect(cast("")).toBeNull();
    expect(cast("7")).toBe(7);
  });

  it("uses the schema-level list; the field list REPLACES it", () => {
    const schemaLevel = { missingValues: ["", "s/d", "N/A", "-"] };
    expect(createCaster({ type: "integer" }, schemaLevel)("s/d")).toBeNull();
    expect(createCaster({ type: "integer" }, schemaLevel)("-")).toBeNull();
    const own = createCaster({ type: "string", missingValues: ["NA"] }, schemaLevel);
    expect(own("NA")).toBeNull();
    expect(own("")).toBe("");
    expect(own("s/d")).toBe("s/d");
    expect(createCaster({ type: "string" }, { missingValues: [] })("")).toBe("");
  });

  it("casts money exactly with regional separators", () => {
    const cast = createCaster(
      { type: "number", decimalChar: ",", groupChar: "." },
      { missingValues: ["", "s/d"] },
    );
    const v = cast("1.234,56");
    expect(v).toBeInstanceOf(Decimal);
    expect(String(v)).toBe("1234.56");
    expect(isCastFailure(cast("x"))).toBe(true);
  });

  it("ignores a legacy fmt: prefix", () => {
    const v = createCaster({ type: "date", format: "fmt:%d/%m/%y" })("21/11/06");
    expect(v instanceof PlainDate && v.toString()).toBe("2006-11-21");
  });
});
