import type { IssueCatalog, PerLang } from "@ciudata/core";
import { EXTRA_MESSAGES } from "./messages";

/**
 * How the error types of the timeliness, consistency and bias checks are worded in es, en and pt, as a
 * catalog value (a thin wrapper over {@link EXTRA_MESSAGES} until the checks carry their own wording).
 *
 * @example
 * ```ts
 * issueTitle("quality/stale-data", "es", checkIssues); //=> "Datos desactualizados"
 * ```
 */
export const checkIssues: PerLang<IssueCatalog> = EXTRA_MESSAGES;
