import { checkIssueCatalogs } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { geoIssues } from "./issues";

describe("geoIssues", () => {
  it("words every issue type in es, en and pt", () => {
    expect(checkIssueCatalogs(geoIssues)).toEqual([]);
  });
});
