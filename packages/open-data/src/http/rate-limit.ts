import { sleep } from "./backoff";

/** How hard the client may hit one host. */
export interface RateLimit {
  /** Requests started per second, on average (token bucket; default 10). */
  perSecond?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
}

interface HostState {
  tokens: number;
  updated: number;
  active: number;
  waiting: Array<() => void>;
}

/**
 * A per-host limiter: a token bucket for the rate plus a cap on requests in flight.
 * `acquire` resolves with a `release` function; call it once the response body is read.
 * @internal
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private readonly perSecond: number;
  private readonly concurrency: number;

  constructor(limit: RateLimit = {}) {
    this.perSecond = limit.perSecond ?? 10;
    this.concurrency = limit.concurrency ?? 4;
  }

  async acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    const state = this.state(host);
    while (state.active >= this.concurrency) {
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        const onAbort = () => {
          const i = state.waiting.indexOf(wake);
          if (i !== -1) state.waiting.splice(i, 1);
          reject(signal?.reason);
        };
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener("abort", onAbort, { once: true });
        state.waiting.push(wake);
      });
    }
    state.active++;
    try {
      await this.takeToken(state, signal);
    } catch (error) {
      this.releaseOne(state);
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.releaseOne(state);
    };
  }

  private releaseOne(state: HostState): void {
    state.active--;
    state.waiting.shift()?.();
  }

  private async takeToken(state: HostState, signal?: AbortSignal): Promise<void> {
    if (!Number.isFinite(this.perSecond) || this.perSecond <= 0) return;
    for (;;) {
      const now = Date.now();
      state.tokens = Math.min(this.perSecond, state.tokens + ((now - state.updated) / 1000) * this.perSecond);
      state.updated = now;
      if (state.tokens >= 1) {
        state.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - state.tokens) / this.perSecond) * 1000), signal);
    }
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { tokens: Math.max(1, this.perSecond), updated: Date.now(), active: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }
}
