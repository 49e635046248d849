import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { CiudataError, createIssue } from "@ciudata/core";

/**
 * Reads the master pseudonymisation key from an environment variable or a file (trailing newline
 * removed). Throws `CiudataError` (`privacy/missing-key`) naming the SOURCE, never the value.
 *
 * @example
 * ```ts
 * const key = await readKey({ env: "CIUDATA_KEY" }, process.env);
 * ```
 */
export async function readKey(
  source: { env: string } | { file: string },
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Promise<Uint8Array> {
  const fail = (where: string) =>
    new CiudataError([
      createIssue("privacy/missing-key", { note: `no key in ${where}`, params: { source: where } }),
    ]);
  if ("env" in source) {
    const value = env[source.env];
    if (!value) throw fail(`$${source.env}`);
    return new TextEncoder().encode(value);
  }
  const path = isAbsolute(source.file) ? source.file : resolve(cwd, source.file);
  try {
    const bytes = new Uint8Array(await readFile(path));
    let end = bytes.length;
    while (end > 0 && (bytes[end - 1] === 10 || bytes[end - 1] === 13)) end--;
    if (end === 0) throw fail(source.file);
    return bytes.slice(0, end);
  } catch (error) {
    if (error instanceof CiudataError) throw error;
    throw fail(source.file);
  }
}
