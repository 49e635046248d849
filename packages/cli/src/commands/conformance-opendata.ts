import { isAbsolute, resolve } from "node:path";
import { type PortalCaseResult, runPortalConformance } from "@ciudata/open-data/node";

/**
 * The open-data suite for `ciudata conformance opendata <dir>`: serves each fixture of `<dir>/cases.json`
 * on loopback HTTP at the path its platform uses, runs the real client and compares with the case.
 * Results have the `{ id, status, reason?, expected?, actual? }` shape the conformance command prints.
 *
 * @example
 * ```ts
 * const results = await runOpendataConformance("../shared/conformance/opendata");
 * results.filter((r) => r.status === "passed").length; //=> 22
 * ```
 */
export async function runOpendataConformance(
  dir: string,
  cwd: string = process.cwd(),
): Promise<PortalCaseResult[]> {
  return runPortalConformance(isAbsolute(dir) ? dir : resolve(cwd, dir));
}
