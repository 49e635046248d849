import { loadDuckDB as loadModule } from "@ciudata/table/node";

/** The `@duckdb/node-api` module, loaded only when a folder is served. @internal */
export type { DuckDBModule } from "@ciudata/table/node";

/**
 * `@duckdb/node-api`, an optional peer dependency imported on first use (`@ciudata/table/node`'s
 * `loadDuckDB`, shared by every package); missing, it is a `CiudataError` (`portal/duckdb-missing`)
 * that says how to install it.
 *
 * @example
 * ```ts
 * const { DuckDBInstance } = await loadDuckDB();
 * ```
 * @internal
 */
export const loadDuckDB = () =>
  loadModule("portal/duckdb-missing", "install @duckdb/node-api to serve a folder");
