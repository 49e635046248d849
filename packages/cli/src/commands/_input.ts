import { isAbsolute, resolve } from "node:path";
import {
  CiudataError,
  type Report,
  renderMessage,
  type SourceInput,
  type ValidateInput,
} from "@ciudata/table";
import { openPath } from "@ciudata/table/node";
import { UsageError } from "../errors";
import type { CommandContext } from "../types";

/**
 * A path the user typed, resolved against the working directory (`ctx.io.cwd`); an absolute path
 * stays as it is. URLs are returned unchanged.
 * @internal
 */
export function userPath(ctx: CommandContext, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return isAbsolute(path) ? path : resolve(ctx.io.cwd, path);
}

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

/** @internal */
export function asUsageError(error: unknown): unknown {
  if (!(error instanceof CiudataError)) return error;
  const first = error.errors[0];
  return new UsageError({
    kind: "custom",
    message: {
      es: renderMessage(first, "es"),
      en: renderMessage(first, "en"),
      pt: renderMessage(first, "pt"),
    },
  });
}

/** Error types meaning the input could not be read as a table at all (exit 2, as a usage error). @internal */
export const UNREADABLE_ERRORS: ReadonlySet<string> = new Set([
  "source-error",
  "scheme-error",
  "format-error",
  "package-error",
  "limit-error",
]);

/** Whether a report says its input could not be read as a table at all. @internal */
export function isUnreadable(report: Report): boolean {
  return [...report.errors, ...report.tasks.flatMap((t) => t.errors)].some((e) =>
    UNREADABLE_ERRORS.has(e.type),
  );
}
