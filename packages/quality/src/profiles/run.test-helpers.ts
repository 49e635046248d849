import type { Check, TableError, ValidateOptions } from "@ciudata/table";
import { validateTable } from "../checks/_shared/run.test-helpers";

/**
 * Validates an inline CSV with the given checks and returns the profile findings only.
 * @internal
 * @example
 * ```ts
 * const errors = await profileErrors("a\n b\n", [trimmedValues()]);
 * ```
 */
export async function profileErrors(
  csv: string | Uint8Array,
  checks: Check[],
  options: ValidateOptions = {},
): Promise<TableError[]> {
  const report = await validateTable(csv, { ...options, checks });
  return report.tasks.flatMap((t) => t.errors).filter((e) => e.type.startsWith("quality/profile"));
}

/**
 * `[rowNumber, fieldNumber, type]` of each error, as frictionless tests compare them.
 * @internal
 * @example
 * ```ts
 * where(errors); //=> [[2, 1, "quality/profile/iso-date"]]
 * ```
 */
export function where(errors: readonly TableError[]): unknown[][] {
  return errors.map((e) => [e.rowNumber, e.fieldNumber, e.type]);
}
