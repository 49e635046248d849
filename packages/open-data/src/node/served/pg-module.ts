/** The `pg` module (node-postgres), loaded only when a folder is served on PostgreSQL. @internal */
export type PgModule = typeof import("pg");

let pending: Promise<PgModule> | undefined;

/**
 * `pg`, imported on first use (a dependency of `@ciudata/open-data`, never loaded by its browser
 * root nor by a folder served on DuckDB).
 *
 * @example
 * ```ts
 * const { Pool } = await loadPg();
 * ```
 * @internal
 */
export const loadPg = (): Promise<PgModule> =>
  (pending ??= import("pg").then((m) => ((m as unknown as { default?: PgModule }).default ?? m) as PgModule));
