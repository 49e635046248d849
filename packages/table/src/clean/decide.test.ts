import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCastFailure } from "../cast/failure";
import { createTypeCaster } from "../cast/type-caster";
import { dateConverter, decimalConverter } from "./decide";

/** The reference: the shapes as regular expressions, the group separators dropped, the comma made a point. */
function reference(group: string, value: string): string | null {
  const g = group === "." ? "\\." : group;
  const re = group ? new RegExp(`^[+-]?(\\d{1,3}(${g}\\d{3})+|\\d+)(,\\d+)?$`) : /^[+-]?\d+(,\d+)?$/;
  if (!re.test(value)) return null;
  return value
    .split(group || "\u0000")
    .join("")
    .replace(",", ".");
}

describe("decimalConverter", () => {
  it("rewrites exactly what the reference rewrites, and leaves (null) everything else, on random values", () => {
    // Values made of the chars that matter (digits, signs, comma, point, space) and a few others.
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."0123456789,. +-"), maxLength: 14 }),
      fc.string({ unit: fc.constantFrom(..."0123456789,.-x\u00a0٣"), maxLength: 10 }),
      fc
        .tuple(
          fc.constantFrom("", "-", "+"),
          fc.integer({ min: 0, max: 999 }),
          fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 3 }),
          fc.option(fc.nat(), { nil: undefined }),
          fc.constantFrom(".", " ", ""),
        )
        .map(
          ([sign, head, groups, decimals, g]) =>
            `${sign}${head}${groups.map((n) => g + String(n).padStart(3, "0")).join("")}${decimals === undefined ? "" : `,${decimals}`}`,
        ),
    );
    for (const group of ["", ".", " "]) {
      const convert = decimalConverter(group ? { groupChar: group } : {});
      fc.assert(
        fc.property(value, (v) => {
          expect(convert(v)).toBe(reference(group, v));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("rewrites the usual shapes and leaves the odd ones", () => {
    const grouped = decimalConverter({ groupChar: "." });
    expect(grouped("-138.195,79")).toBe("-138195.79");
    expect(grouped("1.234")).toBe("1234");
    expect(grouped("12,5")).toBe("12.5");
    for (const odd of ["1.23,4", "1234.567", ",5", "5,", "1..234", "1.234.5", "", "-", "1,2,3", "١٢"])
      expect(grouped(odd)).toBeNull();
    const plain = decimalConverter({});
    expect(plain("+7,25")).toBe("+7.25");
    expect(plain("1.234,5")).toBeNull();
  });
});

describe("dateConverter", () => {
  // The general path alone: the column's caster, its value written as ISO 8601.
  const reference = (format: string) => {
    const cast = createTypeCaster({ type: "date", format });
    return (value: string): string | null => {
      const read = cast(value);
      return isCastFailure(read) ? null : String(read);
    };
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("answers what the general caster answers, value after value and again (its memo), on random dates and near misses", () => {
    const day = fc.tuple(
      fc.integer({ min: 0, max: 3100 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    );
    const value = (format: string) =>
      fc.oneof(
        // Well-formed and zero-padded (the fast path), impossible days and months included.
        day.map(([y, m, d]) =>
          format.replace("%Y", pad(y, 4)).replace("%m", pad(m, 2)).replace("%d", pad(d, 2)),
        ),
        // Unpadded, and strings of the chars that matter.
        day.map(([y, m, d]) =>
          format.replace("%Y", String(y)).replace("%m", String(m)).replace("%d", String(d)),
        ),
        fc.string({ unit: fc.constantFrom(..."0123456789/-. x"), maxLength: 11 }),
      );
    for (const format of ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%m/%d/%Y"]) {
      const want = reference(format);
      const convert = dateConverter({ type: "date", format, given: true });
      fc.assert(
        fc.property(fc.array(value(format), { maxLength: 30 }), (values) => {
          for (const v of [...values, ...values]) expect(convert(v)).toBe(want(v));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("rewrites the usual shape and leaves (null) an impossible date for the report", () => {
    const convert = dateConverter({ type: "date", format: "%d/%m/%Y", given: false });
    expect(convert("31/12/2024")).toBe("2024-12-31");
    expect(convert("31/12/2024")).toBe("2024-12-31");
    expect(convert("29/02/2023")).toBeNull();
    expect(convert("1/2/2024")).toBe("2024-02-01");
  });
});
