import type { NetworkCause, PortalErrorKind } from "../errors";

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

/** The system error codes in an error, its `cause` chain and an `AggregateError`'s errors (Node's fetch nests them). */
function systemCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 5) return [];
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof e.code === "string" ? [e.code] : [];
  const nested = Array.isArray(e.errors) ? e.errors.flatMap((x) => systemCodes(x, depth + 1)) : [];
  return [...own, ...systemCodes(e.cause, depth + 1), ...nested];
}

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "EAI_NODATA"]);
const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);
const TLS_CODES = new Set([
  "EPROTO",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "HOSTNAME_MISMATCH",
]);
const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

/**
 * Why a request that threw got no answer, from the system error code Node puts in its `cause`
 * (`ECONNREFUSED`, `ENOTFOUND`, `ERR_SSL_…`, `CERT_HAS_EXPIRED`…): a {@link NetworkCause}, `"timeout"`,
 * or `null` when nothing says (a browser's `TypeError: Failed to fetch`).
 * @internal
 */
export function networkCauseOf(error: unknown): NetworkCause | "timeout" | null {
  const codes = systemCodes(error);
  const has = (test: (code: string) => boolean) => codes.some(test);
  if (has((c) => DNS_CODES.has(c))) return "dns";
  if (has((c) => c === "ECONNREFUSED")) return "refused";
  if (has((c) => TLS_CODES.has(c) || /^(ERR_SSL_|ERR_TLS_|CERT_)/.test(c))) return "tls";
  if (has((c) => TIMEOUT_CODES.has(c))) return "timeout";
  if (has((c) => c === "EHOSTUNREACH" || c === "ENETUNREACH")) return "unreachable";
  if (has((c) => RESET_CODES.has(c))) return "reset";
  return null;
}
