import { type Report, type ValidateOptions, validateTable } from "@ciudata/table";
import { arcgisAdapter } from "./adapters/arcgis/adapter";
import { ckanAdapter } from "./adapters/ckan/adapter";
import type { CkanClient } from "./adapters/ckan/client";
import { dcatAdapter } from "./adapters/dcat/adapter";
import type { DcatCatalog } from "./adapters/dcat/parse";
import { odsAdapter } from "./adapters/ods/adapter";
import { socrataAdapter } from "./adapters/socrata/adapter";
import type { Adapter, AdapterContext } from "./adapters/types";
import { detectWith } from "./detect";
import { type Download, type DownloadOptions, openDownload } from "./download";
import { PortalError } from "./errors";
import { createHttp, type Http } from "./http/client";
import type { HttpOptions } from "./http/options";
import type {
  Dataset,
  Organization,
  Platform,
  Resource,
  Row,
  RowsPage,
  RowsQuery,
  SearchPage,
  SearchQuery,
} from "./model";
import { mapConcurrent, pageByOffset } from "./paging";
import type { ValidationMode } from "./validate/shape";

/** Options of {@link createPortal}: the request options plus the platform and validation mode. */
export interface PortalOptions extends HttpOptions {
  /** Skip detection and use this platform. */
  platform?: Platform;
  /** `lenient` (default) collects shape violations and goes on; `strict` throws `invalid_response`. */
  validation?: ValidationMode;
  /** CKAN API token, Socrata app token, ODS API key or ArcGIS token (never logged; in the query string in browsers). */
  token?: string;
}

/** One interface over every platform. Every paged listing is a `for await` iterator. */
export interface Portal {
  /** The URL the portal was created with. */
  readonly url: string;
  /** The platform, detected on first use when not named. */
  platform(signal?: AbortSignal): Promise<Platform>;
  /** One page of catalog search. */
  search(query?: SearchQuery): Promise<SearchPage>;
  /** Every dataset matching the query, page after page (stable order where the platform allows). */
  datasets(query?: SearchQuery): AsyncGenerator<Dataset>;
  /** Several datasets by id, with at most `concurrency` requests at once (default 4). */
  datasetMany(
    ids: readonly string[],
    options?: { concurrency?: number; signal?: AbortSignal },
  ): Promise<Dataset[]>;
  dataset(id: string, options?: { signal?: AbortSignal }): Promise<Dataset>;
  resource(id: string, options?: { signal?: AbortSignal }): Promise<Resource>;
  organizations(options?: { signal?: AbortSignal }): Promise<Organization[]>;
  /** One page of rows of a queryable resource. */
  rows(resourceId: string, query?: RowsQuery): Promise<RowsPage>;
  /** Every row, paging by offset (or the platform's own way) until the table ends. */
  iterRows(resourceId: string, query?: RowsQuery): AsyncGenerator<Row>;
  /** The URL with a resource's whole content (CKAN `/datastore/dump`, SODA `.csv`, ODS export…). */
  downloadUrl(resource: Resource | string, format?: string): Promise<URL>;
  /** Streams a resource (by object, id or URL) with a size cap and progress. */
  download(resource: Resource | string | URL, options?: DownloadOptions): Promise<Download>;
  /** Streams a resource straight into `validateTable` of `@ciudata/table`: nothing is saved. */
  validate(resource: Resource | string | URL, options?: ValidateOptions & DownloadOptions): Promise<Report>;
  /** The low-level CKAN client (CKAN / Andino portals only). */
  ckan(): Promise<CkanClient>;
  /** The whole data.json catalog (DCAT portals only). */
  catalog(signal?: AbortSignal): Promise<DcatCatalog>;
}

const FACTORIES: Record<Platform, (ctx: AdapterContext) => Adapter> = {
  ckan: ckanAdapter,
  dcat: dcatAdapter,
  socrata: socrataAdapter,
  opendatasoft: odsAdapter,
  arcgis: arcgisAdapter,
};

/**
 * Creates a client for a portal. The platform is detected on first use unless `platform` is given.
 * Every request has a timeout, honours AbortSignal, retries 429/502/503/504 and network errors with
 * jittered backoff (and `Retry-After`), and is rate-limited per host. Failures are {@link PortalError}s.
 *
 * @example
 * ```ts
 * const portal = createPortal("https://ckan.ciudaddemendoza.gov.ar", { timeout: 15_000, retries: 3 });
 * for await (const d of portal.datasets({ q: "barrios" })) console.log(d.title);
 * ```
 */
export function createPortal(url: string, options: PortalOptions = {}): Portal {
  const http = createHttp(options);
  const ctx: AdapterContext = {
    base: url,
    http,
    validation: options.validation ?? "lenient",
    token: options.token,
  };
  let adapterPromise: Promise<Adapter> | null = null;
  const adapter = (signal?: AbortSignal): Promise<Adapter> => {
    if (!adapterPromise) {
      adapterPromise = (async () => {
        const platform = options.platform ?? (await detect(url, options, signal));
        return FACTORIES[platform](ctx);
      })();
      adapterPromise.catch(() => {
        adapterPromise = null;
      });
    }
    return adapterPromise;
  };
  const resolveResource = async (resource: Resource | string, signal?: AbortSignal) =>
    typeof resource === "string" ? (await adapter(signal)).resource(resource, signal) : resource;

  const portal: Portal = {
    url,
    platform: async (signal) => (await adapter(signal)).platform,
    search: async (query = {}) => (await adapter(query.signal)).search(query),
    async *datasets(query = {}) {
      const a = await adapter(query.signal);
      const q: SearchQuery = {
        ...query,
        ...(a.platform === "ckan" && !query.sort ? { sort: "metadata_created asc" } : {}),
      };
      yield* pageByOffset(query.offset ?? 0, async (offset) => {
        const page = await a.search({ ...q, offset });
        return { items: page.datasets, hasMore: page.hasMore };
      });
    },
    datasetMany: (ids, o = {}) =>
      mapConcurrent(ids, o.concurrency ?? 4, (id) =>
        portal.dataset(id, o.signal ? { signal: o.signal } : {}),
      ),
    dataset: async (id, o = {}) => (await adapter(o.signal)).dataset(id, o.signal),
    resource: async (id, o = {}) => (await adapter(o.signal)).resource(id, o.signal),
    organizations: async (o = {}) => (await adapter(o.signal)).organizations(o.signal),
    rows: async (resourceId, query = {}) => (await adapter(query.signal)).rows(resourceId, query),
    async *iterRows(resourceId, query = {}) {
      const a = await adapter(query.signal);
      if (a.iterRows) {
        yield* a.iterRows(resourceId, query);
        return;
      }
      const limit = Math.min(query.limit ?? 1000, a.maxRowsPage || 1000);
      yield* pageByOffset(query.offset ?? 0, async (offset) => {
        const page = await a.rows(resourceId, { ...query, offset, limit });
        return { items: page.records, hasMore: page.hasMore };
      });
    },
    async downloadUrl(resource, format) {
      const a = await adapter();
      return a.downloadUrl(await resolveResource(resource), format);
    },
    async download(resource, o = {}) {
      const target = await downloadTarget(resource, o);
      return openDownload(http, target, o);
    },
    async validate(resource, o = {}) {
      const target = await downloadTarget(resource, o);
      const dl = await openDownload(http, target, o);
      const name =
        o.name ??
        (typeof resource === "object" && !(resource instanceof URL) ? resource.name : null) ??
        dl.name;
      // A portal failure while streaming (too large, cut) is thrown, not reported as a table problem.
      const watched = watchPortalFailure(dl.body);
      const report = await validateTable(watched.body, { ...o, ...(name ? { name } : {}) });
      if (watched.failure()) throw watched.failure();
      return report;
    },
    async ckan() {
      const a = await adapter();
      if (!("ckan" in a)) throw unsupported(url, "ckan()");
      return (a as Adapter & { ckan: CkanClient }).ckan;
    },
    async catalog(signal) {
      const a = await adapter(signal);
      if (!("catalog" in a)) throw unsupported(url, "catalog()");
      return (a as Adapter & { catalog: (s?: AbortSignal) => Promise<DcatCatalog> }).catalog(signal);
    },
  };

  async function downloadTarget(resource: Resource | string | URL, o: DownloadOptions): Promise<URL> {
    if (resource instanceof URL) return resource;
    if (typeof resource === "string" && /^https?:\/\//i.test(resource)) return new URL(resource);
    const a = await adapter(o.signal);
    return a.downloadUrl(await resolveResource(resource, o.signal), o.format);
  }
  return portal;
}

async function detect(url: string, options: PortalOptions, signal?: AbortSignal): Promise<Platform> {
  const probe: Http = createHttp({
    ...options,
    retries: 0,
    // The caller's timeout when given: detection stops at the first probe that gets no answer.
    timeout: options.timeout ?? 10_000,
  });
  const platform = await detectWith(probe, url, signal);
  if (platform === null) throw new PortalError({ kind: "undetected", method: "GET", url });
  return platform;
}

function unsupported(url: string, what: string): PortalError {
  return new PortalError({
    kind: "unsupported",
    method: "GET",
    url,
    serverMessage: what,
  });
}

/**
 * Detects the platform of a portal URL without creating a client.
 *
 * @example
 * ```ts
 * await detectPlatform("https://datos.gob.ar"); //=> "ckan"
 * ```
 */
export async function detectPlatform(
  url: string,
  options: HttpOptions & { signal?: AbortSignal } = {},
): Promise<Platform> {
  return detect(url, options, options.signal);
}

/** The same bytes, remembering a {@link PortalError} the stream fails with. */
function watchPortalFailure(body: ReadableStream<Uint8Array>): {
  body: ReadableStream<Uint8Array>;
  failure: () => PortalError | null;
} {
  const reader = body.getReader();
  let failed: PortalError | null = null;
  const watched = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        if (error instanceof PortalError) failed = error;
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { body: watched, failure: () => failed };
}
