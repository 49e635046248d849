/** The safety limits of a served folder. */
export interface ServeLimits {
  /** Largest request body, in bytes (default 1 MB): larger is 413. */
  maxBodyBytes: number;
  /** Largest body of a write action sent with the token (an upload, a batch of records), default 200 MB. */
  maxUploadBytes: number;
  /** Longest request target (path and query), in bytes (default 8 KB): longer is 414. */
  maxUrlBytes: number;
  /** Requests a client may make at once (the bucket's size, default 120). */
  burst: number;
  /** Requests per second a client regains (default 30). */
  perSecond: number;
  /** Time for the request headers to arrive (default 10 s), then 408. */
  headersTimeoutMs: number;
  /** Time for the whole request to arrive (default 30 s), then 408. */
  requestTimeoutMs: number;
}

/** The default {@link ServeLimits}. */
export const DEFAULT_SERVE_LIMITS: ServeLimits = {
  maxBodyBytes: 1_000_000,
  maxUploadBytes: 200_000_000,
  maxUrlBytes: 8192,
  burst: 120,
  perSecond: 30,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
};

/**
 * A token bucket per client address: `take(client)` answers 0 when the request may go, else the
 * seconds to wait (the `Retry-After`). Buckets are dropped once full again.
 *
 * @example
 * ```ts
 * const limit = rateLimiter(2, 1);
 * limit("a"); limit("a"); limit("a"); //=> 1
 * ```
 */
export function rateLimiter(
  burst: number,
  perSecond: number,
  now: () => number = () => performance.now(),
): (client: string) => number {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client) => {
    const t = now();
    const b = buckets.get(client) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
    b.at = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      buckets.set(client, b);
      if (buckets.size > 10_000) for (const [k, v] of buckets) if (v.tokens >= burst - 1) buckets.delete(k);
      return 0;
    }
    buckets.set(client, b);
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  };
}
