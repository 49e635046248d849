import { CiudataError, fromZodIssues, type Issue } from "@ciudata/core";
import type { z } from "zod";

/**
 * `input` read by `schema` (defaults filled in), or a `CiudataError` whose issues of `type` locate each
 * problem by path (`params.path`, `expected`, `received`).
 *
 * @example
 * ```ts
 * parseOrThrow(EncodingSchemaSchema, input, "linkage/pprl-schema").l; //=> 1024
 * ```
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, type: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = fromZodIssues(parsed.error.issues, input, { type });
  throw new CiudataError(issues as [Issue, ...Issue[]]);
}
