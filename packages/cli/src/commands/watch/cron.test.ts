import { describe, expect, it } from "vitest";
import { nextRun, parseCron } from "./cron";

const next = (expression: string, after: Date) => {
  const r = parseCron(expression);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
  return nextRun(r.cron, after);
};

describe("parseCron / nextRun", () => {
  it("steps to the next matching minute in local time, never the same minute again", () => {
    expect(next("0 6 * * *", new Date(2026, 5, 1, 5, 59, 30))).toEqual(new Date(2026, 5, 1, 6, 0));
    expect(next("0 6 * * *", new Date(2026, 5, 1, 6, 0, 0))).toEqual(new Date(2026, 5, 2, 6, 0));
    expect(next("*/15 * * * *", new Date(2026, 5, 1, 10, 7))).toEqual(new Date(2026, 5, 1, 10, 15));
    expect(next("30 8-18/5 * * *", new Date(2026, 5, 1, 9, 0))).toEqual(new Date(2026, 5, 1, 13, 30));
    // Month ends and leap years: 29 February comes in 2028.
    expect(next("0 0 29 2 *", new Date(2026, 2, 1))).toEqual(new Date(2028, 1, 29, 0, 0));
    expect(next("@monthly", new Date(2026, 0, 31, 12))).toEqual(new Date(2026, 1, 1, 0, 0));
  });

  it("reads names, lists, Sunday as 0 or 7, and crontab's either-day rule", () => {
    // 2026-06-06 is a Saturday: mon-fri waits for Monday the 8th.
    expect(next("0 9 * * mon-fri", new Date(2026, 5, 6, 10))).toEqual(new Date(2026, 5, 8, 9, 0));
    expect(next("0 9 * * 7", new Date(2026, 5, 6, 10))).toEqual(new Date(2026, 5, 7, 9, 0));
    expect(next("0 0 1,15 jan,jul *", new Date(2026, 0, 2))).toEqual(new Date(2026, 0, 15, 0, 0));
    // Day 1 of the month OR a Monday: Monday the 8th comes before 1 July.
    expect(next("0 0 1 * 1", new Date(2026, 5, 2))).toEqual(new Date(2026, 5, 8, 0, 0));
  });

  it("refuses what it cannot read, naming the field, what was found and what is allowed", () => {
    expect(parseCron("0 25 * * *")).toEqual({
      ok: false,
      problem: { field: 2, found: "25", reason: "range", min: 0, max: 23 },
    });
    expect(parseCron("0 6 * *")).toMatchObject({ ok: false, problem: { field: 0, reason: "count" } });
    expect(parseCron("0 6 * * lunes")).toMatchObject({ ok: false, problem: { field: 5, reason: "syntax" } });
    expect(parseCron("*/0 * * * *")).toMatchObject({ ok: false, problem: { field: 1, reason: "syntax" } });
    expect(parseCron("0 0 30 2 *")).toMatchObject({ ok: false, problem: { field: 0, reason: "never" } });
    expect(parseCron("5-1 * * * *")).toMatchObject({ ok: false, problem: { field: 1, reason: "range" } });
  });
});
