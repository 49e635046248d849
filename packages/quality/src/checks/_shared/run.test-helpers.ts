import { resolveLang } from "@ciudata/core";
import {
  type Check,
  flatten,
  localize,
  type Report,
  type ValidateInput,
  type ValidateOptions,
  validateTable as validateTableOnly,
} from "@ciudata/table";
import { profileIssues } from "../../profiles/messages";
import { checkIssues } from "../index";

/**
 * `validateTable`, the report worded with the checks' and profiles' catalogs (test helper: the table
 * package alone words only its own issue types).
 */
export async function validateTable(input: ValidateInput, options: ValidateOptions = {}): Promise<Report> {
  const report = await validateTableOnly(input, options);
  return localize(report, resolveLang(options.lang), [checkIssues, profileIssues]);
}

/** Runs checks over a CSV text and flattens `[rowNumber, fieldNumber, type]` (test helper). */
export async function run(
  csv: string,
  checks: Check[],
  schema?: unknown,
): Promise<{ report: Report; rows: unknown[][] }> {
  const report = await validateTable(csv, {
    checks,
    revealCells: true,
    ...(schema === undefined ? {} : { schema }),
  });
  return { report, rows: flatten(report, ["rowNumber", "fieldNumber", "type"]) };
}
