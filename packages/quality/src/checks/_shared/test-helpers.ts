import { type Check, flatten, type Report, validateTable } from "@ciudata/table";
import { registerQualityMessages } from "../../locales";

/** Runs checks over a CSV text and flattens `[rowNumber, fieldNumber, type]` (test helper). */
export async function run(
  csv: string,
  checks: Check[],
  schema?: unknown,
): Promise<{ report: Report; rows: unknown[][] }> {
  registerQualityMessages();
  const report = await validateTable(csv, {
    checks,
    revealCells: true,
    ...(schema === undefined ? {} : { schema }),
  });
  return { report, rows: flatten(report, ["rowNumber", "fieldNumber", "type"]) };
}
