import { personalFields } from "@ciudata/privacy";
import type { Masking } from "@ciudata/table";
import type { ParsedArgs } from "../declare";

/**
 * How a command's report masks cell values: the columns `@ciudata/privacy` classes as personal (direct
 * or quasi-identifiers, free text) are masked whole; the others are shown as they are, unless the user
 * passed `--mask-all`.
 */
export function maskingOf(args: ParsedArgs): Masking {
  return { personal: personalFields, all: args.flags["mask-all"] === true };
}
