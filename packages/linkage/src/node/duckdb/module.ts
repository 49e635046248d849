import { CiudataError, createIssue } from "@ciudata/core";

/** The `@duckdb/node-api` module, loaded only when the DuckDB engine is asked for. */
export type DuckDBModule = typeof import("@duckdb/node-api");

let loading: Promise<DuckDBModule> | undefined;

/**
 * Loads `@duckdb/node-api` (an optional peer dependency); when it is not installed, throws a
 * `CiudataError` with a `linkage/duckdb-missing` issue that says how to install it. Loaded once; every
 * caller (the DuckDB engine, `ciudata convert` to and from Parquet) shares the module.
 *
 * @example
 * ```ts
 * const { DuckDBInstance } = await loadDuckDB();
 * const connection = await (await DuckDBInstance.create(":memory:")).connect();
 * ```
 */
export function loadDuckDB(): Promise<DuckDBModule> {
  loading ??= import("@duckdb/node-api").catch((cause: unknown) => {
    loading = undefined;
    throw new CiudataError(
      [
        createIssue("linkage/duckdb-missing", {
          params: { package: "@duckdb/node-api" },
          note: "@duckdb/node-api is not installed (npm install @duckdb/node-api)",
        }),
      ],
      { cause },
    );
  });
  return loading;
}
