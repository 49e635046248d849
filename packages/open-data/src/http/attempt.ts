/** Marks an abort caused by the attempt's own timer. @internal */
export class TimeoutSignal extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/** One attempt's signal: aborts on the timer or on any of the caller's signals. @internal */
export interface Attempt {
  signal: AbortSignal;
  /** Restarts the timer (streams call it on every chunk). */
  touch(): void;
  /** True when the caller (not the timer) aborted. */
  callerAborted(): boolean;
  /** True when the timer fired. */
  timedOut(): boolean;
  /** Stops the timer and detaches listeners. */
  done(): void;
}

/**
 * Creates an attempt controller with a timeout that also follows the caller's signals.
 * @internal
 */
export function startAttempt(timeout: number, signals: ReadonlyArray<AbortSignal | undefined>): Attempt {
  const controller = new AbortController();
  const outer = signals.filter((s): s is AbortSignal => s !== undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (Number.isFinite(timeout) && timeout > 0)
      timer = setTimeout(() => controller.abort(new TimeoutSignal(timeout)), timeout);
  };
  const forward = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  for (const s of outer) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener("abort", forward, { once: true });
  }
  arm();
  return {
    signal: controller.signal,
    touch: () => {
      if (!controller.signal.aborted) arm();
    },
    callerAborted: () => outer.some((s) => s.aborted),
    timedOut: () => controller.signal.reason instanceof TimeoutSignal,
    done: () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const s of outer) s.removeEventListener("abort", forward);
    },
  };
}
