import { describe, expect, it } from "vitest";
import { compileStrptime, strptimeToDateFns } from "./strptime";
import { newParts } from "./temporal-parts";

describe("compileStrptime", () => {
  it("matches whole cells with numeric directives", () => {
    const p = newParts();
    expect(compileStrptime("%Y-%m-%d %H:%M:%S")("2024-03-12 08:05:09", p)).toBe(true);
    expect([p.year, p.month, p.day, p.hour, p.minute, p.second]).toEqual([2024, 3, 12, 8, 5, 9]);
    expect(compileStrptime("%Y%m%d")("20240312", p)).toBe(true);
    expect(p.day).toBe(12);
    expect(compileStrptime("%d/%m/%Y")("12/03/2024x", p)).toBe(false);
    expect(compileStrptime("%d de %m")("5 DE 3", p)).toBe(true);
  });

  it("translates other directives to date-fns tokens", () => {
    expect(strptimeToDateFns("%d de %B de %Y")).toBe("d' de 'MMMM' de 'yyyy");
    expect(strptimeToDateFns("%I:%M %p")).toBe("h':'m' 'a");
    expect(strptimeToDateFns("%Q")).toBeNull();
  });
});
