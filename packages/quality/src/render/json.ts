import type { Report } from "@ciudata/table";
import type { QualityScores } from "../score";
import { withoutRawParams } from "./common";

/** The frictionless-shaped report with the quality scores beside it. */
export type QualityReport = Report & { quality: { formulaVersion: string; scores: QualityScores } };

/**
 * The report as data: the frictionless-shaped report (with its `formatVersion`) plus
 * `quality: { formulaVersion, scores }`. Raw params are dropped from every error.
 *
 * @example
 * ```ts
 * const data = toQualityReport(report, scoreReport(report));
 * data.quality.scores.dimensions.completeness.score; //=> 100
 * ```
 */
export function toQualityReport(report: Report, scores: QualityScores): QualityReport {
  return {
    ...report,
    errors: report.errors.map(withoutRawParams),
    tasks: report.tasks.map((t) => ({ ...t, errors: t.errors.map(withoutRawParams) })),
    quality: { formulaVersion: scores.formulaVersion, scores },
  };
}

/**
 * The report as JSON text (2-space indented): see {@link toQualityReport}.
 *
 * @example
 * ```ts
 * await writeFile("informe.json", renderJson(report, scoreReport(report)));
 * JSON.parse(renderJson(report, scores)).quality.formulaVersion; //=> "1.0"
 * ```
 */
export function renderJson(report: Report, scores: QualityScores): string {
  return `${JSON.stringify(toQualityReport(report, scores), null, 2)}\n`;
}
