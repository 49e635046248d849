import { labelKey } from "@ciudata/core";
import { type Check, type CheckContext, ownCopy, tableError } from "@ciudata/table";
import { isInCodeList } from "../../codelists/registry";
import { territoryScheme } from "../../codelists/schemes";
import type { CodeList, TerritoryLevel } from "../../codelists/types";
import { disaggregationIssues } from "../../messages/issues";
import { createNormaliser, MAX_VALUE_LENGTH } from "../../normalise/normaliser";
import { detectTerritoryCodeList, type TerritoryCandidate, territoryLists } from "../../normalise/territory";
import { type CheckSetup, type DisaggregationCheckOptions, dimLabel, hints, setup } from "../_shared/context";

interface Seen {
  column: number;
  raw: string;
  code: string | null;
  count: number;
  firstRow: number;
  cells: string;
  /** A territory name not coded: the codes it could stand for. */
  candidates?: readonly TerritoryCandidate[] | undefined;
}

/** Distinct values remembered with their counts; past this, only wrong values are (up to `maxErrors`). */
const MAX_SEEN = 20_000;

/**
 * The key of a value in its column: a value too long to be any code is known by its start and length, so a
 * huge cell is neither copied nor compared whole.
 */
const valueKey = (raw: string): string =>
  raw.length > MAX_VALUE_LENGTH ? `${raw.slice(0, MAX_VALUE_LENGTH)}\u0000${raw.length}` : raw;

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
 * lists of their level (`barrio` → the city's barrio list) and skipped when the standard has none. A territory
 * name is coded with the chosen country's lists (`codelist`, or the standard's `territoryCodeList`), else with the
 * one country list that names nearly all the column's values; a name left uncoded because it belongs to a list
 * not chosen (or to several) gives `disaggregation/territory-not-coded` with its candidates.
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
  // The distinct values in order of first appearance, and per column (by position in `columns`) by key.
  const seen: Seen[] = [];
  let byColumn: Array<Map<string, Seen>> = [];
  let wrongKept = 0;
  const columns: Array<{
    index: number;
    dimension: string;
    label: string;
    lists: string[];
    check: (code: string) => boolean;
    /** A territory column with no list chosen: its list is detected from its values at the end. */
    detect?: { level: TerritoryLevel | null; lists: readonly CodeList[] };
  }> = [];
  const chosen = options.codelist ?? options.standard?.territoryCodeList;
  const scheme = chosen === undefined ? undefined : territoryScheme(chosen);
  const inList = (lists: readonly CodeList[], dimension: string) => (code: string) =>
    code.startsWith("_") ||
    lists.some((l) => isInCodeList(l, code)) ||
    // A single age (`Y34`) is microdata, not a band: it is binned when aggregated.
    (dimension === "age" && /^Y\d+$/.test(code));
  /** Detects a territory column's country list from the values seen and codes them with it. */
  const codeDetected = (
    c: (typeof columns)[number],
    d: { level: TerritoryLevel | null; lists: readonly CodeList[] },
  ) => {
    const values = seen.filter((v) => v.column === c.index);
    const found = detectTerritoryCodeList(values.map((v) => [v.raw, v.count] as const)).codelist;
    const detected = found === null ? undefined : territoryScheme(found);
    if (!detected) return;
    const normalise = createNormaliser("territory", {
      ...(s ? { standard: s.standard } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
      codelist: detected.id,
    });
    for (const v of values) {
      const r = normalise(v.raw);
      v.code = r.code;
      v.candidates = r.candidates;
    }
    const lists = d.level ? territoryLists(d.lists, detected).filter((l) => l.level === d.level) : [];
    c.lists = lists.map((l) => l.id);
    c.check = inList(lists, "territory");
  };
  return {
    name: "disaggregation/code-list-values",
    issues: disaggregationIssues,
    onStart(ctx) {
      s = setup(ctx, options);
      for (const col of s.layout.long) {
        const dim = s.dims[col.dimension];
        if (!dim) continue;
        let lists = dim.lists;
        const level = col.dimension === "territory" ? levelOf(col.label) : null;
        if (col.dimension === "territory") {
          lists = territoryLists(dim.lists, scheme);
          lists = level ? lists.filter((l) => l.level === level) : [];
          if (lists.length === 0 && scheme) continue;
        }
        columns.push({
          index: col.index,
          dimension: col.dimension,
          label: col.label,
          lists: lists.map((l) => l.id),
          check: inList(lists, col.dimension),
          ...(col.dimension === "territory" && !scheme ? { detect: { level, lists: dim.lists } } : {}),
        });
      }
      byColumn = columns.map(() => new Map());
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
      for (let ci = 0; ci < columns.length; ci++) {
        const c = columns[ci] as (typeof columns)[number];
        const raw = row.cells[c.index] ?? "";
        const k = valueKey(raw);
        const known = byColumn[ci] as Map<string, Seen>;
        const hit = known.get(k);
        if (hit) {
          hit.count++;
          continue;
        }
        const r = s.normalisers.get(c.index)?.(raw);
        if (!r) continue;
        const bad = r.code === null || !c.check(r.code);
        // Values that are fine are remembered too, up to MAX_SEEN; wrong ones until `max` of them are
        // kept (the report names no more), so memory stays bounded whatever the column holds.
        if (seen.length >= MAX_SEEN && !(bad && wrongKept < max)) continue;
        if (bad) wrongKept++;
        const shown = raw.length > MAX_VALUE_LENGTH ? `${raw.slice(0, MAX_VALUE_LENGTH)}…` : raw;
        const value: Seen = {
          column: c.index,
          raw: ownCopy(shown),
          code: r.code,
          count: 1,
          firstRow: row.rowNumber,
          cells: bad ? ctx.mask(shown, c.index) : "",
          candidates: r.candidates,
        };
        seen.push(value);
        known.set(ownCopy(k), value);
      }
    },
    onFinish(ctx) {
      if (!s) return;
      for (const c of columns) if (c.detect) codeDetected(c, c.detect);
      let reported = 0;
      for (const v of seen) {
        const c = columns.find((x) => x.index === v.column);
        if (!c) continue;
        // An uncoded territory name of a list not chosen is reported whatever its level's lists.
        if (v.code === null && v.candidates?.length) {
          if (reported++ >= max) break;
          notCoded(ctx, v, c.label);
          continue;
        }
        if ((c.dimension === "territory" && c.lists.length === 0) || (v.code !== null && c.check(v.code)))
          continue;
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

/** A territory name left uncoded because it is in a list not chosen (or in several): named with its candidates. */
function notCoded(ctx: CheckContext, v: Seen, label: string): void {
  const candidates = (v.candidates ?? []).map((c) => `${c.name} (${c.country} ${c.code})`).join(" / ");
  ctx.report(
    tableError("disaggregation/territory-not-coded", {
      severity: "warning",
      tags: ["#disaggregation", "#table", "#row", "#cell"],
      rowNumber: v.firstRow,
      fieldNumber: v.column + 1,
      fieldName: label,
      cell: v.cells,
      note: `"${v.raw}" is not coded: ${candidates}`,
      params: {
        value: v.raw,
        candidates,
        count: v.count,
        hint: hints(ctx.lang)("hint.territory-not-coded"),
      },
    }),
  );
}
