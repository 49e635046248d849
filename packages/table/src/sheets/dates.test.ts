import { describe, expect, it } from "vitest";
import { dateKindOf, dateKindOfCode, serialToIso } from "./dates";

describe("dateKindOfCode", () => {
  it.each([
    ["dd/mm/yyyy", "date"],
    ["mmm-yy", "date"],
    ['d "de" mmmm "de" yyyy', "date"],
    ["[$-es-AR]dddd, d mmmm yyyy", "date"],
    ["yyyy-mm-dd hh:mm", "datetime"],
    ["h:mm AM/PM", "time"],
    ["mm:ss", "time"],
    ["[h]:mm:ss", null],
    ["0.00%", null],
    ['#,##0.00 "días"', null],
    ["General", null],
    ["[Red]0.00;[Blue]-0.00", null],
    ["0.00E+00", null],
  ])("%s → %s", (code, kind) => {
    expect(dateKindOfCode(code)).toBe(kind);
  });

  it("knows the built-in formats and lets the workbook's own codes win", () => {
    expect(dateKindOf(14, new Map())).toBe("date");
    expect(dateKindOf(22, new Map())).toBe("datetime");
    expect(dateKindOf(20, new Map())).toBe("time");
    expect(dateKindOf(2, new Map())).toBeNull();
    expect(dateKindOf(14, new Map([[14, "0.00"]]))).toBeNull();
  });
});

describe("serialToIso", () => {
  it("reads both date systems and keeps the Lotus 29 February 1900 as no day", () => {
    expect(serialToIso(1, "date", false)).toBe("1900-01-01");
    expect(serialToIso(59, "date", false)).toBe("1900-02-28");
    expect(serialToIso(60, "date", false)).toBeNull();
    expect(serialToIso(61, "date", false)).toBe("1900-03-01");
    expect(serialToIso(45366, "date", false)).toBe("2024-03-15");
    expect(serialToIso(45366 - 1462, "date", true)).toBe("2024-03-15");
    expect(serialToIso(-1, "date", false)).toBeNull();
  });

  it("writes a time of day with seconds, rounding to the nearest second", () => {
    expect(serialToIso(0.4375, "time", false)).toBe("10:30:00");
    expect(serialToIso(45366.999999, "datetime", false)).toBe("2024-03-16T00:00:00");
    expect(serialToIso(45366.5, "date", false)).toBe("2024-03-15T12:00:00");
  });
});
