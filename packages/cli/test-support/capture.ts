import type { CliIO } from "../src/types";

/** Captured output of one `run` call. */
export interface Captured {
  io: CliIO;
  out: () => string;
  err: () => string;
}

/**
 * An in-memory `CliIO` for tests, with an empty environment unless given one.
 *
 * @example
 * ```ts
 * const c = capture({ LANG: "en_US.UTF-8" });
 * await run(["help"], c.io);
 * c.out(); // "ciudata 0.1.0 — tools for city data teams…"
 * ```
 */
export function capture(env: Record<string, string | undefined> = {}): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        err += s;
      },
      env,
      cwd: "/tmp",
    },
    out: () => out,
    err: () => err,
  };
}
