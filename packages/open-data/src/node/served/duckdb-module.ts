import { CiudataError, createIssue } from "@ciudata/core";

/** The `@duckdb/node-api` module, loaded only when a folder is served. @internal */
export type DuckDBModule = typeof import("@duckdb/node-api");

let pending: Promise<DuckDBModule> | undefined;

/**
 * `@duckdb/node-api`, an optional peer dependency imported on first use; missing, it is a
 * `CiudataError` (`portal/duckdb-missing`) that says how to install it.
 *
 * @example
 * ```ts
 * const { DuckDBInstance } = await loadDuckDB();
 * ```
 * @internal
 */
export const loadDuckDB = (): Promise<DuckDBModule> =>
  (pending ??= import("@duckdb/node-api").catch((cause: unknown) => {
    pending = undefined;
    const issue = createIssue("portal/duckdb-missing", {
      params: { package: "@duckdb/node-api" },
      note: "install @duckdb/node-api to serve a folder",
    });
    throw new CiudataError([issue], { cause });
  }));
