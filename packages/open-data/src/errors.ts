import { CiudataError, createIssue, type Issue } from "@ciudata/core";
import { redactUrl } from "@ciudata/table";

/** Every way a portal request can fail, one word each. */
export type PortalErrorKind =
  | "not_found"
  | "forbidden"
  | "rate_limited"
  | "bad_query"
  | "server"
  | "network"
  | "timeout"
  | "blocked"
  | "invalid_response"
  | "redirect"
  | "too_large"
  | "aborted"
  | "unsupported"
  | "undetected";

/**
 * Why a request never got an answer (kind `network`): the connection was refused (nothing listens at
 * that address and port), the host name was not found (DNS), the secure connection failed (TLS:
 * certificate or protocol), the connection was cut, or no route to the host.
 */
export type NetworkCause = "refused" | "dns" | "tls" | "reset" | "unreachable";

/** The facts a {@link PortalError} is built from. */
export interface PortalErrorInit {
  kind: PortalErrorKind;
  method: string;
  url: string | URL;
  status?: number | null;
  /** What the server said (CKAN `error.message`, Socrata `message`…), never a token. */
  serverMessage?: string | null;
  /** CKAN `error.__type` (`"Not Found Error"`). */
  ckanType?: string | null;
  /** Platform error code (ODS `error_code`/`errorcode`, Socrata `code`, ArcGIS `error.code`). */
  code?: string | null;
  /** When a quota resets (OpenDataSoft `reset_time`), ISO 8601. */
  resetTime?: string | null;
  /** How long the server asked to wait before retrying, in milliseconds. */
  retryAfterMs?: number | null;
  /** Attempts made, retries included. */
  attempts?: number;
  /** For kind `network`: why the request got no answer, when the system said (`ECONNREFUSED`…). */
  networkCause?: NetworkCause | null;
  cause?: unknown;
}

/**
 * The issue type of a portal failure: `not_found` → `portal/not-found`. Its wording is in `openDataIssues`.
 *
 * @example
 * ```ts
 * portalIssueType("rate_limited"); //=> "portal/rate-limited"
 * ```
 */
export function portalIssueType(kind: PortalErrorKind): string {
  return `portal/${kind.replace(/_/g, "-")}`;
}

/** `GET https://host/path (404)`: where a request failed, without query string. */
function whereOf(method: string, url: string, status: number | null): string {
  return `${method} ${url}${status === null ? "" : ` (${status})`}`;
}

/**
 * The one error the client throws: a `CiudataError` carrying one issue (`portal/not-found`,
 * `portal/redirect`…, worded by `openDataIssues`), so it prints like every other ciudata error. `kind`
 * says what happened; `method`, `url` (without query string, so no token leaks), `status` and `cause`
 * say where. Render it for people with `describePortalError` or `renderIssue(e.errors[0], lang, openDataIssues)`.
 *
 * @example
 * ```ts
 * try { await portal.dataset("no-existe"); }
 * catch (e) { if (e instanceof PortalError && e.kind === "not_found") console.log(e.status); } // 404
 * ```
 */
export class PortalError extends CiudataError {
  override readonly name: string = "PortalError";
  readonly kind: PortalErrorKind;
  readonly method: string;
  /** The URL without query string, fragment or credentials. */
  readonly url: string;
  readonly status: number | null;
  readonly serverMessage: string | null;
  readonly ckanType: string | null;
  readonly code: string | null;
  readonly resetTime: string | null;
  readonly retryAfterMs: number | null;
  readonly attempts: number;
  /** For kind `network`: refused, DNS, TLS, reset or unreachable; `null` when the system did not say. */
  readonly networkCause: NetworkCause | null;

  constructor(init: PortalErrorInit) {
    const url = redactUrl(init.url);
    const status = init.status ?? null;
    const server = init.serverMessage ?? null;
    const said = server ? `: ${server}` : "";
    const issue: Issue = createIssue(portalIssueType(init.kind), {
      params: {
        path: whereOf(init.method, url, status),
        method: init.method,
        url,
        status,
        server,
        network: init.networkCause ?? null,
      },
      note: `${init.kind}${init.networkCause ? `/${init.networkCause}` : ""} (${init.method} ${url}${status === null ? "" : ` → ${status}`})${said}`,
    });
    super([issue], { cause: init.cause });
    this.kind = init.kind;
    this.method = init.method;
    this.url = url;
    this.status = status;
    this.serverMessage = server;
    this.ckanType = init.ckanType ?? null;
    this.code = init.code ?? null;
    this.resetTime = init.resetTime ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.attempts = init.attempts ?? 1;
    this.networkCause = init.networkCause ?? null;
  }
}

/**
 * True for a {@link PortalError}, optionally of one kind.
 *
 * @example
 * ```ts
 * if (isPortalError(e, "rate_limited")) await sleep(e.retryAfterMs ?? 60_000);
 * ```
 */
export function isPortalError(error: unknown, kind?: PortalErrorKind): error is PortalError {
  return error instanceof PortalError && (kind === undefined || error.kind === kind);
}
