import { stat } from "node:fs/promises";
import { join } from "node:path";
import { runIdsConformance, runSdcConformance } from "@ciudata/privacy/node";
import type { CaseGroup } from "./summary";

/**
 * The cases of `ciudata conformance ids <vectors.json>`: every valid vector accepted, every invalid one
 * rejected, one group per ID type.
 *
 * @param file The vectors file, or the suite's folder holding `vectors.json` (an absolute path, or
 *   relative to the process's folder).
 * @example
 * ```ts
 * conformanceLines(await idsGroups("/work/shared/conformance/ids/vectors.json")).failed; //=> 0
 * ```
 */
export async function idsGroups(file: string): Promise<CaseGroup[]> {
  const isFolder = await stat(file).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return runIdsConformance(isFolder ? join(file, "vectors.json") : file);
}

/**
 * The cases of `ciudata conformance sdc <dir>`: every number equal to sdcMicro's.
 *
 * @param dir The suite's folder (an absolute path, or relative to the process's folder).
 * @example
 * ```ts
 * conformanceLines(await sdcGroups("/work/shared/conformance/sdc")).failed; //=> 0
 * ```
 */
export async function sdcGroups(dir: string): Promise<CaseGroup[]> {
  return runSdcConformance(dir);
}
