import { type Check, flatten, localize, type Report, type TableError, validateTable } from "@ciudata/table";
import { disaggregationIssues } from "../src/messages/issues";

/**
 * Runs checks over a CSV text; returns the report (worded with {@link disaggregationIssues}, as the CLI
 * and quality word it) and the disaggregation errors and warnings (test helper).
 *
 * @example
 * ```ts
 * const { errors } = await run("barrio,casos\nBombal,3\n", [requiredDimensionsCheck()]);
 * ```
 */
export async function run(
  csv: string,
  checks: Check[],
  options: { schema?: unknown; lang?: "es" | "en" | "pt" } = {},
): Promise<{ report: Report; errors: TableError[]; rows: unknown[][] }> {
  const raw = await validateTable(csv, {
    checks,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    ...(options.lang ? { lang: options.lang } : {}),
  });
  const report = localize(raw, options.lang ?? "es", [disaggregationIssues]);
  const errors = (report.tasks[0]?.errors ?? []).filter((e) => e.type.startsWith("disaggregation/"));
  return {
    report,
    errors,
    rows: flatten(report, ["rowNumber", "fieldNumber", "type"], { includeWarnings: true }).filter((r) =>
      String(r[2]).startsWith("disaggregation/"),
    ),
  };
}
