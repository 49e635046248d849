import { PortalError, type PortalErrorInit, type PortalErrorKind } from "../errors";
import { type Attempt, startAttempt } from "./attempt";
import { backoffDelay, parseRetryAfter, sleep } from "./backoff";
import { declaredLength, OverCapError, readCapped } from "./body";
import { kindForStatus, looksLikeHtml, networkCauseOf, RETRY_STATUSES } from "./classify";
import { DEFAULT_USER_AGENT, type HttpOptions, inNode } from "./options";
import { HostLimiter } from "./rate-limit";
import { fetchFollowing, type Redirect, RedirectError } from "./redirect";
import { throughProxy } from "./url";

/** What a platform reads from an error body (CKAN envelope, ODS quota…). @internal */
export interface ErrorInfo {
  kind?: PortalErrorKind;
  serverMessage?: string | null;
  ckanType?: string | null;
  code?: string | null;
  resetTime?: string | null;
  retryAfterMs?: number | null;
}

/** Reads a platform error from a parsed body; `null` when the body is a success. @internal */
export type Interpret = (status: number, data: unknown) => ErrorInfo | null;

/** One JSON request. @internal */
export interface JsonRequest {
  url: URL;
  method?: "GET" | "POST";
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Header names that carry a credential beyond the usual ones (dropped on a cross-origin redirect). */
  secretHeaders?: readonly string[];
  signal?: AbortSignal | undefined;
  interpret?: Interpret;
}

/** A successful JSON answer. @internal */
export interface JsonResponse {
  status: number;
  headers: Headers;
  data: unknown;
  /** Redirects followed on the way. */
  redirects: Redirect[];
}

/** An open download: the body as a stream plus what the headers said. @internal */
export interface StreamResponse {
  status: number;
  headers: Headers;
  size: number | null;
  body: ReadableStream<Uint8Array>;
  /** Redirects followed on the way. */
  redirects: Redirect[];
}

/** Options of one streamed download. @internal */
export interface StreamRequest {
  url: URL;
  headers?: Readonly<Record<string, string>>;
  /** Header names that carry a credential beyond the usual ones (dropped on a cross-origin redirect). */
  secretHeaders?: readonly string[];
  /** Statuses handed back as they are instead of failing (304 for conditional requests). */
  pass?: readonly number[];
  signal?: AbortSignal | undefined;
  /** Cancel with `too_large` past this many bytes. */
  maxBytes?: number;
  onProgress?: (progress: { bytesRead: number; totalBytes: number | null }) => void;
}

/** The request engine every adapter shares. @internal */
export interface Http {
  readonly options: Readonly<HttpOptions>;
  readonly browser: boolean;
  json(request: JsonRequest): Promise<JsonResponse>;
  stream(request: StreamRequest): Promise<StreamResponse>;
}

const decoder = new TextDecoder();

class Retryable extends Error {
  constructor(
    readonly error: PortalError,
    readonly waitMs: number | null,
  ) {
    super(error.message);
  }
}

/**
 * Creates the request engine: timeout per attempt, AbortSignal, jittered retries honouring
 * `Retry-After`, per-host rate limit, HTML and truncated-JSON detection, size caps.
 * @internal
 */
export function createHttp(options: HttpOptions = {}): Http {
  const browser = options.browser ?? !inNode();
  const limiter = options.rateLimit === false ? null : new HostLimiter(options.rateLimit ?? {});
  const timeout = options.timeout ?? 30_000;
  const retries = Math.max(0, options.retries ?? 3);
  const maxRetryAfter = options.maxRetryAfter ?? 60_000;
  const cap = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const doFetch = (input: URL, init: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init);
  // Node follows redirects itself so credentials never reach another origin; browsers send none anyway.
  const send = async (
    target: URL,
    init: RequestInit & { headers?: Record<string, string> },
    secret: readonly string[] | undefined,
    fail: (init: Omit<PortalErrorInit, "method" | "url">) => PortalError,
  ): Promise<{ response: Response; redirects: Redirect[] }> => {
    if (browser) return { response: await doFetch(target, { ...init, redirect: "follow" }), redirects: [] };
    try {
      const out = await fetchFollowing(doFetch, target, init, [
        ...(options.secretHeaders ?? []),
        ...(secret ?? []),
      ]);
      for (const r of out.redirects) options.onRedirect?.(r);
      return out;
    } catch (error) {
      // Its English words stay in the error's own message (logs); people read the localised `redirect` kind.
      if (error instanceof RedirectError) throw fail({ kind: "redirect", cause: error });
      throw error;
    }
  };

  const headersFor = (extra: Readonly<Record<string, string>> | undefined, json: boolean) => {
    if (browser) return undefined;
    const h: Record<string, string> = { "user-agent": options.userAgent ?? DEFAULT_USER_AGENT };
    if (json) h.accept = "application/json";
    return { ...h, ...options.headers, ...extra };
  };

  async function withRetries<T>(
    method: string,
    url: URL,
    signal: AbortSignal | undefined,
    once: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once();
      } catch (error) {
        if (!(error instanceof Retryable)) throw error;
        const wait =
          error.waitMs ?? backoffDelay(attempt, options.retryDelay ?? 500, options.maxRetryDelay ?? 10_000);
        const final = withAttempts(error.error, attempt + 1);
        if (attempt >= retries || (error.waitMs !== null && error.waitMs > maxRetryAfter)) throw final;
        options.onRetry?.({ attempt: attempt + 1, delayMs: wait, error: final });
        try {
          await sleep(wait, anySignal([signal, options.signal]));
        } catch (reason) {
          throw new PortalError({ kind: "aborted", method, url, attempts: attempt + 1, cause: reason });
        }
      }
    }
  }

  async function json(request: JsonRequest): Promise<JsonResponse> {
    const method = browser ? "GET" : (request.method ?? "GET");
    const target = browser ? throughProxy(request.url, options.proxy) : request.url;
    const fail = (init: Omit<PortalErrorInit, "method" | "url">) =>
      new PortalError({ method, url: request.url, ...init });
    return withRetries(method, request.url, request.signal, async () => {
      const attempt = startAttempt(timeout, [request.signal, options.signal]);
      let release: (() => void) | null = null;
      try {
        release = limiter ? await limiter.acquire(target.host, attempt.signal) : null;
        const hasBody = method === "POST" && request.body !== undefined;
        const headers = headersFor(
          hasBody ? { "content-type": "application/json", ...request.headers } : request.headers,
          true,
        );
        const { response, redirects } = await send(
          target,
          {
            method,
            signal: attempt.signal,
            ...(headers ? { headers } : {}),
            ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
          },
          request.secretHeaders,
          fail,
        );
        const { status } = response;
        const length = declaredLength(response.headers);
        if (length !== null && length > cap) {
          await response.body?.cancel().catch(() => {});
          throw fail({ kind: "too_large", status });
        }
        const text = decoder.decode(await readCapped(response.body, cap));
        const contentType = response.headers.get("content-type");
        const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
        const retryable = RETRY_STATUSES.has(status);
        if (looksLikeHtml(contentType, text)) {
          const kind = status < 300 || status === 403 ? "blocked" : kindForStatus(status);
          const error = fail({ kind, status, retryAfterMs, serverMessage: htmlTitle(text) });
          if (retryable) throw new Retryable(error, retryAfterMs);
          throw error;
        }
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch (cause) {
          const kind = status >= 400 ? kindForStatus(status) : "invalid_response";
          const error = fail({ kind, status, retryAfterMs, cause });
          if (retryable) throw new Retryable(error, retryAfterMs);
          throw error;
        }
        const info = request.interpret?.(status, data) ?? null;
        if (info === null && status < 400) return { status, headers: response.headers, data, redirects };
        const kind = info?.kind ?? (status >= 400 ? kindForStatus(status) : "bad_query");
        const wait = retryAfterMs ?? info?.retryAfterMs ?? null;
        const error = fail({ ...info, kind, status, retryAfterMs: wait });
        if (retryable || kind === "rate_limited") throw new Retryable(error, wait);
        throw error;
      } catch (error) {
        throw classifyThrown(error, attempt, fail);
      } finally {
        release?.();
        attempt.done();
      }
    });
  }

  async function stream(request: StreamRequest): Promise<StreamResponse> {
    const method = "GET";
    const target = browser ? throughProxy(request.url, options.proxy) : request.url;
    const fail = (init: Omit<PortalErrorInit, "method" | "url">) =>
      new PortalError({ method, url: request.url, ...init });
    const maxBytes = request.maxBytes ?? Number.POSITIVE_INFINITY;
    return withRetries(method, request.url, request.signal, async () => {
      const attempt = startAttempt(timeout, [request.signal, options.signal]);
      let release: (() => void) | null = null;
      let handedOver = false;
      try {
        release = limiter ? await limiter.acquire(target.host, attempt.signal) : null;
        const headers = headersFor(request.headers, false);
        const { response, redirects } = await send(
          target,
          { method, signal: attempt.signal, ...(headers ? { headers } : {}) },
          request.secretHeaders,
          fail,
        );
        const { status } = response;
        if (request.pass?.includes(status)) {
          await response.body?.cancel().catch(() => {});
          return { status, headers: response.headers, size: 0, body: emptyStream(), redirects };
        }
        if (status >= 400) {
          const text = decoder.decode(
            await readCapped(response.body, 64 * 1024).catch(() => new Uint8Array()),
          );
          const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
          const kind =
            status === 403 && looksLikeHtml(response.headers.get("content-type"), text)
              ? "blocked"
              : kindForStatus(status);
          const error = fail({ kind, status, retryAfterMs });
          if (RETRY_STATUSES.has(status)) throw new Retryable(error, retryAfterMs);
          throw error;
        }
        const size = declaredLength(response.headers);
        if (size !== null && size > maxBytes) {
          await response.body?.cancel().catch(() => {});
          throw fail({ kind: "too_large", status });
        }
        const body = guardStream(response.body, {
          attempt,
          maxBytes,
          size,
          fail,
          status,
          onProgress: request.onProgress,
          finish: () => {
            release?.();
            attempt.done();
          },
        });
        handedOver = true;
        return { status, headers: response.headers, size, body, redirects };
      } catch (error) {
        throw classifyThrown(error, attempt, fail);
      } finally {
        if (!handedOver) {
          release?.();
          attempt.done();
        }
      }
    });
  }

  return { options, browser, json, stream };
}

interface GuardOptions {
  attempt: Attempt;
  maxBytes: number;
  size: number | null;
  status: number;
  fail: (init: Omit<PortalErrorInit, "method" | "url">) => PortalError;
  onProgress: StreamRequest["onProgress"];
  finish: () => void;
}

/** Wraps a body: counts bytes against the cap, restarts the idle timer per chunk, maps failures to PortalError. */
function guardStream(body: ReadableStream<Uint8Array> | null, g: GuardOptions): ReadableStream<Uint8Array> {
  const reader = body?.getReader() ?? null;
  let read = 0;
  let finished = false;
  const finish = () => {
    if (!finished) {
      finished = true;
      g.finish();
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (reader === null) {
        finish();
        controller.close();
        return;
      }
      try {
        const { done, value } = await reader.read();
        if (done) {
          finish();
          controller.close();
          return;
        }
        g.attempt.touch();
        read += value.byteLength;
        if (read > g.maxBytes) {
          await reader.cancel().catch(() => {});
          throw g.fail({ kind: "too_large", status: g.status });
        }
        g.onProgress?.({ bytesRead: read, totalBytes: g.size });
        controller.enqueue(value);
      } catch (error) {
        finish();
        const mapped = error instanceof PortalError ? error : classifyThrown(error, g.attempt, g.fail);
        controller.error(mapped instanceof Retryable ? mapped.error : mapped);
      }
    },
    async cancel(reason) {
      finish();
      await reader?.cancel(reason).catch(() => {});
    },
  });
}

function classifyThrown(
  error: unknown,
  attempt: Attempt,
  fail: (init: Omit<PortalErrorInit, "method" | "url">) => PortalError,
): unknown {
  if (error instanceof PortalError || error instanceof Retryable) return error;
  if (error instanceof OverCapError) return fail({ kind: "too_large" });
  if (attempt.timedOut()) return fail({ kind: "timeout", cause: error });
  if (attempt.callerAborted()) return fail({ kind: "aborted", cause: error });
  const cause = networkCauseOf(error);
  if (cause === "timeout") return fail({ kind: "timeout", cause: error });
  const failure = fail({ kind: "network", networkCause: cause, cause: error });
  // A refused connection, an unknown host or a bad certificate will not change in a few seconds.
  if (cause === "refused" || cause === "dns" || cause === "tls") return failure;
  return new Retryable(failure, null);
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({ start: (c) => c.close() });
}

function withAttempts(error: PortalError, attempts: number): PortalError {
  (error as { attempts: number }).attempts = attempts;
  return error;
}

function anySignal(signals: ReadonlyArray<AbortSignal | undefined>): AbortSignal | undefined {
  const list = signals.filter((s): s is AbortSignal => s !== undefined);
  if (list.length <= 1) return list[0];
  return AbortSignal.any(list);
}

function htmlTitle(text: string): string | null {
  const m = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text);
  return m?.[1]?.trim() || null;
}
