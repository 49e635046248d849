import { checkCatalogs, checkIssueCatalogs } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { attributionMessages } from "./attribution";
import { hackathonIssues } from "./issues";
import { packMessages } from "./pack";
import { rankingMessages } from "./ranking";

describe("hackathon catalogs", () => {
  it("word every message and issue type in es, en and pt", () => {
    expect(checkIssueCatalogs(hackathonIssues)).toEqual([]);
    expect(checkCatalogs(rankingMessages)).toEqual([]);
    expect(checkCatalogs(attributionMessages)).toEqual([]);
    expect(checkCatalogs(packMessages)).toEqual([]);
  });
});
