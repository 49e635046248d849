import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { linkMessages } from "../../messages/link";

/**
 * `link encode` / `link encoded`: the privacy-preserving mode (keyed Bloom-filter encodings).
 *
 * @example
 * ```ts
 * await runEncoding("encode", args, ctx);
 * ```
 */
export async function runEncoding(
  sub: "encode" | "encoded",
  _args: ParsedArgs,
  _ctx: CommandContext,
): Promise<Outcome> {
  throw new UsageError({
    kind: "custom",
    message: localized(linkMessages, "unavailable", { what: `ciudata link ${sub}` }),
  });
}
