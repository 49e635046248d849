import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the shared references live (tests read them in place and skip when absent). */
/** `../shared` beside the repository (or `CIUDATA_SHARED`): read in place, never copied. */
export const SHARED =
  process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../shared", import.meta.url));

/**
 * True when the path exists; otherwise prints why the test is skipped.
 *
 * @example
 * ```ts
 * it.skipIf(!present(file, "ids vectors"))("…", () => {});
 * ```
 */
export function present(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  console.warn(`[privacy] skipping ${what}: ${path} not found (set CIUDATA_SHARED to the shared folder)`);
  return false;
}
