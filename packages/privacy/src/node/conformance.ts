import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runIdVectors } from "../conformance/ids";
import { runSdcSuite } from "../conformance/sdc";
import type { ConformanceGroup } from "../conformance/types";

/**
 * Runs the ID vectors of a `vectors.json` file (format of `shared/conformance/ids`).
 *
 * @example
 * ```ts
 * const groups = await runIdsConformance("../shared/conformance/ids/vectors.json");
 * ```
 */
export async function runIdsConformance(file: string): Promise<ConformanceGroup[]> {
  return runIdVectors(JSON.parse(await readFile(file, "utf8")));
}

/**
 * Runs the sdcMicro suite of a folder (format of `shared/conformance/sdc`: `sdcmicro/expected_results.json`,
 * `francdat.csv`, `testdata.csv`; the folder may also be `sdcmicro` itself).
 *
 * @example
 * ```ts
 * const groups = await runSdcConformance("../shared/conformance/sdc");
 * ```
 */
export async function runSdcConformance(dir: string): Promise<ConformanceGroup[]> {
  const read = async (name: string) => {
    for (const d of [join(dir, "sdcmicro"), dir]) {
      try {
        return await readFile(join(d, name), "utf8");
      } catch {}
    }
    return undefined;
  };
  const expected = await read("expected_results.json");
  if (expected === undefined) throw new Error(`ciudata: no expected_results.json in ${dir}`);
  const francdat = await read("francdat.csv");
  const testdata = await read("testdata.csv");
  return runSdcSuite({
    expected: JSON.parse(expected),
    ...(francdat ? { francdat } : {}),
    ...(testdata ? { testdata } : {}),
  });
}
