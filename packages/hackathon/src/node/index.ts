// @ciudata/hackathon/node: the Node-only parts (writing a challenge pack to a folder).

import type { Portal, PortalOptions } from "@ciudata/open-data";
import { assertNotInput, resolveWithin, writeFileAtomic } from "@ciudata/table/node";
import type { Challenge, LocalizedText, Rubric } from "../model";
import { type ChallengePack, exportChallengePack, type FetchDataOptions } from "../pack";

/** Options of {@link writeChallengePack}. */
export interface WritePackOptions {
  /**
   * Files the pack must not overwrite (the challenge and rubric it was made from): checked for
   * every file before the first one is written (a `CiudataError` of type `output-is-input`).
   */
  inputs?: readonly (string | null | undefined)[];
}

/**
 * Writes a challenge pack into `dir` (created as needed), each file atomically. Returns the paths written.
 * Refuses paths that would leave `dir` (`..`, absolute paths, links pointing out: `unsafe-path`) and,
 * before writing anything, files that are one of `options.inputs` (`output-is-input`).
 *
 * @example
 * ```ts
 * const pack = await exportChallengePack(portalUrl, challenge);
 * await writeChallengePack(pack, "pack/reclamos", { inputs: ["reclamos.challenge.json"] });
 * ```
 */
export async function writeChallengePack(
  pack: ChallengePack,
  dir: string,
  options: WritePackOptions = {},
): Promise<string[]> {
  const entries = Object.entries(pack.files).map(([rel, data]) => ({ path: resolveWithin(dir, rel), data }));
  for (const { path } of entries) assertNotInput(path, options.inputs ?? []);
  const written: string[] = [];
  for (const { path, data } of entries) {
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
  options: FetchDataOptions &
    WritePackOptions & {
      rubric?: Rubric;
      hackathonTitle?: LocalizedText;
      portalOptions?: PortalOptions;
    } = {},
): Promise<{ pack: ChallengePack; files: string[] }> {
  const pack = await exportChallengePack(portal, challenge, options);
  return { pack, files: await writeChallengePack(pack, dir, options) };
}
