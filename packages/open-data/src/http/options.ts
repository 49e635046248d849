import type { PortalError } from "../errors";
import type { RateLimit } from "./rate-limit";
import type { Redirect } from "./redirect";

/** How every request is made: timeouts, retries, rate limit, headers, browser mode. */
export interface HttpOptions {
  /** The `fetch` to use (defaults to the global one): inject it for tests, proxies or caches. */
  fetch?: typeof fetch;
  /** Milliseconds an attempt may take (headers and body; for downloads, the longest silence). Default 30 000. */
  timeout?: number;
  /** Retries after the first attempt on 429, 502, 503, 504 and cut connections (not on a refused connection, an unknown host or a TLS failure). Default 3. */
  retries?: number;
  /** First backoff delay in ms, doubled each retry, jittered. Default 500. */
  retryDelay?: number;
  /** Longest backoff delay in ms. Default 10 000. */
  maxRetryDelay?: number;
  /** Longest wait a server may ask for (`Retry-After`, `reset_time`) before giving up with `rate_limited`. Default 60 000. */
  maxRetryAfter?: number;
  /** Per-host limit (default 10 requests/s, 4 in flight); `false` turns it off. */
  rateLimit?: RateLimit | false;
  /** Extra headers on every request (Node only; browsers send none cross-origin). */
  headers?: Readonly<Record<string, string>>;
  /**
   * Header names that carry credentials beyond the usual ones (`authorization`, `cookie`,
   * `x-app-token`, `x-ckan-api-key`, `apikey`…): every one is dropped when a redirect leaves the origin.
   */
  secretHeaders?: readonly string[];
  /** Called for every redirect followed (Node), e.g. to warn when data comes from another host. */
  onRedirect?: (redirect: Redirect) => void;
  /** The User-Agent Node sends (default `ciudata-open-data/0.1 (+https://github.com/ciudata/ciudata)`). */
  userAgent?: string;
  /** Browser mode: GET only, no custom headers, keys in the query string. Default: on when not in Node. */
  browser?: boolean;
  /** A CORS proxy for browsers: `https://proxy/?url={url}` or a prefix the encoded URL is appended to. */
  proxy?: string;
  /** Largest JSON answer read, in bytes. Default 64 MiB. */
  maxResponseBytes?: number;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
  /** Called before each retry (for logs; the URL in the error has no query string). */
  onRetry?: (info: { attempt: number; delayMs: number; error: PortalError }) => void;
}

/** The default User-Agent Node sends. */
export const DEFAULT_USER_AGENT = "ciudata-open-data/0.1 (+https://github.com/ciudata/ciudata)";

/** True when running in Node (not a browser or a worker). @internal */
export function inNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return (
    typeof p?.versions?.node === "string" &&
    typeof (globalThis as { window?: unknown }).window === "undefined"
  );
}
