import type { ErrorRates, ErrorTally } from "./errors";
import { type GenerateOptions, planRegistries, planRegistry, type RegistryPlan } from "./plan";

/** A generated table: its name, header and rows. */
export interface GeneratedTable {
  /** `"a"` or `"b"`. */
  source: string;
  header: string[];
  rows: string[][];
}

/** The truth of generated registries. */
export interface GeneratedTruth {
  /** Pairs of ids of the same person (A × B for two registries; within the registry, `left < right`). */
  pairs: [string, string][];
  /** Each row's id and its person (`P0000042`). */
  clusters: [string, string][];
}

/** Two generated registries and their truth. */
export interface GeneratedRegistries {
  a: GeneratedTable;
  b: GeneratedTable;
  truth: GeneratedTruth;
  /** The error rates used and what was injected. */
  rates: ErrorRates;
  errors: ErrorTally;
}

/** One generated registry with duplicates within it and its truth. */
export interface GeneratedRegistry {
  registry: GeneratedTable;
  truth: GeneratedTruth;
  rates: ErrorRates;
  errors: ErrorTally;
}

const table = (plan: RegistryPlan, i: number): GeneratedTable => {
  const s = plan.sides[i];
  if (s === undefined) throw new RangeError(`no side ${i}`);
  return { source: s.source, header: [...s.header], rows: [...s.rows()] };
};
const truth = (plan: RegistryPlan): GeneratedTruth => ({
  pairs: [...plan.truthPairs()],
  clusters: [...plan.truthClusters()],
});

/**
 * Generates two synthetic social-programme registries of Mexico City with known truth: A with separate
 * name columns, CURP, dd/mm/yyyy dates and H/M; B with one name column, yyyy-mm-dd dates, F/M/Femenino and
 * phones in other notations. Errors are drawn per row at {@link DEFAULT_ERROR_RATES} (or `errors`).
 * Same options, same registries. For a million rows, write them with `writeRegistries` of
 * `@ciudata/linkage/node`, which does not hold them in memory.
 *
 * @example
 * ```ts
 * const { a, b, truth } = generateRegistries({ people: 1000, seed: 7, overlap: 0.6 });
 * a.header; //=> ["FOLIO", "CURP", "NOMBRE(S)", "PRIMER APELLIDO", …]
 * truth.pairs.length; //=> 600 (each shared person once, no duplicates within by default)
 * ```
 */
export function generateRegistries(options: GenerateOptions): GeneratedRegistries {
  const plan = planRegistries(options);
  const a = table(plan, 0);
  const b = table(plan, 1);
  return { a, b, truth: truth(plan), rates: { ...plan.rates }, errors: plan.tally() };
}

/**
 * Generates one synthetic registry (layout A or B) where some people appear more than once
 * (`duplicatesWithin`, default 0.1), with the truth, for deduplication.
 *
 * @example
 * ```ts
 * const { registry, truth } = generateRegistry({ people: 1000, seed: 7, layout: "b" });
 * registry.rows.length > 1000; //=> true (about 10% of the people twice or more)
 * ```
 */
export function generateRegistry(options: GenerateOptions & { layout?: "a" | "b" }): GeneratedRegistry {
  const plan = planRegistry(options);
  const registry = table(plan, 0);
  return { registry, truth: truth(plan), rates: { ...plan.rates }, errors: plan.tally() };
}
