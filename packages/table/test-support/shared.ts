import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `../shared` beside the repository: conformance suites and real files, never copied into the repo. */
export const SHARED = fileURLToPath(new URL("../../../../shared/", import.meta.url));

/** True when `../shared/<sub>` exists; logs a clear message when it does not, so skipped tests say why. */
export function hasShared(sub: string): boolean {
  const ok = existsSync(`${SHARED}${sub}`);
  if (!ok) console.warn(`[ciudata] skipping: ../shared/${sub} is not present next to the repository`);
  return ok;
}
