import { type Check, ownCopy, tableError } from "@ciudata/table";
import { AGE_PRESETS, type AgePresetName } from "../../codelists/age";
import { disaggregationIssues } from "../../messages/issues";
import { createNormaliser, type Normaliser } from "../../normalise/normaliser";
import {
  type CheckSetup,
  type DisaggregationCheckOptions,
  dimLabel,
  hints,
  measureColumns,
  setup,
  UNKNOWN_CODES,
} from "../_shared/context";
import { KeyTexts } from "../_shared/key-texts";

/** The same numbers in an array twice as long. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const MICRO_DIMENSIONS = ["sex", "age", "territory"] as const;
const MAX_CATEGORIES = 2000;
/**
 * Most groups of rows followed in an aggregate table. More groups than this means a key column is an
 * identifier (one group per row), not a grouping: the missing-cross-cell warning is then left out.
 */
export const MAX_CROSS_CELL_GROUPS = 200_000;
/** Most distinct combinations followed; with more, the check says nothing rather than something wrong. */
const MAX_COMBOS = 100_000;

/**
 * Cross-cells of the dimensions. Aggregate tables: a combination of codes (`F × Y0T17`) present in some group
 * of rows (same year, place, offence…) but absent in another is reported as `disaggregation/missing-cross-cell`
 * (one warning per combination, with the number of groups lacking it). Microdata: the combinations of
 * sex × age band × territory with no case at all are summed up in one `disaggregation/empty-cross-cells`
 * warning (they show who the data may not reach, and they are where small cells come from).
 * Memory and time are linear in the rows, with at most {@link MAX_CROSS_CELL_GROUPS} groups followed.
 *
 * @example
 * ```ts
 * const csv = "anio,sexo,edad,casos\n2024,F,0-17,1\n2024,M,0-17,2\n2025,F,0-17,3\n";
 * const report = await validateTable(csv, { checks: [crossCellsCheck()] });
 * report.tasks[0]?.errors[0]?.params.cell; //=> "M × Y0T17"
 * ```
 */
export function crossCellsCheck(options: DisaggregationCheckOptions = {}): Check {
  const max = options.maxErrors ?? 50;
  let s: CheckSetup | null = null;
  let mode: "aggregate" | "microdata" | null = null;
  let keyColumns: number[] = [];
  let dimColumns: Array<{ index: number; dimension: string; normalise: Normaliser }> = [];
  // Groups by key (numbered by KeyTexts): their first row and the combinations (numbers) they have, one
  // in `firstCombo`, a Set in `moreCombos` once more than one.
  let keys: KeyTexts | null = null;
  let groupRows = new Int32Array(1024);
  let firstCombo = new Int32Array(1024);
  const moreCombos = new Map<number, Set<number>>();
  let tooManyGroups = false;
  let tooManyCombos = false;
  // Combination → its number and in how many groups it appears.
  const combos = new Map<string, { id: number; groups: number }>();
  const categories: Array<Set<string>> = [];

  return {
    name: "disaggregation/cross-cells",
    issues: disaggregationIssues,
    onStart(ctx) {
      s = setup(ctx, options);
    },
    onRow(row, ctx) {
      if (!s || row.blank) return;
      const cells = row.cells;
      if (mode === null) {
        const measures = measureColumns(ctx.labels, options, s.layout, cells);
        mode =
          options.kind === "aggregate" || options.kind === "microdata"
            ? options.kind
            : measures.length > 0 || s.layout.wide.length > 0
              ? "aggregate"
              : "microdata";
        if (mode === "aggregate") {
          const dims = new Set(s.layout.long.map((c) => c.index));
          keyColumns = ctx.labels.map((_, i) => i).filter((i) => !measures.includes(i) && !dims.has(i));
          dimColumns = s.layout.long.map((c) => ({
            index: c.index,
            dimension: c.dimension,
            normalise: s?.normalisers.get(c.index) as Normaliser,
          }));
        } else {
          const preset = s.standard.agePreset as AgePresetName;
          for (const dimension of MICRO_DIMENSIONS) {
            const col = s.layout.long.find((c) => c.dimension === dimension);
            if (!col) continue;
            dimColumns.push({
              index: col.index,
              dimension,
              normalise:
                dimension === "age"
                  ? createNormaliser("age", {
                      standard: s.standard,
                      ageBands: AGE_PRESETS[preset] ? preset : "quinquenal-85",
                      ...(options.mapping ? { mapping: options.mapping } : {}),
                    })
                  : (s.normalisers.get(col.index) as Normaliser),
            });
          }
        }
        for (let i = 0; i < dimColumns.length; i++) categories.push(new Set());
      }
      if (dimColumns.length === 0) return;
      const codes: string[] = [];
      for (let i = 0; i < dimColumns.length; i++) {
        const d = dimColumns[i] as (typeof dimColumns)[number];
        const r = d.normalise(cells[d.index] ?? "");
        // A territory name of no chosen list is still one place: counted as written, never recoded.
        const code = r.code === null && r.candidates ? (cells[d.index] ?? "").trim() : r.code;
        if (code === null || code === "_T" || UNKNOWN_CODES.has(code)) return;
        codes.push(code);
      }
      codes.forEach((c, i) => {
        const set = categories[i];
        if (set && set.size <= MAX_CATEGORIES) set.add(c);
      });
      const combo = codes.join(" × ");
      let c = combos.get(combo);
      if (!c) {
        if (combos.size >= MAX_COMBOS) {
          tooManyCombos = true;
          return;
        }
        c = { id: combos.size, groups: 0 };
        combos.set(ownCopy(combo), c);
      }
      if (mode === "aggregate" && !tooManyGroups) {
        if (keys === null) keys = new KeyTexts(keyColumns);
        const known = keys.size;
        const g = keys.id(cells, known < MAX_CROSS_CELL_GROUPS);
        if (g === -1) {
          tooManyGroups = true;
          keys = null;
          moreCombos.clear();
          return;
        }
        if (g === known) {
          if (g === groupRows.length) {
            groupRows = grown(groupRows);
            firstCombo = grown(firstCombo);
          }
          groupRows[g] = row.rowNumber;
          firstCombo[g] = c.id;
          c.groups++;
        } else if (firstCombo[g] !== c.id) {
          const more = moreCombos.get(g);
          if (more === undefined) {
            moreCombos.set(g, new Set([c.id]));
            c.groups++;
          } else if (!more.has(c.id)) {
            more.add(c.id);
            c.groups++;
          }
        }
      }
    },
    onFinish(ctx) {
      if (!s || dimColumns.length === 0 || tooManyCombos) return;
      const names = dimColumns.map((d) => dimLabel(s as CheckSetup, d.dimension)).join(" × ");
      if (mode === "aggregate") {
        const size = keys?.size ?? 0;
        if (tooManyGroups || size < 2) return;
        let reported = 0;
        const has = (g: number, id: number) => firstCombo[g] === id || (moreCombos.get(g)?.has(id) ?? false);
        for (const [combo, { id, groups: present }] of combos) {
          const missing = size - present;
          if (missing === 0 || reported++ >= max) continue;
          // The first group without it (only for the few combinations reported).
          let first: number | null = null;
          for (let g = 0; g < size; g++)
            if (!has(g, id)) {
              first = groupRows[g] as number;
              break;
            }
          ctx.report(
            tableError("disaggregation/missing-cross-cell", {
              severity: "warning",
              tags: ["#disaggregation", "#table", "#row"],
              rowNumber: first,
              note: `cross-cell ${combo} missing in ${missing} of ${size} groups`,
              params: {
                cell: combo,
                dimensions: names,
                groups: missing,
                of: size,
                hint: hints(ctx.lang)("hint.missing-cross-cell"),
              },
            }),
          );
        }
        return;
      }
      if (dimColumns.length < 2 || categories.some((c) => c.size > MAX_CATEGORIES)) return;
      const lists = categories.map((c) => [...c].sort());
      const total = lists.reduce((n, l) => n * l.length, 1);
      const empty = total - combos.size;
      if (empty <= 0 || total > 1_000_000) return;
      const examples: string[] = [];
      const walk = (i: number, prefix: string[]) => {
        if (examples.length >= 5) return;
        if (i === lists.length) {
          const c = prefix.join(" × ");
          if (!combos.has(c)) examples.push(c);
          return;
        }
        for (const v of lists[i] ?? []) walk(i + 1, [...prefix, v]);
      };
      walk(0, []);
      ctx.report(
        tableError("disaggregation/empty-cross-cells", {
          severity: "warning",
          tags: ["#disaggregation", "#table"],
          note: `${empty} of ${total} cross-cells empty`,
          params: {
            empty,
            cells: total,
            dimensions: names,
            examples: examples.join("; "),
            hint: hints(ctx.lang)("hint.empty-cross-cells"),
          },
        }),
      );
    },
  };
}
