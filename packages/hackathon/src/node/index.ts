// @ciudata/hackathon/node: the Node-only parts (writing a challenge pack to a folder).

import { join, normalize, sep } from "node:path";
import type { Portal, PortalOptions } from "@ciudata/open-data";
import { writeFileAtomic } from "@ciudata/table/node";
import type { Challenge, LocalizedText, Rubric } from "../model";
import { type ChallengePack, exportChallengePack, type FetchDataOptions } from "../pack";

/**
 * Writes a challenge pack into `dir` (created as needed), each file atomically. Returns the paths written.
 * Refuses paths that would leave `dir`.
 *
 * @example
 * ```ts
 * const pack = await exportChallengePack(portalUrl, challenge);
 * await writeChallengePack(pack, "pack/reclamos");
 * ```
 */
export async function writeChallengePack(pack: ChallengePack, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [rel, data] of Object.entries(pack.files)) {
    const clean = normalize(rel);
    if (clean.startsWith("..") || clean.startsWith(sep) || clean.includes(`..${sep}`))
      throw new Error(`ciudata: refusing to write outside the pack folder: ${rel}`);
    const path = join(dir, clean);
    await writeFileAtomic(path, data);
    written.push(path);
  }
  return written;
}

/**
 * Fetches a challenge's data from a portal, builds the pack and writes it into `dir`.
 *
 * @example
 * ```ts
 * const { files } = await writeChallengePackFromPortal("http://127.0.0.1:5000", challenge, "pack", { maxBytes: 5e6 });
 * ```
 */
export async function writeChallengePackFromPortal(
  portal: Portal | string,
  challenge: Challenge,
  dir: string,
  options: FetchDataOptions & {
    rubric?: Rubric;
    hackathonTitle?: LocalizedText;
    portalOptions?: PortalOptions;
  } = {},
): Promise<{ pack: ChallengePack; files: string[] }> {
  const pack = await exportChallengePack(portal, challenge, options);
  return { pack, files: await writeChallengePack(pack, dir) };
}
