import { CiudataError, createIssue } from "@ciudata/core";
import { redactUrl } from "@ciudata/table";

/**
 * Headers that carry a credential on some platform: dropped on every redirect to another origin.
 * Adapters and callers add their own through `secretHeaders`.
 */
export const CREDENTIAL_HEADERS: readonly string[] = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "x-app-token",
  "x-ckan-api-key",
  "x-api-key",
  "apikey",
  "x-auth-token",
];

/** One redirect the client followed; URLs without query string (no key can leak through them). */
export interface Redirect {
  from: string;
  to: string;
  /** True when scheme, host or port changed: credential headers were dropped. */
  crossOrigin: boolean;
  /** The credential headers removed at this hop (names only). */
  dropped: string[];
}

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;

/**
 * Thrown when a redirect chain is too long or leaves http(s): a `portal/redirect` issue, turned into a
 * `PortalError` (with method and URL) by the client. @internal
 */
export class RedirectError extends CiudataError {
  override readonly name: string = "RedirectError";
  constructor(note: string) {
    super([createIssue("portal/redirect", { note })]);
  }
}

/** Same origin, or the same host moving from http to https on the default ports (the token already went there). */
function keepsCredentials(from: URL, to: URL): boolean {
  if (from.origin === to.origin) return true;
  return (
    from.protocol === "http:" &&
    to.protocol === "https:" &&
    from.hostname === to.hostname &&
    from.port === "" &&
    to.port === ""
  );
}

/**
 * Fetches `url` following redirects by hand, so that every credential header (the default
 * {@link CREDENTIAL_HEADERS} plus `secret`) is removed as soon as a redirect leaves the origin,
 * on every platform. Once removed they stay removed, even if a later hop comes back.
 * @internal
 */
export async function fetchFollowing(
  doFetch: (input: URL, init: RequestInit) => Promise<Response>,
  url: URL,
  init: RequestInit & { headers?: Record<string, string> },
  secret: readonly string[] = [],
): Promise<{ response: Response; url: URL; redirects: Redirect[] }> {
  const secrets = new Set([...CREDENTIAL_HEADERS, ...secret].map((h) => h.toLowerCase()));
  let current = url;
  let request: RequestInit & { headers?: Record<string, string> } = { ...init, redirect: "manual" };
  const redirects: Redirect[] = [];
  for (let hop = 0; ; hop++) {
    const response = await doFetch(current, request);
    const location = response.headers.get("location");
    if (!REDIRECTS.has(response.status) || location === null) return { response, url: current, redirects };
    await response.body?.cancel().catch(() => {});
    if (hop >= MAX_REDIRECTS) throw new RedirectError(`more than ${MAX_REDIRECTS} redirects`);
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw new RedirectError("a redirect to an unreadable address");
    }
    if (next.protocol !== "http:" && next.protocol !== "https:")
      throw new RedirectError(`a redirect to a ${next.protocol} address`);
    const crossOrigin = !keepsCredentials(current, next);
    const headers: Record<string, string> = { ...request.headers };
    const dropped: string[] = [];
    if (crossOrigin)
      for (const name of Object.keys(headers))
        if (secrets.has(name.toLowerCase())) {
          delete headers[name];
          dropped.push(name.toLowerCase());
        }
    const method = (request.method ?? "GET").toUpperCase();
    const toGet = response.status === 303 ? method !== "HEAD" : method === "POST" && response.status <= 302;
    if (toGet) {
      for (const name of Object.keys(headers))
        if (name.toLowerCase() === "content-type") delete headers[name];
      const { body: _body, ...rest } = request;
      request = { ...rest, method: method === "HEAD" ? "HEAD" : "GET" };
    }
    request = { ...request, headers };
    redirects.push({ from: redactUrl(current), to: redactUrl(next), crossOrigin, dropped });
    current = next;
  }
}
