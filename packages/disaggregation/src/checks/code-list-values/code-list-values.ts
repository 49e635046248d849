import { labelKey } from "@ciudata/core";
import { type Check, type CheckContext, ownCopy, tableError } from "@ciudata/table";
import { isInCodeList } from "../../codelists/registry";
import type { TerritoryLevel } from "../../codelists/types";
import { disaggregationIssues } from "../../messages/issues";
import { MAX_VALUE_LENGTH } from "../../normalise/normaliser";
import { type CheckSetup, type DisaggregationCheckOptions, dimLabel, hints, setup } from "../_shared/context";

interface Seen {
  column: number;
  raw: string;
  code: string | null;
  count: number;
  firstRow: number;
  cells: string;
}

/** Distinct values remembered with their counts; past this, only wrong values are (up to `maxErrors`). */
const MAX_SEEN = 20_000;

/**
 * The key of a value: a value too long to be any code is known by its start and length, so a huge cell is
 * neither copied nor compared whole.
 */
const valueKey = (column: number, raw: string): string =>
  raw.length > MAX_VALUE_LENGTH
    ? `${column}\u0000${raw.slice(0, MAX_VALUE_LENGTH)}\u0000${raw.length}`
    : `${column}\u0000${raw}`;

const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, TerritoryLevel]> = [
  [/(^|_)barrios?(_|$)/, "barrio"],
  [/(^|_)secci?on(es)?(_|$)/, "seccion"],
  [/(^|_)comunas?(_|$)/, "comuna"],
  [/(^|_)(departamento|depto|dpto|partido)s?(_|$)/, "departamento"],
  [/(^|_)provincias?(_|$)/, "provincia"],
  [/(^|_)municipios?(_|$)/, "municipio"],
  [/(^|_)localidad(es)?(_|$)/, "localidad"],
  [/(^|_)fraccion(es)?(_|$)/, "fraccion"],
  [/(^|_)radios?(_censal)?(_|$)/, "radio"],
  [/(^|_)(entidad|clave_ent|cve_ent)(_|$)/, "entidad"],
];

/** The territorial level a column name tells (`departamento_id` → departamento), or null. */
const levelOf = (label: string): TerritoryLevel | null => {
  const key = labelKey(label.replace(/(\p{Ll})(\p{Lu})/gu, "$1_$2"));
  for (const [re, level] of LEVEL_WORDS) if (re.test(key)) return level;
  return null;
};

/**
 * Checks the values of each dimension column against the standard's code lists: a spelling no rule maps
 * gives `disaggregation/unmapped-value`, a code not in the allowed lists `disaggregation/value-outside-code-list`
 * (one error per distinct value, at its first row, with its count). Territory columns are checked against the
 * lists of their level (`barrio` → the city's barrio list) and skipped when the standard has none.
 *
 * @example
 * ```ts
 * const report = await validateTable("sexo,edad\nF,15 a 24\nmasc,7 a 3\n", { checks: [codeListCheck()] });
 * report.tasks[0]?.errors.map((e) => e.type); //=> ["disaggregation/unmapped-value"]
 * ```
 */
export function codeListCheck(options: DisaggregationCheckOptions = {}): Check {
  const max = options.maxErrors ?? 50;
  let s: CheckSetup | null = null;
  const seen = new Map<string, Seen>();
  let wrongKept = 0;
  const columns: Array<{
    index: number;
    dimension: string;
    label: string;
    lists: string[];
    check: (code: string) => boolean;
  }> = [];
  return {
    name: "disaggregation/code-list-values",
    issues: disaggregationIssues,
    onStart(ctx) {
      s = setup(ctx, options);
      for (const col of s.layout.long) {
        const dim = s.dims[col.dimension];
        if (!dim) continue;
        let lists = dim.lists;
        if (col.dimension === "territory") {
          const level = levelOf(col.label);
          lists = level ? lists.filter((l) => l.level === level) : [];
          if (lists.length === 0) continue;
        }
        columns.push({
          index: col.index,
          dimension: col.dimension,
          label: col.label,
          lists: lists.map((l) => l.id),
          check: (code) =>
            code.startsWith("_") ||
            lists.some((l) => isInCodeList(l, code)) ||
            // A single age (`Y34`) is microdata, not a band: it is binned when aggregated.
            (col.dimension === "age" && /^Y\d+$/.test(code)),
        });
      }
      for (const g of s.layout.wide)
        for (const p of g.parts)
          if (!s.dims[g.dimension]?.lists.some((l) => isInCodeList(l, p.code)) && !p.code.startsWith("_"))
            report(
              ctx,
              s,
              { column: p.index, raw: p.label, code: p.code, count: 1, firstRow: 1, cells: "" },
              g.dimension,
              p.label,
              s.dims[g.dimension]?.lists.map((l) => l.id) ?? [],
              null,
            );
    },
    onRow(row, ctx) {
      if (!s || row.blank) return;
      for (const c of columns) {
        const raw = row.cells[c.index] ?? "";
        const k = valueKey(c.index, raw);
        const hit = seen.get(k);
        if (hit) {
          hit.count++;
          continue;
        }
        const r = s.normalisers.get(c.index)?.(raw);
        if (!r) continue;
        const bad = r.code === null || !c.check(r.code);
        // Values that are fine are remembered too, up to MAX_SEEN; wrong ones until `max` of them are
        // kept (the report names no more), so memory stays bounded whatever the column holds.
        if (seen.size >= MAX_SEEN && !(bad && wrongKept < max)) continue;
        if (bad) wrongKept++;
        const shown = raw.length > MAX_VALUE_LENGTH ? `${raw.slice(0, MAX_VALUE_LENGTH)}…` : raw;
        seen.set(ownCopy(k), {
          column: c.index,
          raw: ownCopy(shown),
          code: r.code,
          count: 1,
          firstRow: row.rowNumber,
          cells: bad ? ctx.mask(shown, c.index) : "",
        });
      }
    },
    onFinish(ctx) {
      if (!s) return;
      let reported = 0;
      for (const v of seen.values()) {
        const c = columns.find((x) => x.index === v.column);
        if (!c || (v.code !== null && c.check(v.code))) continue;
        if (reported++ >= max) break;
        report(ctx, s, v, c.dimension, c.label, c.lists, v.firstRow);
      }
    },
  };
}

function report(
  ctx: CheckContext,
  s: CheckSetup,
  v: Seen,
  dimension: string,
  label: string,
  lists: readonly string[],
  rowNumber: number | null,
): void {
  const territory = dimension === "territory";
  const unmapped = v.code === null;
  ctx.report(
    tableError(unmapped ? "disaggregation/unmapped-value" : "disaggregation/value-outside-code-list", {
      severity: territory ? "warning" : "error",
      tags:
        rowNumber === null
          ? ["#disaggregation", "#table", "#header"]
          : ["#disaggregation", "#table", "#row", "#cell"],
      rowNumber,
      fieldNumber: v.column + 1,
      fieldName: label,
      cell: rowNumber === null ? v.raw : v.cells,
      note: unmapped ? `no ${dimension} code for this value` : `code "${v.code}" not in ${lists.join(", ")}`,
      params: {
        dimension,
        label: dimLabel(s, dimension),
        code: v.code,
        count: v.count,
        lists: lists.join(", "),
        hint: hints(ctx.lang)(unmapped ? "hint.unmapped-value" : "hint.value-outside-code-list"),
      },
    }),
  );
}
