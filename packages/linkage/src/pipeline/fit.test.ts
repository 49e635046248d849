import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { countBlocking } from "../block/index";
import { defaultSettings } from "../compare/index";
import { inProcessEngine } from "../engine";
import { link } from "../link";
import { people, records } from "../link.test-helpers";
import type { Records } from "../types";
import { fitDefaultBlocking } from "./fit";

/** Records with one locality for everybody: the default rules on the locality find every name pair. */
function withLocality(r: Records): Records {
  return { ...r, fields: { ...r.fields, locality: r.ids.map(() => "CENTRO") } };
}

describe("default blocking fitted to the cap", () => {
  const all = people(300, 7);
  const a = withLocality(records("a", all));
  const b = withLocality(records("b", all.slice(0, 200)));
  const defaults = defaultSettings(Object.keys(a.fields).sort());
  const counts = countBlocking(defaults.blocking, a, b);
  const marginal = (rule: string) => counts.find((c) => c.rule === rule)?.marginal ?? 0;
  // A cap whose quarter the locality rules pass and the others do not.
  const cap = 4 * Math.max(...counts.filter((c) => !c.rule.includes("locality")).map((c) => c.marginal)) + 4;

  it("drops or tightens the default rules over a share of the cap and says why", async () => {
    expect(marginal("given1 + surname1 + locality")).toBeGreaterThan(cap / 4);
    expect(marginal("birthDate + locality")).toBeLessThanOrEqual(cap / 4);
    const result = await link(a, b, { maxComparisons: cap, uSamplePairs: 5_000 });
    expect(result.blockingChanges).toEqual([
      expect.objectContaining({
        rule: "given1 + surname1 + locality",
        marginal: marginal("given1 + surname1 + locality"),
        action: "dropped",
      }),
    ]);
    expect(result.blockingChanges?.[0]?.reason).toMatch(/birth year it finds no pair/);
    expect(result.blocking.map((c) => c.rule)).not.toContain("given1 + surname1 + locality");
    expect(result.compared).toBeLessThanOrEqual(cap);
  });

  it("tightens with the birth year when that finds new pairs", async () => {
    // One phone for everybody: the phone rule finds every pair; with the birth year it is a new rule.
    const phone = (r: Records): Records => ({
      ...r,
      fields: { ...r.fields, phone: r.ids.map(() => "5555") },
    });
    const byYear = countBlocking([{ on: ["birthYear"] }], a, b)[0]?.marginal ?? 0;
    const maxComparisons = 4 * Math.max(byYear, ...counts.map((c) => c.marginal)) + 4;
    const result = await link(phone(a), phone(b), { maxComparisons, uSamplePairs: 5_000 });
    const changes = result.blockingChanges ?? [];
    expect(changes.map((c) => [c.rule, c.action, c.to])).toEqual([
      ["phone", "tightened", "phone + birthYear"],
    ]);
    expect(changes[0]?.toMarginal).toBe(byYear);
    expect(result.blocking.map((c) => c.rule)).toContain("phone + birthYear");
  });

  it("drops the last rules while their union passes the cap", async () => {
    // Five rules of 100 pairs each, no pair in two: record i on the left, i + k on the right.
    const n = 100;
    const shifted = (source: string, by: number): Records => ({
      source,
      ids: Array.from({ length: n }, (_, i) => `${source}-${i}`),
      rows: Array.from({ length: n }, (_, i) => i + 1),
      fields: Object.fromEntries(
        [0, 1, 2, 3, 4].map((k) => [`f${k}`, Array.from({ length: n }, (_, i) => String((i + by * k) % n))]),
      ),
    });
    const [x, y] = [shifted("x", 0), shifted("y", 1)];
    const rules = [0, 1, 2, 3, 4].map((k) => ({ on: [`f${k}`] }));
    expect(countBlocking(rules, x, y).at(-1)?.cumulative).toBe(500);
    const cap = 450;
    const fitted = await fitDefaultBlocking(inProcessEngine([], x, y), rules, cap, () => false);
    expect(fitted.changes.map((c) => c.rule)).toEqual(["f4"]);
    expect(fitted.changes[0]?.reason).toMatch(/together make/);
    expect(fitted.rules).toEqual(rules.slice(0, -1));
    expect(fitted.counts.at(-1)?.cumulative).toBeLessThanOrEqual(cap);
  });

  it("keeps the cap error for declared rules", async () => {
    await expect(
      link(a, b, {
        blocking: defaults.blocking,
        maxComparisons: (counts.at(-1)?.cumulative ?? 0) - 1,
        uSamplePairs: 5_000,
      }),
    ).rejects.toThrow(CiudataError);
  });

  it("changes nothing when the defaults fit", async () => {
    const result = await link(a, b, { uSamplePairs: 5_000 });
    expect(result.blockingChanges).toBeUndefined();
    expect(result.blocking.map((c) => c.rule)).toEqual(defaults.blocking.map((r) => r.on.join(" + ")));
  });
});
