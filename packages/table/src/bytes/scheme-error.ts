import { CiudataError } from "@ciudata/core";
import { tableError } from "../report/error";
import type { TableTodo } from "../report/locales/todo";
import { redactUrl } from "./redact";

/**
 * What to do about an HTTP status a portal answered with, as a `todo` code worded in `tableIssues`.
 *
 * @example
 * ```ts
 * todoForStatus(404); //=> "url-not-found"
 * ```
 */
export function todoForStatus(status: number): TableTodo {
  if (status === 401 || status === 403) return "access-refused";
  if (status === 404 || status === 410) return "url-not-found";
  if (status === 429) return "too-many-requests";
  if (status >= 500) return "server-failed";
  return "check-url";
}

/**
 * Builds the `scheme-error` thrown when a URL cannot be opened; the URL is always redacted.
 *
 * @example
 * ```ts
 * throw schemeError(new URL("https://x.org/a.csv?token=1"), 404, todoForStatus(404)); // params.url: "https://x.org/a.csv"
 * ```
 */
export function schemeError(url: URL, status: number | null, todo: TableTodo, cause?: unknown): CiudataError {
  const safe = redactUrl(url);
  const why = status === null ? "the request failed" : `HTTP ${status}`;
  const error = tableError("scheme-error", {
    params: { url: safe, status, todo },
    note: `could not open ${safe}: ${why}`,
  });
  return new CiudataError([error], cause === undefined ? undefined : { cause });
}
