import { renderIssue } from "@ciudata/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { linkageIssues } from "../../messages/issues";

afterEach(() => {
  vi.doUnmock("@duckdb/node-api");
  vi.resetModules();
});

describe("loadDuckDB", () => {
  it("says in es, en and pt how to install DuckDB when @duckdb/node-api is missing", async () => {
    // Test files share a worker's modules: start from a fresh ./module whose import fails.
    vi.resetModules();
    vi.doMock("@duckdb/node-api", () => {
      throw new Error("Cannot find package '@duckdb/node-api'");
    });
    const { loadDuckDB } = await import("./module");
    const error = await loadDuckDB().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      errors: [{ type: "linkage/duckdb-missing", params: { package: "@duckdb/node-api" } }],
    });
    const issue = (error as { errors: [Parameters<typeof renderIssue>[0]] }).errors[0];
    expect(renderIssue(issue, "es", linkageIssues)).toContain("npm install @duckdb/node-api");
    expect(renderIssue(issue, "en", linkageIssues)).toContain("in-process engine");
    expect(renderIssue(issue, "pt", linkageIssues)).toContain("motor em processo");
  });
});
