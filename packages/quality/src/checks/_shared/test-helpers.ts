import { type Check, flatten, localize, type Report, validateTable } from "@ciudata/table";
import { qualityIssues } from "../../messages";

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
  return {
    report: localize(report, "es", qualityIssues),
    rows: flatten(report, ["rowNumber", "fieldNumber", "type"]),
  };
}
