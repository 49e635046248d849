import { CiudataError, createIssue } from "@ciudata/core";
import type { Pool } from "pg";
import { maskDatabaseUrl, maskSecrets } from "./database-url";
import { loadPg } from "./pg-module";
import { quoteId } from "./types";

/** A small PostgreSQL connection for Node tools (the watch history): statements with `$1`… parameters. */
export interface PostgresClient {
  /** Runs one statement; rows as objects (BIGINT and NUMERIC come as text, as `pg` reads them). */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs `use` in one transaction on one connection: committed when it returns, rolled back when it throws. */
  transaction<T>(use: (query: PostgresClient["query"]) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Options of {@link connectPostgres}. */
export interface ConnectPostgresOptions {
  /** A schema to create if missing and to work in (the only one on the search path). */
  schema?: string;
  /** Shown in PostgreSQL's `pg_stat_activity` (default `ciudata`). */
  applicationName?: string;
}

/**
 * The `portal/database-unreachable` error of a connection that failed: the address and the driver's
 * message with the password masked. @internal
 */
export function unreachable(url: string, error: unknown): CiudataError {
  const detail = maskSecrets(error instanceof Error ? error.message : String(error), url);
  return new CiudataError(
    [createIssue("portal/database-unreachable", { params: { url: maskDatabaseUrl(url), detail } })],
    { cause: new Error(detail) },
  );
}

/**
 * A pool of connections, checked at once (a database out of reach is `portal/database-unreachable`);
 * with `schema`, that schema is created if missing and is every connection's search path. @internal
 */
export async function openPool(
  url: string,
  options: { applicationName: string; max: number; schema?: string },
): Promise<Pool> {
  const { Pool: PgPool } = await loadPg();
  const pool: Pool = new PgPool({
    connectionString: url,
    max: options.max,
    connectionTimeoutMillis: 15_000,
    application_name: options.applicationName,
  });
  // A connection the server drops while idle is replaced; it must not end the process.
  pool.on("error", () => {});
  const { schema } = options;
  // Queued before any other query of a new connection.
  if (schema)
    pool.on(
      "connect",
      (c) =>
        void c
          .query(`SET search_path = ${quoteId(schema)}; SET standard_conforming_strings = on`)
          .catch(() => {}),
    );
  try {
    const c = await pool.connect();
    try {
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteId(schema)}`);
    } finally {
      c.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw unreachable(url, error);
  }
  return pool;
}

/**
 * Connects to PostgreSQL (`postgres://user:password@host:port/database`, through `pg`), checking the
 * connection at once: a database that cannot be reached is a `CiudataError`
 * (`portal/database-unreachable`) whose message never shows the password, nor does any later error.
 *
 * @example
 * ```ts
 * const db = await connectPostgres("postgres://ciudata@127.0.0.1/datos", { schema: "ciudata_watch" });
 * await db.query("SELECT count(*) AS n FROM watch_runs");
 * await db.close();
 * ```
 */
export async function connectPostgres(
  url: string,
  options: ConnectPostgresOptions = {},
): Promise<PostgresClient> {
  const pool = await openPool(url, {
    applicationName: options.applicationName ?? "ciudata",
    max: 2,
    ...(options.schema ? { schema: options.schema } : {}),
  });
  const masked = (error: unknown): Error => {
    if (!(error instanceof Error)) return new Error(maskSecrets(String(error), url));
    error.message = maskSecrets(error.message, url);
    return error;
  };
  const query = async (sql: string, params: readonly unknown[] = []) => {
    try {
      return (await pool.query(sql, [...params])).rows as Record<string, unknown>[];
    } catch (error) {
      throw masked(error);
    }
  };
  return {
    query,
    async transaction(use) {
      const c = await pool.connect().catch((error: unknown) => {
        throw masked(error);
      });
      let broken = false;
      try {
        await c.query("BEGIN");
        const out = await use(async (sql, params = []) => (await c.query(sql, [...params])).rows);
        await c.query("COMMIT");
        return out;
      } catch (error) {
        await c.query("ROLLBACK").catch(() => {
          broken = true;
        });
        throw masked(error);
      } finally {
        c.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
