import { describe, expect, it } from "vitest";
import {
  addDuration,
  daysBetween,
  endOfMonth,
  localDate,
  parseRepeatDuration,
  periodEnd,
  staleness,
  todayIn,
} from "./dates";
import { deadlineRange, dueDate, isPastDeadline } from "./deadline";

describe("deadlines", () => {
  it("a month means its last day; a range means the last day of its last month", () => {
    expect(dueDate("2024-02")).toBe("2024-02-29");
    expect(dueDate("2023-02")).toBe("2023-02-28");
    expect(dueDate("2024-12")).toBe("2024-12-31");
    expect(deadlineRange("2024-09/2024-11")).toEqual({
      firstMonth: "2024-09",
      lastMonth: "2024-11",
      start: "2024-09-01",
      due: "2024-11-30",
    });
    expect(dueDate(undefined)).toBeNull();
  });

  it("is past only once the month has ended", () => {
    expect(isPastDeadline("2024-09", "2024-09-30")).toBe(false);
    expect(isPastDeadline("2024-09", "2024-10-01")).toBe(true);
    expect(isPastDeadline(undefined, "2030-01-01")).toBe(false);
  });
});

describe("dates", () => {
  it("reads instants as days in the city's time zone", () => {
    expect(localDate("2024-10-01T01:30:00Z", "America/Argentina/Mendoza")).toBe("2024-09-30");
    expect(localDate("2024-10-01T01:30:00Z", "UTC")).toBe("2024-10-01");
    expect(localDate("2024-10-01", "Asia/Tokyo")).toBe("2024-10-01");
    expect(todayIn("America/Santiago", new Date("2024-10-01T02:00:00Z"))).toBe("2024-09-30");
  });

  it("does calendar arithmetic", () => {
    expect(endOfMonth("2024-04")).toBe("2024-04-30");
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(periodEnd("2024")).toBe("2024-12-31");
    expect(periodEnd("2024-06")).toBe("2024-06-30");
    expect(parseRepeatDuration("R/P3M")).toEqual({ years: 0, months: 3, weeks: 0, days: 0 });
    expect(parseRepeatDuration("R/P0.5M")).toEqual({ years: 0, months: 0, weeks: 0, days: 15 });
    expect(parseRepeatDuration("eventual")).toBeNull();
    expect(addDuration("2024-01-31", { years: 0, months: 1, weeks: 0, days: 0 })).toBe("2024-02-29");
  });
});

describe("staleness (one rule for ciudata watch and the inventory report)", () => {
  it("is late after the periodicity has passed, never for eventual, and always with no update known", () => {
    expect(staleness("R/P1M", "2026-01-31", "2026-03-01")).toEqual({ due: "2026-02-28", stale: true });
    expect(staleness("R/P1M", "2026-01-31", "2026-02-28")).toEqual({ due: "2026-02-28", stale: false });
    expect(staleness("eventual", null, "2026-12-07")).toEqual({ due: null, stale: false });
    expect(staleness("R/P1Y", undefined, "2026-12-07")).toEqual({ due: null, stale: true });
  });
});
