import { type Lang, numberWords, translator } from "@ciudata/core";
import { AGE_PRESETS, type AgePresetName, describeAgeCode, SDMX_SEX } from "@ciudata/disaggregation";
import {
  type AreaLayer,
  type CoverageCell,
  type CoverageTable,
  choropleth,
  coverageMapData,
  coverageTable,
  matchPopulation,
  type PopulationMatch,
} from "@ciudata/geo";
import { type CoverageFileResult, coverageFile, readPopulationFile } from "@ciudata/geo/node";
import { formatCsvRow } from "@ciudata/table";
import type { CommandContext, Outcome, ParsedArgs, Printable } from "../../declare";
import { type Block, type Doc, docHtml } from "../../doc";
import { UsageError } from "../../errors";
import { EXIT_OK } from "../../exit-codes";
import { asUsageError, escapeFormulas, userPath, writeOutput } from "../../io";
import { localized } from "../../messages";
import { geoCoverageMessages } from "../../messages/geo-coverage";
import { ioMessages } from "../../messages/io";

/** What `geo coverage` needs from `geo`'s shared start: the flags read, the areas, the scan options. */
export interface CoverageInput {
  target: string;
  areasPath: string;
  layer: AreaLayer;
  flag: (name: string) => string | undefined;
  scan: Record<string, string>;
}

/**
 * Runs `ciudata geo coverage`: counts the rows per territory (points assigned as `geo assign` does, or a
 * territory column), optionally per `--by` cell, joins `--population`, suppresses small cells like
 * `ciudata suppress`, and prints the table ranked by coverage gap; `--out` writes it as a long CSV.
 */
export async function runCoverage(
  args: ParsedArgs,
  ctx: CommandContext,
  input: CoverageInput,
): Promise<Outcome> {
  const { flag, layer } = input;
  const { t } = translator(geoCoverageMessages, ctx.lang);
  const threshold = flag("threshold") === undefined ? 5 : Number(flag("threshold"));
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new UsageError({ kind: "custom", message: localized(geoCoverageMessages, "badThreshold") });
  const ageBands = flag("age-bands") ?? "un-amplio";
  if (!(ageBands in AGE_PRESETS))
    throw new UsageError({
      kind: "custom",
      message: localized(geoCoverageMessages, "badAgeBands", {
        value: ageBands,
        choices: Object.keys(AGE_PRESETS).join(", "),
      }),
    });
  const by = (flag("by") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const populationPath = flag("population");
  const out = flag("out");
  let counts: CoverageFileResult;
  let population: PopulationMatch | undefined;
  let populationColumns: { code: string; count: string } | undefined;
  try {
    counts = await coverageFile(userPath(ctx, input.target), layer, {
      ...input.scan,
      by,
      ageBands: ageBands as AgePresetName,
    });
    if (populationPath !== undefined) {
      const code = flag("population-code");
      const count = flag("population-count");
      const rows = await readPopulationFile(userPath(ctx, populationPath), {
        ...(code === undefined ? {} : { code }),
        ...(count === undefined ? {} : { count }),
      });
      population = matchPopulation(counts.territories, rows.rows, populationPath);
      populationColumns = rows.columns;
    }
  } catch (error) {
    throw asUsageError(error);
  }
  const table = coverageTable(counts, { threshold, ...(population === undefined ? {} : { population }) });
  const words = numberWords(ctx.lang);
  // Rates below 1 per 1,000 (hospitals, schools) keep two significant digits instead of showing 0.
  const rate = (r: number | null) =>
    r === null
      ? ""
      : words.number(r, r > 0 && r < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 });
  const shown = (c: CoverageCell) => (c.value === null ? t("hidden") : words.number(c.value));
  const cellLabel = (codes: readonly string[]) =>
    codes.map((code, i) => labelOf(code, counts.by[i]?.kind ?? "other", ctx.lang)).join(" · ");

  const head: string[] = [
    counts.source === "points" ? t("fromPoints") : t("fromColumn", { column: counts.territoryColumn ?? "" }),
    t("territories", {
      file: input.areasPath,
      count: counts.territories.length,
      code: layer.codeField ?? layer.nameField ?? "—",
    }),
    t("rows", { rows: counts.rows, counted: counts.rows - counts.unassigned, left: counts.unassigned }),
  ];
  if (counts.unknownTerritories.length > 0)
    head.push(
      t("unknownTerritories", {
        values: counts.unknownTerritories.map((u) => `«${u.value}» (${u.rows})`).join(", "),
      }),
    );
  counts.by.forEach((d, i) => {
    const n = counts.uncoded[i] ?? 0;
    if (n > 0) head.push(t("uncoded", { column: d.column, count: n }));
  });
  if (population !== undefined && populationPath !== undefined && populationColumns !== undefined) {
    head.push(
      t("population", {
        file: populationPath,
        code: populationColumns.code,
        count: populationColumns.count,
        found: counts.territories.length - population.missing.length,
        territories: counts.territories.length,
      }),
    );
    if (population.prefix !== null) head.push(`! ${t("prefix", { prefix: population.prefix })}`);
    if (population.missing.length > 0) head.push(t("missing", { codes: population.missing.join(", ") }));
    if (population.unmatchedRows > 0) head.push(t("unmatchedRows", { count: population.unmatchedRows }));
  }
  head.push(t("suppressed", { threshold, hidden: table.hidden }));
  if (table.rate !== null) head.push(t("cityRate", { rate: rate(table.rate) }));
  const byCode = new Map(table.rows.map((r) => [r.code, r]));
  if (table.zero.length > 0)
    head.push(t("zero", { names: table.zero.map((c) => byCode.get(c)?.name ?? c).join(", ") }));

  // Ranked territories first, then the ones whose total is hidden (unranked), by code.
  const ordered = [
    ...table.ranking.map((c) => byCode.get(c)),
    ...table.rows.filter((r) => r.rank === null),
  ].filter((r) => r !== undefined);
  const withPopulation = population !== undefined;
  const rankHead = [
    t("head.rank"),
    t("head.code"),
    t("head.name"),
    t("head.rows"),
    ...(withPopulation ? [t("head.residents"), t("head.rate"), t("head.gap")] : []),
  ];
  const rankRows = ordered.map((r) => [
    r.rank === null ? "" : String(r.rank),
    r.code,
    r.name,
    shown(r.total),
    ...(withPopulation
      ? [
          r.residents === null ? "" : words.number(r.residents),
          rate(r.rate),
          r.gap === null ? "" : words.number(r.gap),
        ]
      : []),
  ]);
  rankRows.push([
    "",
    "",
    t("totalRow"),
    shown(table.total),
    ...(withPopulation ? ["", rate(table.rate), ""] : []),
  ]);
  const cellBlocks: Block[] =
    counts.by.length === 0
      ? []
      : [
          { kind: "heading", text: t("cellsHeading") },
          {
            kind: "table",
            head: [t("head.code"), t("head.name"), ...table.cells.map(cellLabel), t("head.total")],
            rows: [
              ...table.rows.map((r) => [r.code, r.name, ...r.cells.map(shown), shown(r.total)]),
              ["", t("totalRow"), ...table.totals.map(shown), shown(table.total)],
            ],
          },
        ];
  const wrote: string[] = [];
  if (out !== undefined) {
    const path = await writeOutput(ctx, out, csv(table, counts, escapeFormulas(args)), {
      inputs: [input.target, input.areasPath, ...(populationPath === undefined ? [] : [populationPath])],
    });
    wrote.push(translator(ioMessages, ctx.lang).t("wrote", { path }));
  }
  const doc = (map: boolean): Doc => ({
    title: t("title", { file: input.target }),
    lang: ctx.lang,
    blocks: [
      ...head.map((text): Block => ({ kind: "paragraph", text })),
      ...(map ? mapBlocks() : []),
      { kind: "heading", text: withPopulation ? t("ranking") : t("rankingByCount") },
      { kind: "table", head: rankHead, rows: rankRows },
      ...cellBlocks,
      ...wrote.map((text): Block => ({ kind: "paragraph", text })),
    ],
  });
  // The same values as the table: rates (or counts), suppressed where the table hides the total.
  const mapBlocks = (): Block[] => {
    const measure = withPopulation ? t("mapRate") : t("mapCount");
    const svg = choropleth(layer.areas, coverageMapData(table), { lang: ctx.lang, measure, threshold });
    return [
      { kind: "heading", text: t("map") },
      { kind: "figure", text: measure, svg },
    ];
  };
  const report: Printable = {
    json: () => ({
      file: input.target,
      areas: input.areasPath,
      source: counts.source,
      territoryColumn: counts.territoryColumn,
      read: counts.rows,
      unassigned: counts.unassigned,
      unknownTerritories: counts.unknownTerritories,
      uncoded: counts.uncoded,
      ...(population === undefined
        ? {}
        : {
            population: {
              file: populationPath,
              columns: populationColumns,
              prefix: population.prefix,
              missing: population.missing,
              unmatchedRows: population.unmatchedRows,
            },
          }),
      ...table,
      ...(out === undefined ? {} : { out: userPath(ctx, out) }),
    }),
    doc: () => doc(false),
    // The map only in HTML: in text and Markdown the ranking table says it all.
    html: () => docHtml(doc(true)),
  };
  return { exitCode: EXIT_OK, report };
}

/** A cell code in words: sex and age through the disaggregation code lists, others as written. */
function labelOf(code: string, kind: string, lang: Lang): string {
  if (kind === "age") return describeAgeCode(code)[lang];
  if (kind === "sex") return SDMX_SEX.codes.find((c) => c.id === code)?.label[lang] ?? code;
  return code;
}

/**
 * The table as a long CSV: one line per territory and cell, then the territory's total (`_T` in the
 * `by` columns), then the totals (territory `_T`); a hidden count is empty with OBS_STATUS `Q`, as
 * `ciudata suppress` writes it.
 */
function* csv(table: CoverageTable, counts: CoverageFileResult, formulas: boolean): Generator<string> {
  const dialect = { delimiter: ",", lineTerminator: "\n" as const, escapeFormulas: formulas };
  const by = counts.by.map((d) => d.column);
  const line = (cells: readonly string[]) => `${formatCsvRow(cells, dialect)}\n`;
  yield line([
    "territorio_codigo",
    "territorio_nombre",
    ...by,
    "OBS_VALUE",
    "OBS_STATUS",
    "poblacion",
    "tasa_por_1000",
  ]);
  const value = (c: CoverageCell) => [c.value === null ? "" : String(c.value), c.value === null ? "Q" : "A"];
  const total = by.map(() => "_T");
  for (const r of table.rows) {
    const residents = r.residents === null ? "" : String(r.residents);
    if (by.length > 0)
      for (const [i, cell] of r.cells.entries())
        yield line([r.code, r.name, ...(table.cells[i] ?? []), ...value(cell), residents, ""]);
    yield line([
      r.code,
      r.name,
      ...total,
      ...value(r.total),
      residents,
      r.rate === null ? "" : r.rate.toFixed(3),
    ]);
  }
  if (by.length > 0)
    for (const [i, cell] of table.totals.entries())
      yield line(["_T", "", ...(table.cells[i] ?? []), ...value(cell), "", ""]);
  yield line([
    "_T",
    "",
    ...total,
    ...value(table.total),
    "",
    table.rate === null ? "" : table.rate.toFixed(3),
  ]);
}
