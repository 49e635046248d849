import { type Check, type Field, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import {
  type CountedColumn,
  countAccents,
  countedColumns,
  foldText,
  looksPersonalField,
  reportDistinctLimit,
  reportMissingField,
  showValue,
} from "../../text";
import { countRow } from "../_shared/columns";
import { mergeDistinctCells } from "../_shared/distinct-cells";
import { rangePlan } from "../_shared/in-ranges";

/** Options of {@link letterCase}. */
export interface LetterCaseOptions {
  /** Columns to check. Default: every text column whose name does not suggest personal data. */
  fields?: readonly string[];
  /** Also report values with irregular capitalisation inside a word (`NuñEz`), even alone (default true). */
  irregular?: boolean;
  /** Examples shown per column (default 3). */
  examples?: number;
  /** Distinct values kept per column (memory bound, default 5000). */
  maxDistinct?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

/** A lower-case letter followed by an upper-case one inside a word, except `Mc`/`Mac` names. */
const IRREGULAR = /\p{Ll}\p{Lu}/u;
const MC = /(^|[^\p{L}])(Mc|Mac)\p{Lu}/gu;

/**
 * Whether a value has a capital letter after a lower-case one inside a word (`NuñEz`, `ViLLa Crespo`).
 *
 * @example
 * ```ts
 * hasIrregularCase("NuñEz"); //=> true
 * hasIrregularCase("McDonald"); //=> false
 * hasIrregularCase("CORONEL PORTILLO"); //=> false
 * ```
 */
export function hasIrregularCase(value: string): boolean {
  return IRREGULAR.test(value.replace(MC, "$1x"));
}

/**
 * Title case of a value, word by word (`NuñEz` → `Nuñez`), used as the suggestion for irregular values.
 *
 * @example
 * ```ts
 * titleCase("villa DEL parque"); //=> "Villa Del Parque"
 * ```
 */
export function titleCase(value: string): string {
  return value
    .toLowerCase()
    .replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Values counted: those with a letter (asked once per distinct cell). */
const hasLetter = (value: string) => /\p{L}/u.test(value);

const isTextField = (f: Field) =>
  (f.type === undefined || f.type === "string" || f.type === "any") && !looksPersonalField(f.name);

/** Most frequent, regular case, most accented, not ALL CAPS. */
function best(spellings: { value: string; count: number }[]): string {
  const sorted = [...spellings].sort(
    (a, b) =>
      b.count - a.count ||
      Number(hasIrregularCase(a.value)) - Number(hasIrregularCase(b.value)) ||
      countAccents(b.value) - countAccents(a.value) ||
      Number(a.value === a.value.toUpperCase()) - Number(b.value === b.value.toUpperCase()) ||
      (a.value < b.value ? -1 : 1),
  );
  return sorted[0]?.value ?? "";
}

/**
 * Consistency: finds values of a column written with different case or accents (`Núñez`, `NuñEz`, `NUÑEZ`;
 * `Córdoba`/`CORDOBA`) and values with irregular capitalisation, and reports one `quality/letter-case` per
 * column with the number of such values, examples and the spelling to keep.
 *
 * @example
 * ```ts
 * const report = await validateTable("barrio\nNúñez\nNuñEz\nNúñez\n", {
 *   schema: { fields: [{ name: "barrio", type: "string" }] },
 *   checks: [letterCase()],
 * });
 * report.tasks[0]?.errors[0]?.params.suggestion; //=> "Núñez"
 * ```
 */
export function letterCase(options: LetterCaseOptions = {}): Check {
  const limit = options.maxDistinct ?? 5000;
  const examples = options.examples ?? 3;
  const checkIrregular = options.irregular ?? true;
  let columns: CountedColumn[] = [];
  let missing: string[] = [];

  return {
    name: "quality/letter-case",
    onStart(ctx) {
      ({ columns, missing } = countedColumns(ctx, options.fields, limit, isTextField));
    },
    onRow(row) {
      countRow(columns, row, hasLetter);
    },
    // In a parallel read, each range keeps its distinct cells; they are counted here in file order.
    inRanges: () => rangePlan("distinctCellsRange", { indexes: columns.map((c) => c.index), limit }),
    mergeRanges: (ranges) => mergeDistinctCells(columns, ranges, hasLetter),
    onFinish(ctx) {
      for (const name of missing) reportMissingField(ctx, "quality/letter-case", name);
      for (const { index, counter } of columns) {
        const name = ctx.fields[index]?.name ?? ctx.labels[index] ?? "";
        if (counter.capped) reportDistinctLimit(ctx, "quality/letter-case", index, name, limit);
        const groups = new Map<string, { value: string; count: number }[]>();
        const irregular: string[] = [];
        for (const [value, entry] of counter.values) {
          const key = foldText(value);
          const list = groups.get(key);
          if (list) list.push({ value, count: entry.count });
          else groups.set(key, [{ value, count: entry.count }]);
          if (checkIrregular && hasIrregularCase(value)) irregular.push(value);
        }
        const mixed = [...groups.values()]
          .filter((g) => g.length > 1)
          .sort((a, b) => b.reduce((s, v) => s + v.count, 0) - a.reduce((s, v) => s + v.count, 0));
        // Irregular values already shown in a group are counted once, in the group.
        if (mixed.length === 0 && irregular.length === 0) continue;
        const show = (v: string) => showValue(v, name, ctx.mask, false, index);
        const first = mixed[0];
        const suggestion = first ? best(first) : titleCase(irregular[0] ?? "");
        ctx.report(
          tableError("quality/letter-case", {
            severity: options.severity ?? "warning",
            tags: ["#table", "#consistency"],
            fieldNumber: index + 1,
            fieldName: name,
            note: `${mixed.length} values with case or accent variants, ${irregular.length} irregular`,
            params: {
              groups: mixed.length,
              variants: mixed
                .slice(0, examples)
                .map((g) => g.map((v) => `«${show(v.value)}»`).join(" / "))
                .join("; "),
              irregular: irregular.length,
              irregularExample: irregular[0] === undefined ? null : show(irregular[0]),
              suggestion: show(suggestion),
              expected: show(suggestion),
              hint: phrase(ctx.lang, "letter-case.hint"),
            },
          }),
        );
      }
    },
  };
}
