import { type IssueCatalogs, type Lang, resolveLang } from "@ciudata/core";
import { territoryCandidates } from "@ciudata/disaggregation";
import { personalFields } from "@ciudata/privacy";
import type { Masking, Report, ValidateInput } from "@ciudata/table";
import { categoryVariants } from "../checks/category-variants";
import { duplicateRow } from "../checks/duplicate-row";
import { letterCase } from "../checks/letter-case";
import { missingValue } from "../checks/missing-value";
import { whitespace } from "../checks/whitespace";
import { profileChecks } from "../profiles/checks";
import { applyProfile } from "../profiles/findings";
import type { Profile } from "../profiles/schema";
import { type QualityScores, scoreReport } from "../score/score";
import type { Thresholds } from "../score/thresholds";
import { type QualityOptions, validate } from "../validate";
import { withAsOf } from "./registry";

/** Options of {@link review}: those of `validate`, plus a profile, a review date and thresholds. */
export interface ReviewOptions extends QualityOptions {
  /** A city's profile (see `parseProfile`) or a built-in one such as `AR_DATOS_ABIERTOS`. */
  profile?: Profile;
  /** The date the review is made as of (`YYYY-MM-DD`), used by timeliness checks. Never the clock. */
  asOf?: string;
  /** Tolerances per error type or dimension; the profile's are used when not given. */
  thresholds?: Thresholds;
  /**
   * Also run the checks every review wants whatever the schema: duplicate rows, cells without a value
   * (empty or only spaces, in every column), stray whitespace, letter case and category spelling variants (default true; false runs only the schema, profile and given checks).
   */
  defaultChecks?: boolean;
  /**
   * Catalogs that word error types of other packages in the report's messages (privacy,
   * disaggregation…); quality's own `qualityIssues` and the table's are always used.
   */
  catalogs?: IssueCatalogs;
}

/**
 * Privacy by default: the columns `@ciudata/privacy` classes as personal (names of any length, IDs,
 * phones, addresses, birth dates, descriptions…) are masked whole in the report; the others (a barrio,
 * a department, a category) are shown as they are. Names of places the territory code lists know are
 * not taken for people's names.
 */
const PERSONAL_BY_SCAN: Masking = {
  personal: (labels, sample) =>
    personalFields(labels, sample, undefined, (value) => territoryCandidates(value).length > 0),
};

/** A quality review: the frictionless-shaped report and its scores by dimension. */
export interface Review {
  report: Report;
  scores: QualityScores;
}

/**
 * Runs the city's quality review of a table in ONE read: its Table Schema (types, constraints, unique,
 * primary and foreign keys), the checks of a profile and of a checklist, the profile's file rules, and
 * scores every quality dimension with the formula written in the result. Without `masking`, the columns
 * the privacy scan classes as personal are masked whole in the report and the others shown as they are
 * (`masking: { personal: [], all: true }` masks every cell).
 *
 * @example
 * ```ts
 * const { report, scores } = await review(file, { profile: AR_DATOS_ABIERTOS, asOf: "2026-11-22", lang: "es" });
 * scores.dimensions.validity.score; //=> 87.5
 * renderHtml(report, scores, "es"); // one self-contained HTML file
 * ```
 */
export async function review(input: ValidateInput, options: ReviewOptions = {}): Promise<Review> {
  const { profile, asOf, thresholds, defaultChecks = true, catalogs, ...rest } = options;
  const lang: Lang = resolveLang(options.lang);
  const fromProfile = profile ? profileChecks(profile, { external: withAsOf(asOf) }) : { checks: [] };
  const defaults = defaultChecks
    ? [duplicateRow(), missingValue(), whitespace(), letterCase(), categoryVariants()]
    : [];
  const checks = [...defaults, ...fromProfile.checks, ...(rest.checks ?? [])];
  let report = await validate(input, {
    ...(profile?.schema ? { schema: profile.schema } : {}),
    ...(profile?.dialect ? { dialect: profile.dialect as NonNullable<QualityOptions["dialect"]> } : {}),
    ...rest,
    masking: rest.masking ?? PERSONAL_BY_SCAN,
    ...(catalogs === undefined ? {} : { catalogs }),
    checks,
  });
  // Profile findings come worded by the profile's catalog; everything else was worded in the one read.
  if (profile) report = applyProfile(report, profile, lang);
  // Record which checks ran, so a dimension whose checks found nothing scores 100, not "not checked".
  const names = [...checks.map((c) => c.name), ...(profile?.checks.map((item) => item.rule) ?? [])];
  for (const task of report.tasks)
    task.detected.checks = [...((task.detected.checks as string[]) ?? []), ...names];
  const scores = scoreReport(report, {
    ...(thresholds ? { thresholds } : profile ? { thresholds: profile.thresholds } : {}),
    checks: names,
  });
  return { report, scores };
}
