import type { Check, Dialect, ValidateOptions } from "@ciudata/table";
import { createCheck, oneFindingPerProblem } from "../checks";
import { cityRulesCheck } from "./city-rules";
import { BUILTIN_RULES } from "./registry";
import type { ProfileRule } from "./rule";
import type { Profile } from "./schema";

/** Options of {@link profileChecks}. */
export interface ProfileChecksOptions {
  /** The rules checklist ids name (default: the built-in ones). */
  rules?: Readonly<Record<string, ProfileRule>>;
  /**
   * Checks from other packages, by the namespaced id a checklist names (`quality/stale-data`), built
   * from the item's options. Other ids are looked up in the check registry (`createCheck`); ids it cannot build are left out (see `skipped`).
   */
  external?: Readonly<Record<string, (options: Record<string, unknown>) => Check>>;
}

/** The checks of a profile, and the checklist ids it could not build. */
export interface ProfileCheckSet {
  checks: Check[];
  /** Ids with no rule or factory (namespaced checks another package provides). */
  skipped: string[];
}

/**
 * Builds the checks a profile asks for: its checklist's table rules (file rules run after the read, see
 * `profileFindings`), external checks by namespaced id, and one check for the city's own `rules`.
 *
 * @example
 * ```ts
 * const { checks } = profileChecks(AR_DATOS_ABIERTOS);
 * await validateTable(csv, { checks });
 * ```
 */
export function profileChecks(profile: Profile, options: ProfileChecksOptions = {}): ProfileCheckSet {
  const rules = options.rules ?? BUILTIN_RULES;
  const checks: Check[] = [];
  const skipped: string[] = [];
  for (const item of profile.checks) {
    const settings = { ...item.options, ...(item.severity ? { severity: item.severity } : {}) };
    const rule = rules[item.rule];
    if (rule) {
      if (rule.scope === "row") checks.push(rule.create(settings));
      continue;
    }
    const external = options.external?.[item.rule];
    const check = external ? external(settings) : fromRegistry(item.rule, settings);
    if (check) checks.push(check);
    else skipped.push(item.rule);
  }
  if (profile.rules.length > 0) checks.push(cityRulesCheck(profile));
  return { checks: oneFindingPerProblem(checks), skipped };
}

/**
 * A namespaced check the registry knows, built from the item's options; `undefined` when the registry
 * has no such check. Options it refuses throw their located `check-error`s: a check a profile names is
 * never dropped without a word.
 */
function fromRegistry(name: string, settings: Record<string, unknown>): Check | undefined {
  return createCheck(name, settings);
}

/**
 * What to pass to `validateTable` to check a table against a profile: its schema, dialect and checks.
 *
 * @example
 * ```ts
 * const report = await validateTable(csv, { ...profileOptions(profile), lang: "es" });
 * ```
 */
export function profileOptions(
  profile: Profile,
  options: ProfileChecksOptions = {},
): Pick<ValidateOptions, "schema" | "dialect" | "checks"> {
  const { checks } = profileChecks(profile, options);
  return {
    ...(profile.schema ? { schema: profile.schema } : {}),
    ...(profile.dialect ? { dialect: profile.dialect as Dialect } : {}),
    checks,
  };
}
