import { type DisaggregationCheckOptions, detectLayout, disaggregationChecks } from "@ciudata/disaggregation";
import { classifyColumn, privacyIssues, type RiskCheck, type RiskReport, riskCheck } from "@ciudata/privacy";
import type { Check } from "@ciudata/table";
import { type Review, type ReviewOptions, review } from "./review";

/** Why a column was taken for a quasi-identifier. */
export type QuasiIdentifierReason = "privacy" | "sex" | "age" | "territory";

/** A column {@link detectQuasiIdentifiers} takes for a quasi-identifier, and why. */
export interface QuasiIdentifier {
  column: string;
  /**
   * `privacy`: the privacy scan classes its header as one (sex, birth date, age, nationality…);
   * `sex`, `age`, `territory`: the disaggregation detector reads that dimension in it (a barrio, a
   * department, an age group), the classic quasi-identifiers of a registry.
   */
  reasons: QuasiIdentifierReason[];
}

/** The dimensions of a registry that single people out in combination. */
const DIMENSIONS = new Set<string>(["sex", "age", "territory"]);

/**
 * The quasi-identifiers of a table, from its header alone (so they are known before the first row and
 * the risk is counted in the same read): the columns the privacy scan classes as quasi-identifiers, and
 * the sex, age and territory columns the disaggregation detector finds. Direct identifiers (names, IDs)
 * are not among them: they identify on their own, and the privacy scan masks them. A guess from the
 * header, reported as one: pass the columns yourself when it is wrong.
 *
 * @example
 * ```ts
 * detectQuasiIdentifiers(["dni", "nombre", "sexo", "fecha_nacimiento", "barrio", "monto"]).map((q) => q.column);
 * //=> ["sexo", "fecha_nacimiento", "barrio"]
 * ```
 */
export function detectQuasiIdentifiers(labels: readonly string[]): QuasiIdentifier[] {
  const reasons = labels.map((): QuasiIdentifierReason[] => []);
  labels.forEach((label, i) => {
    if (classifyColumn(label, i + 1, []).some((f) => f.role === "quasi")) reasons[i]?.push("privacy");
  });
  for (const c of detectLayout(labels).long)
    if (DIMENSIONS.has(c.dimension)) {
      const r = reasons[c.index];
      if (r && !r.includes(c.dimension as QuasiIdentifierReason))
        r.push(c.dimension as QuasiIdentifierReason);
    }
  const out: QuasiIdentifier[] = [];
  labels.forEach((column, i) => {
    const r = reasons[i] ?? [];
    // The first column of a label is the one counted (a repeated label is one column for the risk).
    if (r.length && !out.some((q) => q.column === column)) out.push({ column, reasons: r });
  });
  return out;
}

/** Options of {@link registryReview}: those of `review`, plus the risk's. */
export interface RegistryReviewOptions extends ReviewOptions {
  /** The quasi-identifier columns; detected from the header by {@link detectQuasiIdentifiers} when not given. */
  qi?: readonly string[];
  /** The k of k-anonymity the risk is judged by (default 5, as `ciudata suppress`). */
  k?: number;
  /** Options of the disaggregation checks (the standard, the dataset kind…). */
  disaggregation?: DisaggregationCheckOptions;
}

/** A registry review: the quality review plus the re-identification risk and what it was measured on. */
export interface RegistryReview extends Review {
  /** The risk over the quasi-identifiers (`null` when there were none, or a named column is absent). */
  risk: RiskReport | null;
  /** The quasi-identifiers the risk was measured on, and whether they were detected or given. */
  qi: { columns: string[]; detected: boolean; reasons: QuasiIdentifier[] };
}

/**
 * The review of a registry of people in ONE read: the quality review (schema, default checks, profile),
 * the privacy scan masking personal columns, the re-identification risk over the quasi-identifiers
 * (detected from the header unless given) scored in the privacy dimension, and the disaggregation checks
 * (required dimensions, code lists, age bands, unknown shares) scored in the bias dimension.
 *
 * @example
 * ```ts
 * const r = await registryReview(file, { lang: "es", asOf: "2026-12-01" });
 * r.qi.columns; //=> ["sexo", "fecha_nacimiento", "barrio", "departamento"]
 * r.risk?.violations.find((v) => v.k === 5)?.records; // records in classes smaller than 5
 * r.scores.dimensions.privacy.score;
 * ```
 */
export async function registryReview(
  input: Parameters<typeof review>[0],
  options: RegistryReviewOptions = {},
): Promise<RegistryReview> {
  const { qi, k = 5, disaggregation, ...rest } = options;
  const risk = quasiIdentifierRisk(qi, k);
  const checks: Check[] = [risk, ...disaggregationChecks(disaggregation), ...(rest.checks ?? [])];
  const result = await review(input, { ...rest, checks });
  return { ...result, risk: risk.result(), qi: risk.chosen() };
}

/** The risk check over given or detected quasi-identifiers, decided once the header is read. */
function quasiIdentifierRisk(
  given: readonly string[] | undefined,
  k: number,
): RiskCheck & { chosen(): RegistryReview["qi"] } {
  let inner: RiskCheck | null = null;
  let chosen: RegistryReview["qi"] = { columns: [...(given ?? [])], detected: false, reasons: [] };
  return {
    name: "privacy/risk",
    issues: privacyIssues,
    chosen: () => chosen,
    result: () => inner?.result() ?? null,
    onStart(ctx) {
      if (given === undefined) {
        const reasons = detectQuasiIdentifiers(ctx.labels);
        chosen = { columns: reasons.map((q) => q.column), detected: true, reasons };
      }
      if (chosen.columns.length === 0) return;
      inner = riskCheck({ qi: chosen.columns, k });
      inner.onStart?.(ctx);
    },
    onRow(row, ctx) {
      inner?.onRow?.(row, ctx);
    },
    onFinish(ctx) {
      return inner?.onFinish?.(ctx);
    },
  };
}
