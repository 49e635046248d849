import type { CliIO } from "../types";

/** Files bigger than this get a progress bar on a terminal. */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

/**
 * A progress bar on standard error for big files, drawn only on a terminal (never in pipes or CI logs),
 * at most every 100 ms. Returns the `onProgress` callback and a `done` that clears the line.
 * @internal
 */
export function progressBar(
  io: CliIO,
  totalBytes: number | null,
): {
  onProgress?: (p: { bytesRead: number; totalBytes: number | null }) => void;
  done: () => void;
} {
  if (!io.stderrIsTTY || totalBytes === null || totalBytes < PROGRESS_MIN_BYTES) return { done: () => {} };
  let last = 0;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    onProgress({ bytesRead }) {
      const now = Date.now();
      if (now - last < 100 && bytesRead < totalBytes) return;
      last = now;
      const share = Math.min(1, bytesRead / totalBytes);
      const width = 30;
      const full = Math.round(share * width);
      io.stderr(
        `\r[${"█".repeat(full)}${"░".repeat(width - full)}] ${Math.round(share * 100)}% ${mb(bytesRead)}/${mb(totalBytes)} MB`,
      );
    },
    done() {
      io.stderr("\r\x1b[2K");
    },
  };
}
