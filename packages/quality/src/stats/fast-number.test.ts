import { createCaster, type Field, isCastFailure } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastNumber, fastNumberBytes } from "./fast-number";

const FIELDS: Field[] = [
  { name: "a", type: "integer" },
  { name: "b", type: "number" },
  { name: "c", type: "number", decimalChar: ",", groupChar: "." },
  { name: "d", type: "number", decimalChar: "," },
];

describe("fastNumber", () => {
  it("property: a cell it reads gives the caster's number; any other cell is left to the caster", () => {
    const cell = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map(String),
      fc.stringMatching(/^-?[0-9][0-9.,]{0,18}$/),
      fc.constantFrom("1.234,5", "-0,5", "007", "1e5", "", " 12", "12 ", "+3", "1.", ",5", "s/d"),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), cell, (field, text) => {
        const read = fastNumber(field, ["", "s/d"]);
        if (read === null) throw new Error("no fast reader");
        const fast = read(text);
        if (Number.isNaN(fast)) return;
        const cast = createCaster(field, { missingValues: ["", "s/d"] })(text);
        expect(cast === null || isCastFailure(cast)).toBe(false);
        expect(fast).toBe(Number(cast?.valueOf()));
      }),
      { numRuns: 3000 },
    );
  });

  it("property: over a cell's UTF-8 bytes it reads what it reads over the text, and the caster agrees", () => {
    const cell = fc.oneof(
      fc.stringMatching(/^-?[0-9][0-9.,]{0,24}$/),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.string({ maxLength: 8 }),
      fc.constantFrom("1.234,5", "-0,5", "١٢", "12€", "", "s/d", "-", "9".repeat(16), "1.234.567.890.123,45"),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), cell, fc.nat(4), (field, text, pad) => {
        const fast = fastNumber(field, ["", "s/d"]);
        const bytes = fastNumberBytes(field, ["", "s/d"]);
        if (fast === null || bytes === null) throw new Error("no fast reader");
        // The cell in the middle of other bytes, as the range reader hands it.
        const encoded = Buffer.from(`${"x".repeat(pad)}${text};`, "utf8");
        const read = bytes(encoded, pad, encoded.length - 1);
        expect(Object.is(read, fast(text))).toBe(true);
        if (Number.isNaN(read)) return;
        const cast = createCaster(field, { missingValues: ["", "s/d"] })(text);
        expect(read).toBe(Number(cast?.valueOf()));
      }),
      { numRuns: 3000 },
    );
  });

  it("is not used where a missing value would read as a number, nor for other types", () => {
    expect(fastNumber({ name: "a", type: "integer" }, ["", "-1"])).toBeNull();
    expect(fastNumber({ name: "a", type: "string" }, [""])).toBeNull();
    expect(fastNumber({ name: "a", type: "number", bareNumber: false }, [""])).toBeNull();
    expect(fastNumber({ name: "a", type: "integer" }, [""])?.("12")).toBe(12);
    expect(fastNumberBytes({ name: "a", type: "number", decimalChar: "·" }, [""])).toBeNull();
    expect(fastNumberBytes({ name: "a", type: "integer" }, ["", "17"])).toBeNull();
  });
});
