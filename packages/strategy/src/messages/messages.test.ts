import { checkCatalogs, checkIssueCatalogs } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { strategyIssues } from "./issues";
import { strategyMessages } from "./messages";

describe("strategy catalogs", () => {
  it("word every message and issue type in es, en and pt", () => {
    expect(checkCatalogs(strategyMessages)).toEqual([]);
    expect(checkIssueCatalogs(strategyIssues)).toEqual([]);
  });
});
