import { type Lang, resolveLang } from "@ciudata/core";
import {
  createReport,
  localize,
  type Report,
  renderMessage,
  type TableError,
  type ValidateInput,
  type ValidateOptions,
  validateTable,
} from "@ciudata/table";
import { checkIssues } from "../checks";
import { detectedOf } from "../checks/_shared/detected";
import { oneFindingPerProblem } from "../checks/_shared/one-finding";
import { type ProfileChecksOptions, profileOptions } from "./checks";
import { profileIssues } from "./messages";
import { BUILTIN_RULES } from "./registry";
import type { Profile } from "./schema";

/**
 * Runs a profile's file rules (`encoding`, `delimiter`, `quote-char`, `header-row`) over a finished report:
 * they read what the reader detected (`tasks[i].detected`), which checks do not see while reading.
 * Returns the findings per task, in task order.
 *
 * @example
 * ```ts
 * const report = await validateTable("a;b\n1;2\n");
 * profileFindings(report, AR_DATOS_ABIERTOS)[0]; //=> [quality/profile/delimiter, …]
 * ```
 */
export function profileFindings(
  report: Report,
  profile: Profile,
  lang: Lang = "es",
  options: Pick<ProfileChecksOptions, "rules"> = {},
): TableError[][] {
  const rules = options.rules ?? BUILTIN_RULES;
  return report.tasks.map((task) => {
    const out: TableError[] = [];
    for (const item of profile.checks) {
      const rule = rules[item.rule];
      if (rule?.scope !== "file") continue;
      const settings = { ...item.options, ...(item.severity ? { severity: item.severity } : {}) };
      const inspect = rule.create(settings);
      for (const e of inspect(detectedOf(task.detected), lang))
        out.push({ ...e, message: renderMessage(e, lang, profileIssues) });
    }
    return out;
  });
}

/**
 * A copy of the report with the profile's file findings added to each task (first, as file-level
 * problems come first), validity and counts recomputed.
 *
 * @example
 * ```ts
 * const checked = applyProfile(await validateTable(csv, profileOptions(profile)), profile);
 * checked.valid; //=> false when the file is not UTF-8
 * ```
 */
export function applyProfile(
  report: Report,
  profile: Profile,
  lang: Lang = "es",
  options: Pick<ProfileChecksOptions, "rules"> = {},
): Report {
  const findings = profileFindings(report, profile, lang, options);
  const tasks = report.tasks.map((task, i) => {
    const added = findings[i] ?? [];
    if (added.length === 0) return task;
    const errors = [...added, ...task.errors];
    const addedErrors = added.filter((e) => e.severity === "error").length;
    return {
      ...task,
      valid: task.valid && addedErrors === 0,
      stats: {
        ...task.stats,
        errors: task.stats.errors + addedErrors,
        warnings: task.stats.warnings + (added.length - addedErrors),
      },
      errors,
    };
  });
  const result = createReport(tasks, report.errors, report.warnings);
  result.stats.seconds = report.stats.seconds;
  return result;
}

/**
 * Validates a table against a profile in one read: the profile's schema, dialect and checks, then its file
 * rules over what was detected. Caller options win over the profile's.
 *
 * @example
 * ```ts
 * const report = await validateWithProfile("Fecha;Monto\n31/12/2024;1.234,5\n", AR_DATOS_ABIERTOS);
 * // quality/profile/delimiter, header-name ×2, iso-date, decimal-point
 * ```
 */
export async function validateWithProfile(
  input: ValidateInput,
  profile: Profile,
  options: ValidateOptions & ProfileChecksOptions = {},
): Promise<Report> {
  const { rules, external, ...validate } = options;
  const fromProfile = profileOptions(profile, {
    ...(rules ? { rules } : {}),
    ...(external ? { external } : {}),
  });
  const report = await validateTable(input, {
    ...fromProfile,
    ...validate,
    checks: oneFindingPerProblem([...(fromProfile.checks ?? []), ...(validate.checks ?? [])]),
  });
  const lang = resolveLang(validate.lang);
  return localize(applyProfile(report, profile, lang, rules ? { rules } : {}), lang, [
    checkIssues,
    profileIssues,
  ]);
}
