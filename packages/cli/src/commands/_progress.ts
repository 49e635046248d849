import { type Lang, numberWords } from "@ciudata/core";
import type { CliIO } from "../types";

/** Files bigger than this get a progress bar on a terminal. */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

/**
 * A progress bar on standard error for big files, drawn only on a terminal (never in pipes or CI logs),
 * at most every 100 ms, its numbers written the user's language's way (`50 %` and `5,0 MB` in Spanish).
 * Returns the `onProgress` callback and a `done` that clears the line.
 * @internal
 */
export function progressBar(
  io: CliIO,
  totalBytes: number | null,
  lang: Lang = "es",
): {
  onProgress?: (p: { bytesRead: number; totalBytes: number | null }) => void;
  done: () => void;
} {
  if (!io.stderrIsTTY || totalBytes === null || totalBytes < PROGRESS_MIN_BYTES) return { done: () => {} };
  let last = 0;
  const w = numberWords(lang);
  const mb = (n: number) => w.number(n / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    onProgress({ bytesRead }) {
      const now = Date.now();
      if (now - last < 100 && bytesRead < totalBytes) return;
      last = now;
      const share = Math.min(1, bytesRead / totalBytes);
      const width = 30;
      const full = Math.round(share * width);
      io.stderr(
        `\r[${"█".repeat(full)}${"░".repeat(width - full)}] ${w.percent(share, 0)} ${mb(bytesRead)}/${mb(totalBytes)} MB`,
      );
    },
    done() {
      io.stderr("\r\x1b[2K");
    },
  };
}

/**
 * A progress bar for a run made of named steps (`blocking`, `comparing`, `training`…), each with a count
 * done out of a total: on a terminal only, at most every 100 ms. `done` clears the line.
 *
 * @example
 * ```ts
 * const bar = stepProgress(ctx.io, (step) => words[step] ?? step);
 * await link(left, right, settings, { onProgress: bar.onProgress });
 * bar.done();
 * ```
 * @internal
 */
export function stepProgress(
  io: CliIO,
  label: (step: string) => string = (step) => step,
): {
  onProgress?: (step: string, done: number, total: number) => void;
  done: () => void;
} {
  if (!io.stderrIsTTY) return { done: () => {} };
  let last = 0;
  let drawn = false;
  return {
    onProgress(step, done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const width = 30;
      const full = Math.round(share * width);
      io.stderr(
        `\r\x1b[2K${label(step)} [${"█".repeat(full)}${"░".repeat(width - full)}] ${Math.round(share * 100)}%`,
      );
    },
    done() {
      if (drawn) io.stderr("\r\x1b[2K");
    },
  };
}
