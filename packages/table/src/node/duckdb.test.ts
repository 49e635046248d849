import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("@duckdb/node-api");
  vi.resetModules();
});

describe("loadDuckDB", () => {
  it("gives every caller the same module, loaded once", async () => {
    const { loadDuckDB } = await import("./duckdb");
    const [a, b] = await Promise.all([
      loadDuckDB("linkage/duckdb-missing"),
      loadDuckDB("quality/duckdb-missing"),
    ]);
    expect(a).toBe(b);
    expect(typeof a.DuckDBInstance.create).toBe("function");
  });

  it("throws the caller's issue type, naming the package, and tries again on the next call", async () => {
    vi.resetModules();
    vi.doMock("@duckdb/node-api", () => {
      throw new Error("Cannot find package '@duckdb/node-api'");
    });
    const { loadDuckDB } = await import("./duckdb");
    const error = await loadDuckDB("quality/duckdb-missing").catch((e: unknown) => e);
    expect(error).toMatchObject({
      errors: [{ type: "quality/duckdb-missing", params: { package: "@duckdb/node-api" } }],
    });
    const again = await loadDuckDB("portal/duckdb-missing").catch((e: unknown) => e);
    expect(again).toMatchObject({ errors: [{ type: "portal/duckdb-missing" }] });
  });
});
