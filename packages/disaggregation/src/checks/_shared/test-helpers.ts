import { type Check, flatten, type Report, type TableError, validateTable } from "@ciudata/table";

/** Runs checks over a CSV text; returns the report and the disaggregation errors and warnings (test helper). */
export async function run(
  csv: string,
  checks: Check[],
  options: { schema?: unknown; lang?: "es" | "en" | "pt" } = {},
): Promise<{ report: Report; errors: TableError[]; rows: unknown[][] }> {
  const report = await validateTable(csv, {
    checks,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    ...(options.lang ? { lang: options.lang } : {}),
  });
  const errors = (report.tasks[0]?.errors ?? []).filter((e) => e.type.startsWith("disaggregation/"));
  return {
    report,
    errors,
    rows: flatten(report, ["rowNumber", "fieldNumber", "type"], { includeWarnings: true }).filter((r) =>
      String(r[2]).startsWith("disaggregation/"),
    ),
  };
}
