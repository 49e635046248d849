import { maskCell } from "@ciudata/core";
import { createNormaliser, detectLayout, mendozaStandard } from "@ciudata/disaggregation";
import { type ColumnFixers, type ParsedCleanProfile, remembered } from "@ciudata/table";

/** Normaliser rules that are a sure reading (never a guess: padded codes, names, bands are not applied). */
const SURE_RULES = new Set(["code", "mapping", "synonym", "letter", "crosswalk"]);
const DEFAULT_DIMENSIONS = ["sex", "gender_identity"];
/** Spellings of a disaggregation column remembered (a column with more is read value by value past it). */
const MEMO = 10_000;

/** The disaggregation step: sex and gender columns (or the dimensions named) to their codes, sure readings only. */
export function normalisers(profile: ParsedCleanProfile): ColumnFixers {
  const v = profile.steps.disaggregation;
  const dimensions = typeof v === "object" ? v.dimensions : DEFAULT_DIMENSIONS;
  return (labels) => {
    const standard = mendozaStandard();
    const out = new Map<number, (value: string) => string | null>();
    for (const col of detectLayout(labels, { standard }).long) {
      if (!dimensions.includes(col.dimension)) continue;
      const normalise = createNormaliser(col.dimension, { standard });
      // A sex or gender column holds few spellings: each is read once (a bounded memo).
      out.set(
        col.index,
        remembered((value) => {
          const r = normalise(value);
          return r.code !== null && SURE_RULES.has(r.rule) ? r.code : null;
        }, MEMO),
      );
    }
    return out;
  };
}

/**
 * How the log shows a value: masked whole in the columns the privacy scan classed personal. A column's
 * masks are remembered per distinct value (dates, sexes repeat; bounded): the same masks, made once.
 */
export function maskOf(personal: ReadonlySet<number> | null): (value: string, i: number) => string {
  // One memo per column, by its position.
  const memos: ((value: string) => string)[] = [];
  return (value, i) => {
    if (!personal?.has(i)) return value;
    memos[i] ??= remembered(maskCell, MEMO);
    return (memos[i] as (value: string) => string)(value);
  };
}
