import { isAbsolute, resolve } from "node:path";
import { type AtomicData, assertNotInput, writeFileAtomic } from "@ciudata/table/node";
import { asUsageError } from "../errors";
import { localized } from "../messages";
import { ioMessages } from "../messages/io";
import type { CommandContext, FlagSpec, ParsedArgs } from "../types";

// Where commands turn the paths users type into files: resolved against the working directory, and
// every output checked against every input before anything is read or written.

/**
 * A path the user typed, resolved against the working directory (`ctx.io.cwd`); an absolute path
 * stays as it is. URLs are returned unchanged.
 * @internal
 */
export function userPath(ctx: CommandContext, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return isAbsolute(path) ? path : resolve(ctx.io.cwd, path);
}

const defined = (paths: readonly (string | null | undefined)[]): string[] =>
  paths.filter((p): p is string => typeof p === "string" && p !== "");

/**
 * Refuses, as a usage error (exit 2, in the user's language), any output that is (the real path of)
 * one of the inputs: through `..`, symbolic links and hard links. Call it before reading anything.
 * Outputs or inputs that are `undefined` (flags not given) are skipped, and so are URLs.
 * @internal
 */
export function refuseOverwrite(
  ctx: CommandContext,
  outputs: readonly (string | null | undefined)[],
  inputs: readonly (string | null | undefined)[],
): void {
  const ins = defined(inputs).map((p) => userPath(ctx, p));
  try {
    for (const out of defined(outputs)) assertNotInput(userPath(ctx, out), ins);
  } catch (error) {
    throw asUsageError(error);
  }
}

/**
 * Writes a command's output file atomically (no half-written file, temporary file removed on
 * Ctrl-C), after checking again that it is none of `inputs`. Returns the absolute path written.
 * @internal
 */
export async function writeOutput(
  ctx: CommandContext,
  out: string,
  data: AtomicData,
  options: { inputs?: readonly (string | null | undefined)[] } = {},
): Promise<string> {
  const path = userPath(ctx, out);
  refuseOverwrite(ctx, [out], options.inputs ?? []);
  await writeFileAtomic(path, data);
  return path;
}

/** The `--no-formula-escape` switch of every command that writes CSV. @internal */
export const NO_FORMULA_ESCAPE: Record<"no-formula-escape", FlagSpec> = {
  "no-formula-escape": {
    type: "boolean",
    description: localized(ioMessages, "flag.noFormulaEscape"),
  },
};

/** Whether CSV output escapes formula-leading cells: yes unless `--no-formula-escape`. @internal */
export function escapeFormulas(args: ParsedArgs): boolean {
  return args.flags["no-formula-escape"] !== true;
}
