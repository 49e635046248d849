import { flatten } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { checkPeriodicity, parsePeriodicity, periodicity } from "./periodicity";

describe("parsePeriodicity", () => {
  it("reads DCAT-AR values, ISO repeating intervals and common words", () => {
    expect(parsePeriodicity("R/P1M")).toMatchObject({ kind: "interval", duration: { months: 1 } });
    expect(parsePeriodicity("R/PT1H")).toMatchObject({ kind: "interval", duration: { hours: 1 } });
    expect(parsePeriodicity("R/P0.5M")).toMatchObject({ kind: "interval", duration: { months: 0.5 } });
    expect(parsePeriodicity("R5/2020-01-01/P1Y")).toMatchObject({ kind: "interval", duration: { years: 1 } });
    expect(parsePeriodicity("eventual")?.kind).toBe("eventual");
    expect(parsePeriodicity("irregular")?.kind).toBe("irregular");
    expect(parsePeriodicity("continuous")).toMatchObject({ kind: "interval", duration: { days: 1 } });
    expect(parsePeriodicity("Mensual")).toMatchObject({ kind: "interval", duration: { months: 1 } });
    expect(
      parsePeriodicity("http://publications.europa.eu/resource/authority/frequency/ANNUAL"),
    ).toMatchObject({
      kind: "interval",
      duration: { years: 1 },
    });
    expect(parsePeriodicity("cada tanto")).toBeNull();
    expect(parsePeriodicity("R/P0D")).toBeNull();
  });
});

describe("checkPeriodicity (metadata only)", () => {
  it("flags a monthly resource not updated for more than a month", () => {
    const r = checkPeriodicity({ modified: "2024-01-15", accrualPeriodicity: "R/P1M" }, "2024-03-01");
    expect(r.status).toBe("overdue");
    expect(r.due).toBe("2024-02-15");
    expect(r.daysOverdue).toBe(15);
    expect(r.errors[0]?.type).toBe("quality/overdue-update");
    expect(r.errors[0]?.params).toMatchObject({
      modified: "2024-01-15",
      periodicity: "R/P1M",
      due: "2024-02-15",
    });
  });

  it("is on time up to the due date, and a grace period extends it", () => {
    expect(
      checkPeriodicity({ modified: "2024-01-15", accrualPeriodicity: "R/P1M" }, "2024-02-15").status,
    ).toBe("ok");
    expect(
      checkPeriodicity({ modified: "2024-01-15", accrualPeriodicity: "R/P1M" }, "2024-02-16").status,
    ).toBe("overdue");
    expect(
      checkPeriodicity({ modified: "2024-01-15", accrualPeriodicity: "R/P1M" }, "2024-02-20", {
        grace: "P7D",
      }).status,
    ).toBe("ok");
    expect(
      checkPeriodicity({ modified: "2024-01-15", accrualPeriodicity: "R/P1M" }, "2024-02-20", { grace: 3 })
        .status,
    ).toBe("overdue");
  });

  it("never flags eventual or irregular resources", () => {
    for (const accrualPeriodicity of ["eventual", "irregular", "never"])
      expect(checkPeriodicity({ modified: "2001-01-01", accrualPeriodicity }, "2024-01-01")).toMatchObject({
        status: "not-applicable",
        errors: [],
      });
  });

  it("compares calendar days as written for daily and longer periods, instants for hourly ones", () => {
    // Written May 31 in Argentina (June 1 in UTC): one day later is still on time for a daily resource.
    expect(
      checkPeriodicity({ modified: "2024-05-31T22:00:00-03:00", accrualPeriodicity: "R/P1D" }, "2024-06-01")
        .status,
    ).toBe("ok");
    expect(
      checkPeriodicity(
        { modified: "2024-06-01T10:00:00Z", accrualPeriodicity: "R/PT1H" },
        "2024-06-01T12:00:00Z",
      ).status,
    ).toBe("overdue");
  });

  it("uses issued when modified is missing and explains unusable metadata", () => {
    expect(checkPeriodicity({ issued: "2023-01-01", accrualPeriodicity: "R/P1Y" }, "2024-06-01").status).toBe(
      "overdue",
    );
    const missing = checkPeriodicity({ accrualPeriodicity: "R/P1Y" }, "2024-06-01");
    expect(missing.status).toBe("invalid");
    expect(missing.errors[0]?.params.reason).toBe("missing-modified");
    expect(
      checkPeriodicity({ modified: "2024-01-01", accrualPeriodicity: "cada tanto" }, "2024-06-01").errors[0]
        ?.params.reason,
    ).toBe("invalid-periodicity");
    expect(checkPeriodicity({ modified: "2024-01-01" }, "2024-06-01").errors[0]?.params.reason).toBe(
      "missing-periodicity",
    );
    expect(
      checkPeriodicity({ modified: "2024-01-01" }, "2024-06-01", { reportMetadata: false }).errors,
    ).toEqual([]);
  });
});

describe("periodicity (as a check)", () => {
  it("lands in the table report, worded in the report's language", async () => {
    const report = await validateTable("id\n1\n", {
      checks: [periodicity({ modified: "2023-01-10", accrualPeriodicity: "R/P3M", asOf: "2024-01-10" })],
      lang: "pt",
    });
    expect(flatten(report, ["rowNumber", "type"], { includeWarnings: true })).toEqual([
      [null, "quality/overdue-update"],
    ]);
    expect(flatten(report, ["type"])).toEqual([]);
    const e = report.tasks[0]?.errors[0];
    expect(e?.severity).toBe("warning");
    expect(report.valid).toBe(true);
    expect(e?.message).toContain("a última atualização é de 2023-01-10");
  });

  it("rejects unreadable options before reading", () => {
    expect(() => periodicity({ modified: "2024-01-01", accrualPeriodicity: "R/P1M", asOf: "hoy" })).toThrow(
      RangeError,
    );
    expect(() =>
      periodicity({ modified: "2024-01-01", accrualPeriodicity: "R/P1M", asOf: "2024-02-01", grace: "x" }),
    ).toThrow(RangeError);
  });
});
