import type { PortalErrorKind } from "../errors";

/** Statuses worth retrying: the server asked to wait or a gateway failed. @internal */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * The error kind an HTTP status means when the body says nothing better.
 * @internal
 */
export function kindForStatus(status: number): PortalErrorKind {
  if (status === 404 || status === 410) return "not_found";
  if (status === 401 || status === 403 || status === 498 || status === 499) return "forbidden";
  if (status === 429) return "rate_limited";
  if (status === 413) return "too_large";
  if (status >= 500) return "server";
  return "bad_query";
}

/**
 * True when a body is an HTML page (WAF, login or error page) rather than data.
 * @internal
 */
export function looksLikeHtml(contentType: string | null, text: string): boolean {
  const head = text.trimStart().slice(0, 64).toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")) return true;
  if (contentType?.toLowerCase().includes("text/html")) return !head.startsWith("{") && !head.startsWith("[");
  return head.startsWith("<") && !head.startsWith("<?xml");
}
