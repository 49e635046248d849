import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsOf } from "../../test-support/records-of";
import { inProcessEngine } from "../engine";
import type { ComparisonSpec } from "../types";
import { termFrequencies } from "./tf";

const specs: ComparisonSpec[] = [
  { name: "s", fields: ["s"], levels: [{ id: "exact", when: { exact: "s" }, tf: "s" }] },
];
const value = fc.constantFrom(null, "GARCIA", "PEREZ", "ZUBIRIA", "RUIZ");

describe("termFrequencies", () => {
  it("gives each record the share of its value among the non-null values of both sides", () => {
    const a = recordsOf("a", [{ s: "GARCIA" }, { s: "GARCIA" }, { s: null }]);
    const b = recordsOf("b", [{ s: "GARCIA" }, { s: "RUIZ" }]);
    const tf = termFrequencies(specs, a, b);
    expect([...(tf.left.get("s") ?? [])]).toEqual([0.75, 0.75, Number.NaN]);
    expect([...(tf.right.get("s") ?? [])]).toEqual([0.75, 0.25]);
  });

  it("counted on an engine's codes, equals counting the values (linkage and dedupe)", () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 12 }),
        fc.array(value, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (ls, rs, dedupe) => {
          const a = recordsOf(
            "a",
            ls.map((s) => ({ s })),
          );
          const b = dedupe
            ? null
            : recordsOf(
                "b",
                rs.map((s) => ({ s })),
              );
          const engine = inProcessEngine(specs, a, b);
          const fromCodes = termFrequencies(specs, a, b, (f) => engine.codes?.(f));
          const fromValues = termFrequencies(specs, a, b);
          expect([...(fromCodes.left.get("s") ?? [])]).toEqual([...(fromValues.left.get("s") ?? [])]);
          expect([...(fromCodes.right.get("s") ?? [])]).toEqual([...(fromValues.right.get("s") ?? [])]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
