// Serving a folder of tables as a CKAN-compatible API on DuckDB or PostgreSQL (Node only).

export {
  parseServeConfig,
  readServeConfig,
  SERVE_CONFIG_FILE,
  type ServeConfig,
  ServeConfigSchema,
  type TableServeConfig,
  TableServeConfigSchema,
} from "./config";
export { checkDatabaseUrl, maskDatabaseUrl } from "./database-url";
export {
  ckanName,
  type FoundContact,
  type FoundFolder,
  type FoundLicense,
  type FoundTable,
  findTables,
} from "./discover";
export { DEFAULT_SERVE_LIMITS, rateLimiter, type ServeLimits } from "./limits";
export { type ConnectPostgresOptions, connectPostgres, type PostgresClient } from "./pg-connect";
export {
  type DimensionBadge,
  type ServedFolder,
  type ServedTable,
  type ServeFolderOptions,
  serveFolder,
  type TableReview,
} from "./server";
export { checkSelect, type SqlRefusal, SqlRefused } from "./sql-guard";
export type { SqlDialect } from "./stored";
export { type CkanType, datastoreType, datastoreTypeOf } from "./types";
export { WRITE_ACTIONS } from "./write";
