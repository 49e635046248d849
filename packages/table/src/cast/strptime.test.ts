import { describe, expect, it } from "vitest";
import { compileStrptime } from "./strptime";
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

  it("reads English names, 12-hour clocks and days of the year as Python's strptime", () => {
    const p = newParts();
    expect(compileStrptime("%d %b %Y")("5 mar 2024", p)).toBe(true);
    expect([p.year, p.month, p.day]).toEqual([2024, 3, 5]);
    expect(compileStrptime("%B %d, %Y")("SEPTEMBER 30, 2023", p)).toBe(true);
    expect(p.month).toBe(9);
    expect(compileStrptime("%b %Y")("Sept 2023", p)).toBe(false);
    expect(compileStrptime("%A %d/%m/%Y")("Friday 12/01/2024", p)).toBe(true);
    expect(compileStrptime("%a %d/%m/%Y")("vie 12/01/2024", p)).toBe(false);
    expect(compileStrptime("%I:%M %p")("12:30 AM", p) && p.hour).toBe(0);
    expect(compileStrptime("%I:%M %p")("12:30 pm", p) && p.hour).toBe(12);
    expect(compileStrptime("%I:%M %p")("7:05 PM", p) && [p.hour, p.minute]).toEqual([19, 5]);
    expect(compileStrptime("%I:%M")("12:10", p) && p.hour).toBe(0);
    expect(compileStrptime("%I:%M")("13:10", p)).toBe(false);
    expect(compileStrptime("%Y-%j")("2024-060", p) && [p.month, p.day]).toEqual([2, 29]);
    expect(compileStrptime("%Y-%j")("2023-060", p) && [p.month, p.day]).toEqual([3, 1]);
    expect(compileStrptime("%Y-%j")("2023-366", p)).toBe(false);
    expect(compileStrptime("%Y %Q")("2024 x", p)).toBe(false);
  });
});
