import { type Check, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { fieldIndex, reportMissingField } from "../../text";
import { ageInYears, type DateInput, isoDate, toMillis } from "../freshness/time";

/** Options of {@link ageConsistency}. */
export interface AgeConsistencyOptions {
  /** The age column in whole years (e.g. `"edad"`). */
  age: string;
  /** The date of birth column (e.g. `"fecha_nacimiento"`). */
  birthDate: string;
  /** The date the ages were computed at. Give this or `asOfField`; checks never read the clock. */
  asOf?: DateInput;
  /** A column with the date each row's age refers to (e.g. `"fecha_alta"`), instead of one `asOf`. */
  asOfField?: string;
  /** Years of difference accepted (default 1: ages computed some months apart still agree). */
  tolerance?: number;
  /** Default `"error"`. */
  severity?: "error" | "warning";
}

/** Whole years from a cast value (number, bigint, `Decimal`, numeric text), or `null`. */
function years(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "object" && v !== null && typeof (v as { toNumber?: unknown }).toNumber === "function") {
    const n = (v as { toNumber(): number }).toNumber();
    return Number.isFinite(n) ? n : null;
  }
  if (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/u.test(v)) return Number(v);
  return null;
}

/**
 * Consistency: reports `quality/age-mismatch` on rows whose age disagrees with the date of birth as of `asOf`
 * (or as of a date column) by more than `tolerance` years: a stale precomputed `EDAD` is a classic.
 * The date of birth never goes into the report; the age cell is masked like any cell.
 *
 * @example
 * ```ts
 * const report = await validateTable("edad,fecha_nacimiento\n34,1990-01-15\n20,1990-01-15\n", {
 *   schema: { fields: [{ name: "edad", type: "integer" }, { name: "fecha_nacimiento", type: "date" }] },
 *   checks: [ageConsistency({ age: "edad", birthDate: "fecha_nacimiento", asOf: "2024-06-30" })],
 * });
 * flatten(report, ["rowNumber", "type"]); //=> [[3, "quality/age-mismatch"]]
 * ```
 */
export function ageConsistency(options: AgeConsistencyOptions): Check {
  if (options.asOf === undefined && options.asOfField === undefined)
    throw new RangeError("ageConsistency: give asOf or asOfField");
  const fixedAsOf = options.asOf === undefined ? null : toMillis(options.asOf);
  if (options.asOf !== undefined && fixedAsOf === null)
    throw new RangeError(`ageConsistency: asOf is not a date: ${String(options.asOf)}`);
  const tolerance = options.tolerance ?? 1;
  let ageIndex = -1;
  let birthIndex = -1;
  let asOfIndex = -1;

  return {
    name: "quality/age-consistency",
    onStart(ctx) {
      ageIndex = fieldIndex(ctx, options.age);
      birthIndex = fieldIndex(ctx, options.birthDate);
      asOfIndex = options.asOfField === undefined ? -1 : fieldIndex(ctx, options.asOfField);
    },
    onRow(row, ctx) {
      if (row.blank || ageIndex < 0 || birthIndex < 0) return;
      if (options.asOfField !== undefined && asOfIndex < 0) return;
      const age = years(row.values[ageIndex]);
      const birth = toMillis(row.values[birthIndex]);
      const at = asOfIndex >= 0 ? toMillis(row.values[asOfIndex]) : fixedAsOf;
      if (age === null || birth === null || at === null) return;
      const computed = ageInYears(birth, at);
      if (Math.abs(age - computed) <= tolerance) return;
      const raw = row.cells[ageIndex] ?? "";
      const cell = ctx.mask(raw, ageIndex);
      ctx.report(
        tableError("quality/age-mismatch", {
          severity: options.severity ?? "error",
          tags: ["#table", "#row", "#cell", "#consistency"],
          rowNumber: row.rowNumber,
          fieldNumber: ageIndex + 1,
          fieldName: ctx.fields[ageIndex]?.name ?? options.age,
          cell,
          note: `age ${age} vs ${computed} from the date of birth`,
          params: {
            expected: computed,
            received: cell,
            masked: cell !== raw,
            asOf: isoDate(at),
            tolerance,
            hint: phrase(ctx.lang, "age-mismatch.hint"),
          },
        }),
      );
    },
    onFinish(ctx) {
      if (ageIndex < 0) reportMissingField(ctx, "quality/age-consistency", options.age);
      if (birthIndex < 0) reportMissingField(ctx, "quality/age-consistency", options.birthDate);
      if (options.asOfField !== undefined && asOfIndex < 0)
        reportMissingField(ctx, "quality/age-consistency", options.asOfField);
    },
  };
}
