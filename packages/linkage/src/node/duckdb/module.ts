import { loadDuckDB as loadModule } from "@ciudata/table/node";

/** The `@duckdb/node-api` module, loaded only when the DuckDB engine is asked for. */
export type { DuckDBModule } from "@ciudata/table/node";

/**
 * Loads `@duckdb/node-api` (an optional peer dependency; `@ciudata/table/node`'s `loadDuckDB`, shared
 * by every package); when it is not installed, throws a `CiudataError` with a `linkage/duckdb-missing`
 * issue that says how to install it. Every caller (the DuckDB engine, `ciudata convert` to and from
 * Parquet) shares the module.
 *
 * @example
 * ```ts
 * const { DuckDBInstance } = await loadDuckDB();
 * const connection = await (await DuckDBInstance.create(":memory:")).connect();
 * ```
 */
export const loadDuckDB = () =>
  loadModule("linkage/duckdb-missing", "@duckdb/node-api is not installed (npm install @duckdb/node-api)");
