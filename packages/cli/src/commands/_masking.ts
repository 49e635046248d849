import { territoryCandidates } from "@ciudata/disaggregation";
import { personalFields } from "@ciudata/privacy";
import type { Masking } from "@ciudata/table";
import type { ParsedArgs } from "../declare";

/**
 * Whether a value names a place of the territory code lists ciudata ships (provinces, departments,
 * regions of AR, PE, MX, CL, CO, BR), so a `nombre` column of towns is not taken for people's names.
 */
export const isPlaceName = (value: string): boolean => territoryCandidates(value).length > 0;

/**
 * How a command's report masks cell values: the columns `@ciudata/privacy` classes as personal (direct
 * or quasi-identifiers, free text) are masked whole; the others are shown as they are, unless the user
 * passed `--mask-all`.
 */
export function maskingOf(args: ParsedArgs): Masking {
  return {
    personal: (labels, sample) => personalFields(labels, sample, undefined, isPlaceName),
    all: args.flags["mask-all"] === true,
  };
}
