import { CiudataError, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { linkageIssues } from "./messages/issues";
import { parseLinkSettings } from "./settings";

function issuesOf(input: unknown): CiudataError["errors"] {
  try {
    parseLinkSettings(input, { file: "link.json" });
  } catch (e) {
    if (e instanceof CiudataError) return e.errors;
  }
  throw new Error("expected a CiudataError");
}

describe("parseLinkSettings", () => {
  it("reads a config with nested level predicates", () => {
    const settings = parseLinkSettings({
      threshold: 0.95,
      blocking: [{ on: ["birthDate"] }, { name: "surname", on: ["surname1Phon", "birthYear"] }],
      comparisons: [
        {
          name: "surname",
          fields: ["surname1"],
          levels: [
            { id: "exact", when: { exact: "surname1" }, tf: "surname1" },
            { id: "swap", when: { all: [{ crossed: ["surname1", "surname2"] }, { exact: "given1" }] } },
          ],
        },
      ],
    });
    expect(settings.threshold).toBe(0.95);
    expect(settings.comparisons?.[0]?.levels[1]?.when).toEqual({
      all: [{ crossed: ["surname1", "surname2"] }, { exact: "given1" }],
    });
    expect("reviewFrom" in settings).toBe(false);
  });

  it("locates every problem by its path", () => {
    const issues = issuesOf({ threshold: 2, blocking: [{ on: [] }], extra: 1 });
    expect(issues.every((i) => i.type === "linkage/config")).toBe(true);
    expect(issues.map((i) => i.params.path).sort()).toEqual(["", "blocking[0].on", "threshold"]);
    const text = renderIssue(
      issues.find((i) => i.params.path === "threshold") as CiudataError["errors"][0],
      "es",
      [linkageIssues],
    );
    expect(text).toContain("threshold");
  });

  it("refuses a review band that starts above the threshold", () => {
    const [issue] = issuesOf({ threshold: 0.8, reviewFrom: 0.9 });
    expect(issue.params.path).toBe("reviewFrom");
  });

  it("locates a bad level deep inside a predicate", () => {
    const issues = issuesOf({
      comparisons: [{ name: "x", fields: ["x"], levels: [{ id: "jw", when: { jaroWinkler: "x", min: 3 } }] }],
    });
    expect(issues[0]?.params.path).toBe("comparisons[0].levels[0].when.min");
  });
});
