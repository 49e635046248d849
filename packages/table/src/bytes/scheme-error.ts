import { CiudataError } from "@ciudata/core";
import { tableError } from "../report/error";
import { redactUrl } from "./redact";

/**
 * A hint for an HTTP status a portal answered with.
 *
 * @example
 * ```ts
 * hintForStatus(404); // "the resource was not found: …"
 * ```
 */
export function hintForStatus(status: number): string {
  if (status === 401 || status === 403)
    return "the server refused access: the resource may be private or need a login";
  if (status === 404 || status === 410)
    return "the resource was not found: check the URL, portals often move resources between versions";
  if (status === 429) return "too many requests: wait and retry later";
  if (status >= 500) return "the server failed: retry later or report it to the portal";
  return "check the URL and that the resource is public";
}

/**
 * Builds the `scheme-error` thrown when a URL cannot be opened; the URL is always redacted.
 *
 * @example
 * ```ts
 * throw schemeError(new URL("https://x.org/a.csv?token=1"), 404, hintForStatus(404)); // params.url: "https://x.org/a.csv"
 * ```
 */
export function schemeError(url: URL, status: number | null, hint: string, cause?: unknown): CiudataError {
  const safe = redactUrl(url);
  const why = status === null ? "the request failed" : `HTTP ${status}`;
  const error = tableError("scheme-error", {
    params: { url: safe, status, hint },
    note: `could not open ${safe}: ${why}`,
  });
  return new CiudataError([error], cause === undefined ? undefined : { cause });
}
