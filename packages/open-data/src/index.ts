// @ciudata/open-data: one typed client for the portals cities run. Browser-safe: no Node built-ins here;
// the mirror, the local portal and the conformance runner live in `@ciudata/open-data/node`.

export { arcgisRoot } from "./adapters/arcgis/adapter";
export {
  type ActionOptions,
  type ActionResult,
  type CkanClient,
  ckanBase,
  createCkanClient,
  type DatastoreResult,
  type DatastoreSearchParams,
} from "./adapters/ckan/client";
export {
  ckanDataset,
  ckanOrganization,
  ckanResource,
  columnsFrom,
  decodeCkanExtras,
} from "./adapters/ckan/normalise";
export { dcatUrl } from "./adapters/dcat/adapter";
export {
  DCAT_US_SCHEMA,
  type DcatUsAccessLevel,
  type DcatUsContact,
  type DcatUsExport,
  type DcatUsGap,
  type DcatUsOptions,
  toDcatUs,
} from "./adapters/dcat/export-us";
export { type DcatCatalog, dcatDataset, parseDcatCatalog } from "./adapters/dcat/parse";
export { type DcatProfile, dcatProfile, dcatViolations } from "./adapters/dcat/violations";
export { odsColumns, odsDataset } from "./adapters/ods/normalise";
export { socrataCatalogDataset, socrataViewDataset } from "./adapters/socrata/normalise";
export { platformFromUrl } from "./detect";
export { DEFAULT_MAX_DOWNLOAD_BYTES, type Download, type DownloadOptions } from "./download";
export { describePortalError } from "./error-messages";
export {
  isPortalError,
  type NetworkCause,
  PortalError,
  type PortalErrorInit,
  type PortalErrorKind,
} from "./errors";
export { DEFAULT_USER_AGENT, type HttpOptions } from "./http/options";
export type { RateLimit } from "./http/rate-limit";
export { CREDENTIAL_HEADERS, type Redirect } from "./http/redirect";
export { decodeStringifiedJson, type Obj } from "./json";
export { textLines } from "./lines";
export { openDataIssues } from "./messages/issues";
export {
  type Column,
  ColumnSchema,
  type Dataset,
  DatasetSchema,
  type Organization,
  OrganizationSchema,
  PLATFORMS,
  type Platform,
  type Publisher,
  PublisherSchema,
  type Resource,
  ResourceSchema,
  type Row,
  type RowsPage,
  type RowsQuery,
  type SearchPage,
  type SearchQuery,
  type Violation,
} from "./model";
export { mapConcurrent } from "./paging";
export { createPortal, detectPlatform, type Portal, type PortalOptions } from "./portal";
export { generateSampleCatalog, type Snapshot } from "./sample/catalog";
export { stripHtml } from "./text";
export { toViolations, type ValidationMode } from "./validate/shape";
