import type { SourceInput, ValidateInput } from "@ciudata/table";
import { openPath } from "@ciudata/table/node";
import { asUsageError } from "../errors";
import type { CommandContext } from "../types";
import { userPath } from "./_io";

/**
 * Opens what the user named: an http(s) URL, or a path relative to the working directory.
 * A file that cannot be opened is a user mistake: its message, in every language, becomes a UsageError.
 * @internal
 */
export async function openInput(target: string, ctx: CommandContext): Promise<ValidateInput> {
  if (/^https?:\/\//i.test(target)) return new URL(target) satisfies SourceInput;
  try {
    return await openPath(userPath(ctx, target));
  } catch (error) {
    throw asUsageError(error);
  }
}
