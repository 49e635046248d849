import { runPortalConformance } from "@ciudata/open-data/node";
import type { CaseGroup } from "./summary";

/**
 * The cases of `ciudata conformance opendata <dir>`: serves each fixture of `<dir>/cases.json` on
 * loopback HTTP at the path its platform uses, runs the real client and compares with the case.
 *
 * @param dir The suite's folder (an absolute path, or relative to the process's folder).
 * @example
 * ```ts
 * const [group] = await opendataGroups("/work/shared/conformance/opendata");
 * group.cases.filter((c) => c.status === "passed").length; //=> 22
 * ```
 */
export async function opendataGroups(dir: string): Promise<CaseGroup[]> {
  return [{ label: "opendata cases", cases: await runPortalConformance(dir) }];
}
