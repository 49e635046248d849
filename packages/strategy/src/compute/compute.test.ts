import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tinyStrategy } from "../../test-support/tiny-strategy";
import type { Action, ActionStatus, StatusEvent } from "../model/action";
import { ACTION_STATUSES } from "../model/action";
import { IndicatorSchema } from "../model/indicator";
import { loadStrategy } from "../validate/parse";
import { changePct, indicatorStatus } from "./indicators";
import {
  actionProgress,
  progressByOrgUnit,
  progressByOwner,
  progressByPillar,
  strategyProgress,
} from "./progress";
import { actionStanding, nextDeadlines, overdueActions } from "./risk";
import { historyAsOf, statusAt } from "./status";

const TZ = "America/Argentina/Mendoza";

const day = fc
  .date({ min: new Date("2023-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const event = fc.record({ status: fc.constantFrom(...ACTION_STATUSES), at: day });
const history = fc.array(event, { maxLength: 8 });
const action = fc.record({
  history,
  weight: fc.option(fc.double({ min: 0.1, max: 10, noNaN: true }), { nil: undefined }),
});

function replay(events: readonly StatusEvent[]): ActionStatus {
  let s: ActionStatus = "not_started";
  for (const e of events) s = e.status;
  return s;
}

describe("statusAt", () => {
  it("takes the last event on or before the day, in the city's time zone", () => {
    const a = {
      history: [
        { status: "in_progress" as const, at: "2024-03-01" },
        { status: "complete" as const, at: "2024-10-01T01:00:00Z" }, // 30 Sep, 22:00 in Mendoza
      ],
    };
    expect(statusAt(a, "2024-02-29", TZ)).toBe("not_started");
    expect(statusAt(a, "2024-03-01", TZ)).toBe("in_progress");
    expect(statusAt(a, "2024-09-30", TZ)).toBe("complete");
    expect(statusAt(a, "2024-09-30", "UTC")).toBe("in_progress");
  });

  it("property: replaying the history up to a day gives the status on that day", () => {
    fc.assert(
      fc.property(history, day, (h, asOf) => {
        const events = historyAsOf({ history: h }, asOf, TZ);
        expect(events.every((e) => e.day <= asOf)).toBe(true);
        expect(statusAt({ history: h }, asOf, TZ)).toBe(replay(events));
        const sorted = [...h].filter((e) => e.at <= asOf).sort((x, y) => x.at.localeCompare(y.at));
        expect(events.length).toBe(sorted.length);
      }),
    );
  });

  it("property: adding a later event never changes the status as of an earlier day", () => {
    fc.assert(
      fc.property(history, day, event, (h, asOf, later) => {
        fc.pre(later.at > asOf);
        const before = statusAt({ history: h }, asOf, TZ);
        expect(statusAt({ history: [...h, later] }, asOf, TZ)).toBe(before);
        expect(statusAt({ history: [later, ...h] }, asOf, TZ)).toBe(before);
      }),
    );
  });
});

describe("progress", () => {
  it("counts statuses, leaves cancelled out of the percentages and weighs in-progress as half", () => {
    const at = "2024-01-01";
    const p = actionProgress(
      [
        { history: [{ status: "complete", at }] },
        { history: [{ status: "in_progress", at }] },
        { history: [] },
        { history: [{ status: "cancelled", at }] },
      ],
      "2024-06-01",
      { timeZone: TZ },
    );
    expect(p.counts).toEqual({ not_started: 1, in_progress: 1, complete: 1, on_hold: 0, cancelled: 1 });
    expect(p.total).toBe(3);
    expect(p.completePct).toBe(33.3);
    expect(p.weightedPct).toBe(50);
    expect(actionProgress([], "2024-06-01", { timeZone: TZ }).completePct).toBeNull();
  });

  it("property: progress stays within 0–100", () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 12 }), day, (actions, asOf) => {
        const p = actionProgress(actions, asOf, { timeZone: TZ });
        for (const pct of [p.completePct, p.weightedPct]) {
          if (pct === null) expect(p.total).toBe(0);
          else {
            expect(pct).toBeGreaterThanOrEqual(0);
            expect(pct).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it("property: progress never decreases when an action is completed", () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 12 }), day, fc.nat(), (actions, asOf, pick) => {
        const i = pick % actions.length;
        const before = actionProgress(actions, asOf, { timeZone: TZ });
        const done = actions.map((a, j) =>
          j === i ? { ...a, history: [...a.history, { status: "complete" as const, at: asOf }] } : a,
        );
        const after = actionProgress(done, asOf, { timeZone: TZ });
        expect(after.completePct ?? 0).toBeGreaterThanOrEqual(before.completePct ?? 0);
        expect(after.weightedPct ?? 0).toBeGreaterThanOrEqual(before.weightedPct ?? 0);
      }),
    );
  });

  it("groups by strategy, pillar, owner and org unit", () => {
    const doc = loadStrategy(tinyStrategy());
    expect(strategyProgress(doc, "2024-06-01").weightedPct).toBe(25);
    expect(progressByPillar(doc, "2024-06-01")).toEqual([
      { pillarId: "gobernanza", progress: expect.objectContaining({ total: 2 }) },
    ]);
    expect(progressByOwner(doc, "2024-06-01").map((o) => [o.owner, o.progress.total])).toEqual([
      ["person:ana", 1],
      ["committee:cgd", 1],
    ]);
    expect(progressByOrgUnit(doc, "2024-06-01")).toEqual([
      { orgUnitId: "datos", progress: expect.objectContaining({ total: 1 }) },
    ]);
  });
});

describe("risk", () => {
  const doc = loadStrategy(tinyStrategy());
  const a = doc.actions[0] as Action;
  const b = doc.actions[1] as Action;

  it("overdue = not complete and the deadline month ended before the day", () => {
    expect(overdueActions(doc, "2024-05-31").map((x) => x.id)).toEqual([]);
    expect(overdueActions(doc, "2024-06-01").map((x) => x.id)).toEqual(["a"]);
    expect(overdueActions(doc, "2024-12-01").map((x) => x.id)).toEqual(["a", "b"]);
  });

  it("gives reasons: overdue, stale, dependency overdue, due soon and not started", () => {
    expect(actionStanding(doc, a, "2024-06-01").reasons).toEqual([
      { code: "overdue", due: "2024-05-31", daysLate: 1 },
      { code: "stale", lastUpdate: "2024-02-10", days: 112 },
    ]);
    expect(actionStanding(doc, b, "2024-10-15", { staleDays: 1000 }).reasons).toEqual([
      { code: "due-soon-not-started", due: "2024-11-30", daysLeft: 46 },
      { code: "dependency-overdue", actionId: "a" },
    ]);
    expect(actionStanding(doc, b, "2024-01-15").atRisk).toBe(false);
  });

  it("complete and cancelled work is never at risk", () => {
    const done = { ...a, history: [...a.history, { status: "cancelled" as const, at: "2024-04-01" }] };
    expect(actionStanding(doc, done, "2025-01-01")).toMatchObject({
      overdue: false,
      atRisk: false,
      reasons: [],
    });
  });

  it("lists the next deadlines, soonest first", () => {
    expect(nextDeadlines(doc, "2024-05-01").map((s) => [s.actionId, s.due])).toEqual([
      ["a", "2024-05-31"],
      ["b", "2024-11-30"],
    ]);
  });
});

describe("indicators", () => {
  const ind = (over: Record<string, unknown>) =>
    IndicatorSchema.parse({
      id: "x",
      name: { es: "X" },
      unit: { es: "u" },
      direction: "increase",
      baseline: { value: 0 },
      ...over,
    });

  it("PLADECO changes: +1500 %, +356.3 %, +1100 %, −50 %; baseline 0 gives null with a reason", () => {
    expect(changePct(1, 16).value).toBe(1500);
    expect(changePct(263, 1200).value).toBe(356.3);
    expect(changePct(10, 120).value).toBe(1100);
    expect(changePct(10_000_000, 5_000_000).value).toBe(-50);
    expect(changePct(0, 5)).toEqual({ value: null, gap: "zero-baseline" });
  });

  it("computes progress to target, expected by now, on track and the light", () => {
    const i = ind({
      baseline: { value: 100, date: "2023-12-31" },
      target: { value: 200, date: "2025-12-31" },
      periodicity: "R/P1M",
    });
    const obs = [
      { indicatorId: "x", date: "2024-06", value: 120, status: "final" as const },
      { indicatorId: "x", date: "2024-12", value: 140, status: "final" as const },
    ];
    const s = indicatorStatus(i, obs, "2025-01-15");
    expect(s.latest).toEqual({ value: 140, date: "2024-12" });
    expect(s.changePct).toBe(40);
    expect(s.progressPct).toBe(40);
    expect(s.expectedPct).toBe(52.1); // 381 of 731 days
    expect(s.onTrack).toBe(false);
    expect(s.light).toBe("yellow");
    expect(s.stale).toBe(false);
    expect(indicatorStatus(i, obs, "2025-02-01").stale).toBe(true);
    // As of mid-2024 the December value is not known yet.
    expect(indicatorStatus(i, obs, "2024-07-01").latest?.value).toBe(120);
  });

  it("a decrease is good when the direction says so, and thresholds set the light", () => {
    const i = ind({
      direction: "decrease",
      baseline: { value: 10_000_000 },
      target: { value: 5_000_000 },
      thresholds: { basis: "value", green: 6_000_000, yellow: 8_000_000 },
    });
    const s = indicatorStatus(i, [{ indicatorId: "x", value: 5_000_000, status: "final" }], "2024-01-01");
    expect(s).toMatchObject({
      changePct: -50,
      improved: true,
      progressPct: 100,
      light: "green",
      expectedPct: null,
    });
    const none = indicatorStatus(ind({}), [], "2024-01-01");
    expect(none).toMatchObject({
      changePct: null,
      changeGap: "no-observation",
      progressGap: "no-target",
      light: "none",
    });
  });
});

describe("diffStrategy", () => {
  it("reports status changes and newly overdue actions between two days", async () => {
    const { diffStrategy } = await import("./diff");
    const doc = loadStrategy(tinyStrategy());
    const d = diffStrategy(doc, "2024-01-01", "2024-06-01");
    expect(d.statusChanges).toEqual([{ actionId: "a", from: "not_started", to: "in_progress" }]);
    expect(d.newlyOverdue).toEqual(["a"]);
    expect(d.noLongerOverdue).toEqual([]);
    expect(d.progress.to.weightedPct).toBe(25);
    expect(() => diffStrategy(doc, "2024-06-01", "2024-01-01")).toThrow(RangeError);
  });
});
