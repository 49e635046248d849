import { realpathSync, type Stats, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { CiudataError } from "@ciudata/core";
import { tableError } from "../report/error";

/** Why a requested path was refused by {@link resolveWithin}. */
export type UnsafePathReason = "nul-byte" | "absolute" | "outside-root" | "not-found";

function unsafe(root: string, requested: string, reason: UnsafePathReason): CiudataError {
  // The requested path is shown as given (it is the caller's own text), the root as a folder name only.
  return new CiudataError([
    tableError("unsafe-path", {
      params: { path: requested.slice(0, 200), root: basename(root), reason },
      note: `refused ${JSON.stringify(requested.slice(0, 200))}: ${reason}`,
    }),
  ]);
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest (for files not yet written). */
function realpathLoose(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(realpathLoose(parent), basename(absolute));
  }
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/**
 * Resolves a path requested from outside (a URL path, a catalog entry, an archive member) inside
 * `root`, following symbolic links, and refuses anything that ends up outside it: `..` segments,
 * absolute paths, NUL bytes, and links inside the folder that point out of it. Returns the real path.
 * Servers and mirrors use it for every file they read on someone else's behalf.
 *
 * @example
 * ```ts
 * import { resolveWithin } from "@ciudata/table/node";
 * const file = resolveWithin("mirror", "files/hospitales.csv"); // "/abs/mirror/files/hospitales.csv"
 * resolveWithin("mirror", "../../etc/passwd"); // throws CiudataError "unsafe-path"
 * ```
 */
export function resolveWithin(
  root: string,
  requested: string,
  options: { mustExist?: boolean } = {},
): string {
  if (requested.includes("\0")) throw unsafe(root, requested, "nul-byte");
  // Both separators count: a backslash is a separator on Windows and never part of a name we serve.
  const normalised = requested.replace(/\\/g, "/");
  if (isAbsolute(normalised) || /^[a-zA-Z]:/.test(normalised)) throw unsafe(root, requested, "absolute");
  const realRoot = realpathLoose(root);
  const lexical = resolve(realRoot, normalised);
  if (!inside(realRoot, lexical)) throw unsafe(root, requested, "outside-root");
  const real = realpathLoose(lexical);
  if (!inside(realRoot, real)) throw unsafe(root, requested, "outside-root");
  if (options.mustExist === true) {
    try {
      statSync(real);
    } catch {
      throw unsafe(root, requested, "not-found");
    }
  }
  return real;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether two paths name the same file: the same real path (through symbolic links), or the same
 * device and inode (hard links). A path that does not exist yet is compared by its real folder.
 *
 * @example
 * ```ts
 * sameFile("datos/padron.csv", "./datos/../datos/padron.csv"); //=> true
 * ```
 */
export function sameFile(a: string, b: string): boolean {
  if (realpathLoose(a) === realpathLoose(b)) return true;
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  return sa !== null && sb !== null && sa.isFile() && sb.isFile() && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Refuses an output path that is (the real path of) one of the inputs, so `--out` can never write
 * over the data it reads. Throws a `CiudataError` of type `output-is-input`, which the CLI shows as
 * a usage error (exit 2) in the user's language.
 *
 * @example
 * ```ts
 * import { assertNotInput } from "@ciudata/table/node";
 * assertNotInput("padron.csv", ["./padron.csv"]); // throws: the output would overwrite the input
 * assertNotInput("padron.report.json", ["padron.csv"]); // fine
 * ```
 */
export function assertNotInput(output: string, inputs: readonly (string | null | undefined)[]): void {
  for (const input of inputs) {
    if (input === null || input === undefined || /^https?:\/\//i.test(input)) continue;
    if (sameFile(output, input)) {
      throw new CiudataError([
        tableError("output-is-input", {
          params: { path: output.slice(0, 300), input: input.slice(0, 300) },
          note: `output ${output} is the input ${input}`,
        }),
      ]);
    }
  }
}
