// @ciudata/open-data/node: the Node-only parts (loopback servers, mirror, local portal, conformance).

export { generateSampleCatalog, type Snapshot } from "../sample/catalog";
export {
  endpointPath,
  type PortalCase,
  type PortalCaseResult,
  runCkanServerConformance,
  runPortalConformance,
} from "./conformance";
export { toDcatAr } from "./dcat-export";
export { type Loopback, listenLoopback } from "./loopback";
export {
  type FileChange,
  fileNameFor,
  type MirrorEvent,
  type MirrorOptions,
  type MirrorResult,
  mirrorPortal,
} from "./mirror";
export {
  type PublishField,
  type PublishFinding,
  type PublishOptions,
  type PublishResult,
  type PublishReview,
  publishFolder,
  type TablePublish,
} from "./publish/index";
export { type Expect, expectFor, type SaveOptions, saveDownload, sweepPartFiles } from "./save";
export { type ServeOptions, servePortal } from "./serve";
export {
  type CkanType,
  type ConnectPostgresOptions,
  checkDatabaseUrl,
  checkSelect,
  ckanName,
  connectPostgres,
  DEFAULT_SERVE_LIMITS,
  type DimensionBadge,
  datastoreType,
  datastoreTypeOf,
  type FoundContact,
  type FoundFolder,
  type FoundLicense,
  type FoundTable,
  findTables,
  maskDatabaseUrl,
  type PostgresClient,
  parseServeConfig,
  rateLimiter,
  readServeConfig,
  SERVE_CONFIG_FILE,
  type ServeConfig,
  ServeConfigSchema,
  type ServedFolder,
  type ServedTable,
  type ServeFolderOptions,
  type ServeLimits,
  type SqlDialect,
  type SqlRefusal,
  SqlRefused,
  serveFolder,
  type TableReview,
  type TableServeConfig,
  TableServeConfigSchema,
  WRITE_ACTIONS,
} from "./served/index";
export { loadSnapshot, SNAPSHOT_FILE, writeSampleSnapshot } from "./snapshot";
export { toCkanPackage } from "./to-ckan";
