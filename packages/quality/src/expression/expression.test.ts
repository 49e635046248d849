import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, parseExpression } from ".";

const run = (formula: string, row: Record<string, unknown> = {}) => {
  const p = parseExpression(formula);
  if (!p.ok) throw new Error(JSON.stringify(p.issue));
  return evaluate(p.node, (n) => (n in row ? (row[n] as never) : undefined));
};

describe("row-constraint expressions", () => {
  it("follows Python precedence and chained comparisons", () => {
    expect(run("1 + 2 * 3 ** 2")).toBe(19);
    expect(run("-2 ** 2")).toBe(-4);
    expect(run("0 < x < 10", { x: 5 })).toBe(true);
    expect(run("0 < x < 10", { x: 15 })).toBe(false);
    expect(run("7 // 2 + 7 % 2")).toBe(4);
    expect(run("`fecha alta` == 'x'", { "fecha alta": "x" })).toBe(true);
  });

  it("locates syntax errors", () => {
    expect(parseExpression("a >")).toMatchObject({
      ok: false,
      issue: { position: 3, expected: "formula-value", received: "" },
    });
    expect(parseExpression("vars()")).toMatchObject({ ok: false, issue: { position: 4 } });
    expect(parseExpression("a['constructor']")).toMatchObject({ ok: false, issue: { position: 1 } });
  });

  it("never throws anything but a located issue on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const p = parseExpression(s);
        if (!p.ok) expect(typeof p.issue.position).toBe("number");
      }),
    );
  });
});
