import type { Http } from "../http/client";
import type {
  Dataset,
  Organization,
  Platform,
  Resource,
  RowsPage,
  RowsQuery,
  SearchPage,
  SearchQuery,
} from "../model";
import type { ValidationMode } from "../validate/shape";

/** What every adapter gets. @internal */
export interface AdapterContext {
  base: string;
  http: Http;
  validation: ValidationMode;
  /** Socrata app token / ODS API key / CKAN API token / ArcGIS token. */
  token?: string | undefined;
}

/** The operations every platform adapter offers. @internal */
export interface Adapter {
  readonly platform: Platform;
  /** Largest page the platform serves for rows. */
  readonly maxRowsPage: number;
  search(query: SearchQuery): Promise<SearchPage>;
  dataset(id: string, signal?: AbortSignal): Promise<Dataset>;
  resource(id: string, signal?: AbortSignal): Promise<Resource>;
  organizations(signal?: AbortSignal): Promise<Organization[]>;
  rows(resourceId: string, query: RowsQuery): Promise<RowsPage>;
  /** Own row iteration when offset paging does not fit (ODS past 10 000, ArcGIS). */
  iterRows?(resourceId: string, query: RowsQuery): AsyncIterable<Record<string, unknown>>;
  /** The URL that serves a resource's whole content (CKAN dump, ODS export, SODA CSV…). */
  downloadUrl(resource: Resource, format?: string): URL;
}
