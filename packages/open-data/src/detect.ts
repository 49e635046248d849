import { PortalError, type PortalErrorKind } from "./errors";
import type { Http } from "./http/client";
import { joinUrl, withQuery } from "./http/url";
import { isObj } from "./json";
import type { Platform } from "./model";

/**
 * The platform a URL names by its shape alone (`/FeatureServer`, `/api/explore/`, `data.json`…), or `null`.
 *
 * @example
 * ```ts
 * platformFromUrl("https://webgis.ciudaddemendoza.gob.ar/server/rest/services/Barrios/FeatureServer/0"); //=> "arcgis"
 * ```
 */
export function platformFromUrl(url: string): Platform | null {
  const { pathname, hostname } = new URL(url);
  if (/\/(FeatureServer|MapServer)(\/|$)|\/rest\/services(\/|$)/i.test(pathname)) return "arcgis";
  if (/\/api\/explore\/v2/i.test(pathname) || /\.opendatasoft\.com$/i.test(hostname)) return "opendatasoft";
  if (/\/api(\/\d+)?\/action(\/|$)/i.test(pathname)) return "ckan";
  if (/\/resource\/[a-z0-9]{4}-[a-z0-9]{4}/i.test(pathname) || /\/api\/(views|catalog\/v1)/i.test(pathname))
    return "socrata";
  if (/\.json$/i.test(pathname) || /\/api\/feed\/dcat/i.test(pathname)) return "dcat";
  return null;
}

type Probe = { platform: Platform; url: (base: string) => URL; test: (data: unknown) => boolean };

const PROBES: readonly Probe[] = [
  {
    platform: "ckan",
    url: (b) => joinUrl(b, "api/3/action/status_show"),
    test: (d) => isObj(d) && d.success === true,
  },
  {
    platform: "opendatasoft",
    url: (b) => withQuery(joinUrl(b, "api/explore/v2.1/catalog/datasets"), { limit: 1 }),
    test: (d) => isObj(d) && typeof d.total_count === "number",
  },
  {
    platform: "socrata",
    url: (b) => withQuery(joinUrl(b, "api/catalog/v1"), { limit: 1, domains: new URL(b).hostname }),
    test: (d) => isObj(d) && typeof d.resultSetSize === "number",
  },
  {
    platform: "arcgis",
    url: (b) => withQuery(b, { f: "json" }),
    test: (d) => isObj(d) && typeof d.currentVersion === "number",
  },
  {
    platform: "dcat",
    url: (b) => joinUrl(b, "data.json"),
    test: (d) => isObj(d) && Array.isArray(d.dataset),
  },
];

/** Failures that say the portal cannot be reached at all: asking another endpoint of it is useless. */
const UNREACHABLE: ReadonlySet<PortalErrorKind> = new Set(["network", "timeout", "aborted"]);

/** Failures that say something about the server (not about a missing endpoint) when every probe gets them. */
const TELLING: ReadonlySet<PortalErrorKind> = new Set(["blocked", "forbidden", "rate_limited", "server"]);

/**
 * Finds the platform of a portal: first by the URL's shape, then by asking each platform's
 * cheapest endpoint in turn. Returns `null` when the portal answers but not like a known platform.
 * Throws the {@link PortalError} when the portal cannot be reached (connection refused, unknown host,
 * TLS failure, timeout), and when every endpoint failed the same telling way (blocked, forbidden,
 * rate limited, server error): the cause comes before any guess about the platform.
 * @internal
 */
export async function detectWith(http: Http, url: string, signal?: AbortSignal): Promise<Platform | null> {
  const hinted = platformFromUrl(url);
  if (hinted) return hinted;
  const failures: PortalError[] = [];
  let answered = false;
  for (const probe of PROBES) {
    try {
      const { data } = await http.json({ url: probe.url(url), signal });
      answered = true;
      if (probe.test(data)) return probe.platform;
    } catch (error) {
      if (signal?.aborted) throw error;
      if (!(error instanceof PortalError)) continue;
      if (UNREACHABLE.has(error.kind)) throw error;
      failures.push(error);
    }
  }
  const first = failures[0];
  if (!answered && first && TELLING.has(first.kind) && failures.every((f) => f.kind === first.kind))
    throw first;
  return null;
}
