import { type Report, type ValidateInput, type ValidateOptions, validateTable } from "@ciudata/table";

/** Options of {@link validate}: those of `validateTable` plus the quality checks to run. */
export interface QualityOptions extends ValidateOptions {}

/**
 * Validates a table against the quality standard in ONE pass: the Table Schema (types, constraints,
 * unique, primary and foreign keys) and the quality checks, with a report scored by dimension.
 *
 * @example
 * ```ts
 * const report = await validate("id\n1\n1\n", { schema: { fields: [{ name: "id", type: "integer" }], primaryKey: ["id"] } });
 * report.valid; //=> false (primary-key on row 3)
 * ```
 */
export async function validate(input: ValidateInput, options: QualityOptions = {}): Promise<Report> {
  return validateTable(input, options);
}
