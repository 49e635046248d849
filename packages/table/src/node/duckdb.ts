import { CiudataError, createIssue } from "@ciudata/core";

/** The `@duckdb/node-api` module (an optional peer dependency), loaded only when DuckDB is asked for. */
export type DuckDBModule = typeof import("@duckdb/node-api");

let loading: Promise<DuckDBModule> | undefined;

/**
 * Loads `@duckdb/node-api` once for every caller (linkage's DuckDB engine, the portal's served folders,
 * checks pushed down to DuckDB, Parquet in the CLI). When it is not installed, throws a `CiudataError`
 * with one issue of the caller's type (`linkage/duckdb-missing`, `quality/duckdb-missing`…, worded by
 * the caller's catalog) whose params name the package to install; the next call tries again.
 *
 * @example
 * ```ts
 * import { loadDuckDB } from "@ciudata/table/node";
 * const { DuckDBInstance } = await loadDuckDB("quality/duckdb-missing");
 * const connection = await (await DuckDBInstance.create(":memory:")).connect();
 * ```
 */
export function loadDuckDB(issueType: string, note = "install @duckdb/node-api"): Promise<DuckDBModule> {
  loading ??= import("@duckdb/node-api");
  return loading.catch((cause: unknown) => {
    loading = undefined;
    const issue = createIssue(issueType, { params: { package: "@duckdb/node-api" }, note });
    throw new CiudataError([issue], { cause });
  });
}
