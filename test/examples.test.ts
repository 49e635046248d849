import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript example, typed by its JSDoc
import { checkRegistry } from "../examples/registry-check/check.mjs";

describe("examples/registry-check", () => {
  it("finds the quality, privacy and disaggregation problems of the registry in one pass", async () => {
    const { report, scores, risk } = await checkRegistry({ rows: 300 });
    const types = new Set(report.tasks[0].errors.map((e: { type: string }) => e.type));
    expect(types.has("primary-key")).toBe(true); // the repeated id
    expect(types.has("type-error")).toBe(true); // "cuarenta"
    expect([...types].some((t) => String(t).startsWith("privacy/"))).toBe(true);
    expect(risk.violations.find((v: { k: number }) => v.k === 5).records).toBeGreaterThan(0);
    expect(scores.dimensions.uniqueness.score).toBeLessThan(100);
  });
});
