import { checkCatalogs, checkIssueCatalogs, expectations, expectedText, LANGS } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { tinyStrategy } from "../../test-support/tiny-strategy";
import { parseStrategy } from "../validate/parse";
import { strategyIssues } from "./issues";
import { strategyMessages } from "./messages";

describe("strategy catalogs", () => {
  it("word every message and issue type in es, en and pt", () => {
    expect(checkCatalogs(strategyMessages)).toEqual([]);
    expect(checkIssueCatalogs(strategyIssues)).toEqual([]);
  });

  it("word every expectation code a broken strategy file produces", () => {
    const doc = tinyStrategy() as Record<string, unknown>;
    const actions = doc.actions as Record<string, unknown>[];
    actions[0] = { ...actions[0], id: "Acción", deadline: "Mayo", tags: ["x"], extra: 1, owners: [] };
    actions[1] = { ...actions[1], weight: -1, history: [{ status: "started", at: "2024-02-30" }] };
    delete (doc.city as Record<string, unknown>).timeZone;
    const codes = new Set(parseStrategy(doc).issues.map((i) => String(i.params.expected)));
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes)
      for (const lang of LANGS) {
        const worded = Object.hasOwn(strategyIssues[lang], `expected:${code}`) || code in expectations[lang];
        expect(worded, `${code} in ${lang}`).toBe(true);
        expect(expectedText(code, undefined, lang, strategyIssues)).not.toBe(code);
      }
  });
});
