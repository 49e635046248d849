import { checkIssueCatalogs } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { geoCheckIssues } from "../checks/messages";
import { geoIssues } from "./issues";

describe("geoIssues", () => {
  it("words every issue type in es, en and pt", () => {
    expect(checkIssueCatalogs(geoIssues)).toEqual([]);
    expect(checkIssueCatalogs(geoCheckIssues)).toEqual([]);
  });
});
