import { flatten } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { freshness } from "./freshness";
import { isoDate, parseIsoDuration, shiftByDuration, toMillis } from "./time";

const schema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "fecha", type: "date" },
  ],
};
const csv = "id,fecha\n1,2024-01-31\n2,2024-05-20\n3,2024-03-01\n";
const quality = (r: Awaited<ReturnType<typeof validateTable>>) =>
  (r.tasks[0]?.errors ?? []).filter((e) => e.type.startsWith("quality/"));

describe("freshness", () => {
  it("reports stale data when the newest date is older than maxAge as of asOf", async () => {
    const report = await validateTable(csv, {
      schema,
      checks: [freshness({ field: "fecha", asOf: "2024-07-31", maxAge: "P1M" })],
    });
    expect(flatten(report, ["rowNumber", "fieldNumber", "type"])).toEqual([[null, 2, "quality/stale-data"]]);
    const e = quality(report)[0];
    expect(e?.params).toMatchObject({
      newest: "2024-05-20",
      asOf: "2024-07-31",
      maxAge: "P1M",
      cutoff: "2024-06-30",
      ageDays: 72,
      expected: "una fecha desde el 2024-06-30",
    });
    expect(e?.severity).toBe("error");
    expect(e?.message).toContain("el dato más reciente es del 2024-05-20");
    expect(report.valid).toBe(false);
  });

  it("passes when the newest date is within maxAge (days as a number too)", async () => {
    const ok = await validateTable(csv, {
      schema,
      checks: [freshness({ field: "fecha", asOf: "2024-06-20", maxAge: "P1M" })],
    });
    expect(ok.valid).toBe(true);
    const days = await validateTable(csv, {
      schema,
      checks: [freshness({ field: "fecha", asOf: "2024-06-20", maxAge: 30, severity: "warning" })],
    });
    expect(days.valid).toBe(true);
    expect(quality(days)).toHaveLength(1);
    expect(quality(days)[0]?.params.maxAge).toBe("P30D");
  });

  it("never reads the clock: the same data is fresh or stale only by asOf", async () => {
    const early = await validateTable(csv, {
      schema,
      checks: [freshness({ field: "fecha", asOf: "2024-05-21", maxAge: "P7D" })],
    });
    const late = await validateTable(csv, {
      schema,
      checks: [freshness({ field: "fecha", asOf: "2030-01-01", maxAge: "P7D" })],
    });
    expect(quality(early)).toHaveLength(0);
    expect(quality(late)).toHaveLength(1);
  });

  it("counts a yearmonth as its last day and reports a column with no dates", async () => {
    const ym = await validateTable("periodo\n2024-04\n2024-05\n", {
      schema: { fields: [{ name: "periodo", type: "yearmonth" }] },
      checks: [freshness({ field: "periodo", asOf: "2024-06-30", maxAge: "P1M" })],
    });
    expect(quality(ym)).toHaveLength(0);
    const empty = await validateTable("fecha\n\nx\n", {
      schema: { fields: [{ name: "fecha", type: "date" }] },
      checks: [freshness({ field: "fecha", asOf: "2024-06-30", maxAge: "P1M" })],
      lang: "en",
    });
    const e = quality(empty)[0];
    expect(e?.params.newest).toBeNull();
    expect(e?.message).toContain("no valid dates");
  });

  it("reports a misconfigured column and rejects bad options", async () => {
    const report = await validateTable(csv, {
      schema,
      checks: [freshness({ field: "fecha_alta", asOf: "2024-06-30", maxAge: "P1M" })],
    });
    expect(quality(report).map((e) => e.type)).toEqual(["quality/check-error"]);
    expect(() => freshness({ field: "fecha", asOf: "2024-06-30", maxAge: "1 mes" })).toThrow(RangeError);
    expect(() => freshness({ field: "fecha", asOf: "ayer", maxAge: "P1M" })).toThrow(RangeError);
  });
});

describe("calendar arithmetic", () => {
  it("clamps month ends and reads durations", () => {
    const p1m = parseIsoDuration("P1M");
    expect(p1m).not.toBeNull();
    if (!p1m) return;
    expect(isoDate(shiftByDuration(Date.UTC(2024, 0, 31), p1m))).toBe("2024-02-29");
    expect(isoDate(shiftByDuration(Date.UTC(2024, 2, 31), p1m, -1))).toBe("2024-02-29");
    expect(parseIsoDuration("PT1H")?.hours).toBe(1);
    expect(parseIsoDuration("P0.5M")?.months).toBe(0.5);
    expect(parseIsoDuration("P")).toBeNull();
    expect(toMillis("2024-02-30")).toBeNull();
    expect(toMillis("2024-05-31T10:00:00-03:00")).toBe(Date.UTC(2024, 4, 31, 13));
  });
});
