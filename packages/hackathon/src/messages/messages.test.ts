import { checkCatalogs, checkIssueCatalogs, expectations, LANGS } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { safeParseChallenge, safeParseJudging, safeParseRubric } from "../parse";
import { attributionMessages } from "./attribution";
import { hackathonIssues } from "./issues";
import { lifecycleMessages } from "./lifecycle";
import { packMessages } from "./pack";
import { rankingMessages } from "./ranking";

describe("hackathon catalogs", () => {
  it("word every message and issue type in es, en and pt", () => {
    expect(checkIssueCatalogs(hackathonIssues)).toEqual([]);
    expect(checkCatalogs(rankingMessages)).toEqual([]);
    expect(checkCatalogs(attributionMessages)).toEqual([]);
    expect(checkCatalogs(packMessages)).toEqual([]);
    expect(checkCatalogs(lifecycleMessages)).toEqual([]);
  });

  it("word every expectation code a broken file produces", () => {
    const issues = [
      ...(() => {
        const r = safeParseJudging({ judges: [{ id: "Ana" }], submissions: [], scores: [{}], x: 1 });
        return r.ok ? [] : r.issues;
      })(),
      ...(() => {
        const r = safeParseChallenge({
          id: "x",
          stages: [
            { stage: "panel", gate: "2026-05-01" },
            { stage: "idear", gate: "2026-04-01" },
          ],
        });
        return r.ok ? [] : r.issues;
      })(),
      ...(() => {
        const r = safeParseRubric({ criteria: [{ id: "a", name: { es: "A" }, weight: 0 }] });
        return r.ok ? [] : r.issues;
      })(),
    ];
    const codes = new Set(issues.map((i) => String(i.params.expected)));
    expect(codes.size).toBeGreaterThan(3);
    for (const code of codes)
      for (const lang of LANGS)
        expect(
          Object.hasOwn(hackathonIssues[lang], `expected:${code}`) || code in expectations[lang],
          `${code} in ${lang}`,
        ).toBe(true);
  });
});
