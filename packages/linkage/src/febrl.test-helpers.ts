import { existsSync } from "node:fs";
import type { Records } from "./types";

/** Where the shared FEBRL 4 files live (beside the repository), and whether they are there. */
export const FEBRL_DIR = new URL("../../../../shared/conformance/linkage/", import.meta.url);
export const hasFebrl = existsSync(new URL("febrl4a.csv", FEBRL_DIR));

/** The FEBRL truth: `rec-N-org` in 4a is `rec-N-dup-0` in 4b. */
export function febrlTruth(a: Records, b: Records): [string, string][] {
  const byNumber = new Map(b.ids.map((id) => [/rec-(\d+)/u.exec(id)?.[1], id]));
  return a.ids.flatMap((id) => {
    const other = byNumber.get(/rec-(\d+)/u.exec(id)?.[1]);
    return other === undefined ? [] : [[id, other] as [string, string]];
  });
}
