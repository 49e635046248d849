import { realpath, stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { CiudataError, tableError } from "@ciudata/table";
import { registerPrivacyMessages } from "../messages";

/** The real path of `path` when it exists, else of its folder (if that exists) joined with its name. */
async function realish(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    try {
      return resolve(await realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Device and inode of an existing file (following links), or `null`. */
async function identity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * Throws a `CiudataError` (`privacy/output-is-input`) when writing `output` would overwrite one of
 * `inputs`: the same real path (symbolic links and `..` resolved, also through a linked folder) or,
 * when both exist, the same file (device and inode: a hard link). The output is never in the error
 * twice; only the path the caller gave is named.
 *
 * @example
 * ```ts
 * await assertNotInput("padron-anon.csv", ["padron.csv"]); // resolves
 * await assertNotInput("link-to-folder/padron.csv", ["padron.csv"]); // throws privacy/output-is-input
 * ```
 */
export async function assertNotInput(output: string, inputs: readonly string[]): Promise<void> {
  const out = await realish(output);
  const outId = await identity(output);
  for (const input of inputs) {
    const same = (await realish(input)) === out || (outId !== null && (await identity(input)) === outId);
    if (!same) continue;
    registerPrivacyMessages();
    throw new CiudataError([
      tableError("privacy/output-is-input", {
        tags: ["#table"],
        params: { output, input },
        note: `the output ${output} is the input ${input}`,
      }),
    ]);
  }
}
