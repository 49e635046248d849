import { type Lang, maskCell, translator } from "@ciudata/core";
import {
  type AuditEntry,
  aggregateJson,
  aggregateRows,
  aggregateTable,
  createNormaliser,
  type DisaggregationCheckOptions,
  detectLayout,
  detectTerritoryCodeList,
  disaggregationChecks,
  type Mapping,
  mendozaStandard,
  NormaliseAudit,
  type Normaliser,
  type Standard,
  type TerritoryChoice,
  territoryLevelsOf,
  withCodeList,
} from "@ciudata/disaggregation";
import { loadBarrioList, loadMapping, loadStandard } from "@ciudata/disaggregation/node";
import { secondLevelLists } from "@ciudata/disaggregation/territories";
import {
  type Check,
  type Masking,
  type ReadLimits,
  type Report,
  type TableError,
  validateTable,
  writeCsv,
} from "@ciudata/table";
import { issueText } from "../../catalogs";
import type { CommandContext, Handler, LocalizedText, Outcome, ParsedArgs, Printable } from "../../declare";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { EXIT_INVALID, EXIT_UNREADABLE, isUnreadable } from "../../exit-codes";
import {
  escapeFormulas,
  exitCodeOf,
  openInput,
  printReport,
  refuseOverwrite,
  userPath,
  writeOutput,
} from "../../io";
import { localized, perLang } from "../../messages";
import { disaggregationMessages } from "../../messages/disaggregation";
import { readLimitErrors, readLimits } from "../_limits";
import { maskingOf } from "../_masking";
import { reportNotes } from "../_report-text";
import { type AssignedTable, assignFromCoordinates } from "./from-coordinates";

const custom = (message: LocalizedText) => new UsageError({ kind: "custom", message });

/**
 * Runs `ciudata disaggregation check|normalize|aggregate`: reads the standard, barrio list and mapping
 * given, then checks, normalises or aggregates the table; the CLI prints the report or summary returned.
 */
export const runDisaggregation: Handler = async (args, ctx) => {
  const [sub, target] = args.positionals as [Sub, string];
  const flag = (name: string) =>
    typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
  // No output may be one of the files read: checked before reading any of them.
  refuseOverwrite(
    ctx,
    [flag("out"), flag("mapping-out")],
    [target, flag("standard"), flag("barrios"), flag("mapping")],
  );
  const limits = readLimits(args);
  const options = {
    ...(await commonOptions(flag, ctx, target, escapeFormulas(args))),
    limits,
    masking: maskingOf(args),
  };
  switch (sub) {
    case "check":
      return check(target, options, args, ctx);
    case "normalize":
      return normalize(target, options, flag, ctx);
    default:
      return aggregate(target, options, flag, ctx);
  }
};

type Sub = "check" | "normalize" | "aggregate";
type Flag = (name: string) => string | undefined;
interface Common {
  /** Which columns' values reports mask (personal ones always; all with `--mask-all`). */
  masking?: Masking;
  /** Every file read, so no output is written over one. */
  inputs: string[];
  /** Escape formula-leading cells in CSV output (unless `--no-formula-escape`). */
  escapeFormulas: boolean;
  standard: Standard;
  mapping?: Mapping;
  checks: DisaggregationCheckOptions;
  /** The country's territory code list from `--codelist`. */
  codelist?: string;
  encoding?: string;
  /** Reader limits from `--limit`. */
  limits?: Partial<ReadLimits>;
}

function problems(what: LocalizedText, errors: readonly TableError[]): UsageError {
  return custom(
    perLang((lang) => [`${what[lang]}:`, ...errors.map((e) => `  ${issueText(e, lang)}`)].join("\n")),
  );
}

async function commonOptions(
  flag: Flag,
  ctx: CommandContext,
  target: string,
  escapeCsv: boolean,
): Promise<Common> {
  const inputs = [target, flag("standard"), flag("barrios"), flag("mapping")].filter(
    (p): p is string => p !== undefined,
  );
  let standard = mendozaStandard();
  const standardPath = flag("standard");
  if (standardPath) {
    const r = await loadStandard(userPath(ctx, standardPath));
    if (!r.ok) throw problems(localized(disaggregationMessages, "badStandard", { standardPath }), r.errors);
    standard = r.standard;
  }
  const barrios = flag("barrios");
  if (barrios) {
    const r = await loadBarrioList(userPath(ctx, barrios));
    if (!r.ok) throw problems(localized(disaggregationMessages, "badBarrios", { barrios }), r.errors);
    standard = withCodeList(standard, r.list);
  }
  let mapping: Mapping | undefined;
  const mappingPath = flag("mapping");
  if (mappingPath) {
    const r = await loadMapping(userPath(ctx, mappingPath));
    if (!r.ok) throw problems(localized(disaggregationMessages, "badMapping", { mappingPath }), r.errors);
    mapping = r.mapping;
  }
  const letters = flag("sex-letters") as "dni" | "curp" | undefined;
  const codelist = flag("codelist");
  const dataset = flag("dataset");
  if (dataset !== undefined && !standard.datasets[dataset])
    throw custom(
      localized(disaggregationMessages, "unknownDataset", {
        dataset,
        value: Object.keys(standard.datasets).join(", "),
      }),
    );
  const checks: DisaggregationCheckOptions = {
    standard,
    ...(mapping ? { mapping } : {}),
    ...(letters ? { sexLetters: letters } : {}),
    ...(dataset ? { dataset } : {}),
    ...(codelist ? { codelist } : {}),
  };
  const encoding = flag("encoding");
  return {
    inputs,
    escapeFormulas: escapeCsv,
    standard,
    ...(mapping ? { mapping } : {}),
    checks,
    ...(codelist ? { codelist } : {}),
    ...(encoding ? { encoding } : {}),
  };
}

/** Candidates of an uncoded territory name, as people read them: `Junín (AR 50035) / Junín (PE 12)`. */
const candidateText = (e: AuditEntry): string =>
  (e.candidates ?? []).map((c) => `${c.name} (${c.country} ${c.code})`).join(" / ");

/**
 * What people must know about the territory columns: the list detected (a guess, said as one) or none, and
 * the names left uncoded with the codes they could stand for (never applied).
 */
function territoryNotes(
  choices: readonly TerritoryChoice[],
  entries: readonly AuditEntry[],
  lang: Lang,
): string[] {
  const { t } = translator(disaggregationMessages, lang);
  const lines: string[] = [];
  for (const c of choices)
    if (c.how === "detected" && c.codelist)
      lines.push(t("territoryDetected", { column: c.column, codelist: c.codelist, share: c.share ?? 1 }));
  const uncoded = uncodedTerritories(entries);
  for (const c of choices)
    if (c.how === "none" && uncoded.some((e) => e.column === c.column))
      lines.push(t("territoryNone", { column: c.column }));
  for (const e of uncoded.slice(0, 20))
    lines.push(`  ${t("notCoded", { value: e.raw, candidates: candidateText(e), count: e.count })}`);
  const padded = entries.filter((e) => e.dimension === "territory" && e.rule === "padded" && e.code !== null);
  for (const e of padded.sort((a, b) => b.count - a.count).slice(0, 20))
    lines.push(`  ${t("padded", { value: e.raw, code: e.code as string, count: e.count })}`);
  return lines;
}

/**
 * The territory options of a column: the second-level lists (districts, municipalities; only the chosen
 * country's code a value) and the levels its header names, so `LIMA` in a district column is the district.
 */
const territoryOptions = (dimension: string, column: string) =>
  dimension === "territory" ? { territoryLists: secondLevelLists(), levels: territoryLevelsOf(column) } : {};

/** Territory names left uncoded though a list names them (another country's, or several codes). */
const uncodedTerritories = (entries: readonly AuditEntry[]): AuditEntry[] =>
  entries
    .filter((e) => e.dimension === "territory" && e.code === null && (e.candidates?.length ?? 0) > 0)
    .sort((a, b) => b.count - a.count);

async function check(target: string, o: Common, args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const input = await openInput(target, ctx);
  const limitErrors = readLimitErrors(args);
  const report = await validateTable(input, {
    lang: ctx.lang,
    checks: disaggregationChecks(o.checks),
    pickErrors: ["#disaggregation", "#source"],
    ...(limitErrors === undefined ? {} : { limitErrors }),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.limits ? { limits: o.limits } : {}),
    ...(o.masking ? { masking: o.masking } : {}),
  });
  const printable = checkPrintable(
    report,
    "check",
    target,
    ctx.lang,
    wideLines(report, o.standard, ctx.lang),
  );
  // check's --out is its report, in the format of its extension (or --format): written like any report.
  if (typeof args.flags.out === "string") {
    await printReport(ctx, args, printable, { outIsReport: true, inputs: o.inputs });
    return exitCodeOf(report);
  }
  return { exitCode: exitCodeOf(report), report: printable };
}

/**
 * What the headers of a wide table carry (`Varón`, `Mujer` and their `Total`), one line per group: said even when
 * nothing is wrong, so a reader knows the dimension was seen and its totals checked row by row.
 */
function wideLines(report: Report, standard: Standard, lang: Lang): string[] {
  const { t } = translator(disaggregationMessages, lang);
  const labels = report.tasks[0]?.labels ?? [];
  if (labels.length === 0) return [];
  return detectLayout(labels, { standard }).wide.map((g) => {
    const name = standard.dimensions[g.dimension]?.label;
    const dimension = typeof name === "string" ? name : ((name?.[lang] ?? name?.es ?? g.dimension) as string);
    const parts = g.parts.map((p) => p.label).join(", ");
    return g.total
      ? t("wideChecked", { dimension, parts, total: g.total.label })
      : t("wideNoTotal", { dimension, parts });
  });
}

/** A table report as the disaggregation commands print it (also when the input cannot be read). */
function checkPrintable(
  report: Report,
  sub: Sub,
  target: string,
  lang: Lang,
  layout: readonly string[] = [],
): Printable {
  const { t } = translator(disaggregationMessages, lang);
  const errors = [...report.errors, ...report.tasks.flatMap((task) => task.errors)];
  // Worded by the CLI's catalogs (validateTable words only the table's own issue types).
  const lines = errors.map((e) => `${e.severity === "error" ? "✗" : "!"} ${issueText(e, lang)}`);
  // A capped list says, in the user's language, how many findings of each type it left out.
  for (const note of reportNotes(report, lang)) lines.push(`! ${note}`);
  const counts = t("counts", { errors: report.stats.errors, warnings: report.stats.warnings });
  return {
    json: () => report,
    text: () =>
      errors.length === 0
        ? `${[...layout, t("ok")].join("\n")}\n`
        : `${[...layout, ...lines, counts].join("\n")}\n`,
    doc: () => ({
      title: t("title", { sub, file: target }),
      lang,
      blocks: [
        ...layout.map((text): Block => ({ kind: "paragraph", text })),
        ...(errors.length === 0
          ? [{ kind: "paragraph", text: t("ok") } as const]
          : [{ kind: "paragraph", text: counts } as const, { kind: "list", items: lines } as const]),
      ],
    }),
  };
}

/** A summary: its lines as text, a title and blocks for Markdown and HTML, and its data as JSON. */
function summary(
  title: string,
  lang: Lang,
  lines: readonly string[],
  blocks: readonly Block[],
  data: () => unknown,
): Printable {
  return { json: data, text: () => `${lines.join("\n")}\n`, doc: () => ({ title, lang, blocks }) };
}

async function normalize(target: string, o: Common, flag: Flag, ctx: CommandContext): Promise<Outcome> {
  const out = flag("out");
  if (!out) throw new UsageError({ kind: "missing-value", flag: "--out" });
  const audit = new NormaliseAudit();
  const rows: string[][] = [];
  let header: string[] = [];
  // The runner's mask: a personal column's value is masked, a public one (a territory name) shown as is.
  let mask: (cell: string, field?: number) => string = maskCell;
  let columns: Array<{
    index: number;
    dimension: string;
    label: string;
    normalise: Normaliser;
    /** A territory column with no list chosen: coded once its list is detected from all its values. */
    deferred?: Map<string, { count: number; firstRow: number }>;
    /** The index of the territory column that encloses this one (a province before its districts). */
    parent?: number;
  }> = [];
  const chosen = o.codelist ?? o.standard.territoryCodeList;
  const collector: Check = {
    name: "disaggregation/normalize",
    onStart(c) {
      header = [...c.labels];
      mask = c.mask;
      const layout = detectLayout(header, { standard: o.standard, fields: c.fields });
      columns = layout.long.map((col) => ({
        index: col.index,
        dimension: col.dimension,
        label: col.label,
        normalise: createNormaliser(col.dimension, {
          standard: o.standard,
          ...(o.mapping ? { mapping: o.mapping } : {}),
          ...(o.checks.sexLetters ? { sexLetters: o.checks.sexLetters } : {}),
          ...(o.codelist ? { codelist: o.codelist } : {}),
          ...territoryOptions(col.dimension, col.label),
        }),
        ...(col.dimension === "territory" && chosen === undefined ? { deferred: new Map() } : {}),
      }));
      // A territory column after another (DEPARTAMENTO, then DISTRITO) reads that one as its parent.
      let previous: number | undefined;
      for (const col of columns)
        if (col.dimension === "territory") {
          if (previous !== undefined) col.parent = previous;
          previous = col.index;
        }
      for (const g of layout.wide)
        for (const p of g.parts)
          audit.record(g.dimension, p.label, p.label, { code: p.code, rule: "synonym" }, 1);
    },
    onRow(row) {
      if (row.blank) return;
      const cells = [...row.cells];
      for (const col of columns) {
        const raw = cells[col.index] ?? "";
        if (col.deferred) {
          const seen = col.deferred.get(raw);
          if (seen) seen.count++;
          else col.deferred.set(raw, { count: 1, firstRow: row.rowNumber });
          continue;
        }
        const r = col.normalise(raw, col.parent === undefined ? undefined : row.cells[col.parent]);
        audit.record(col.dimension, col.label, raw, r, row.rowNumber);
        if (r.code !== null) cells[col.index] = r.code;
      }
      rows.push(cells);
    },
  };
  const input = await openInput(target, ctx);
  const report = await validateTable(input, {
    lang: ctx.lang,
    checks: [collector],
    pickErrors: ["#source"],
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.limits ? { limits: o.limits } : {}),
    ...(o.masking ? { masking: o.masking } : {}),
  });
  if (isUnreadable(report))
    return { exitCode: EXIT_UNREADABLE, report: checkPrintable(report, "normalize", target, ctx.lang) };
  const territory: TerritoryChoice[] = [];
  for (const col of columns) {
    if (col.dimension !== "territory") continue;
    if (!col.deferred) {
      territory.push({
        column: col.label,
        codelist: chosen ?? null,
        how: o.codelist ? "option" : "standard",
      });
      continue;
    }
    // The column's list is detected from all its values, then each distinct value coded once.
    const detection = detectTerritoryCodeList(
      [...col.deferred].map(([raw, v]) => [raw, v.count] as const),
      { lists: secondLevelLists() },
    );
    const normalise = createNormaliser("territory", {
      standard: o.standard,
      ...(o.mapping ? { mapping: o.mapping } : {}),
      ...(detection.codelist ? { codelist: detection.codelist } : {}),
      ...territoryOptions("territory", col.label),
    });
    const codes = new Map<string, string | null>();
    for (const [raw, v] of col.deferred) {
      const r = normalise(raw);
      audit.record("territory", col.label, raw, r, v.firstRow, v.count);
      codes.set(raw, r.code);
    }
    for (const cells of rows) {
      const code = codes.get(cells[col.index] ?? "");
      if (code !== undefined && code !== null) cells[col.index] = code;
    }
    const share = detection.shares.find((x) => x.codelist === detection.codelist)?.share;
    territory.push({
      column: col.label,
      codelist: detection.codelist,
      how: detection.codelist ? "detected" : "none",
      ...(share !== undefined ? { share } : {}),
    });
  }
  const csv = `${writeCsv([header, ...rows], { escapeFormulas: o.escapeFormulas })}\r\n`;
  const path = await writeOutput(ctx, out, csv, { inputs: o.inputs });
  const { t } = translator(disaggregationMessages, ctx.lang);
  const counts = audit.summary();
  // Values of personal columns are masked: a summary never prints personal data.
  const unmapped = audit.unmapped().map((e) => ({ ...e, raw: mask(e.raw, header.indexOf(e.column)) }));
  const shown = unmapped.slice(0, 20);
  const mapped = Object.entries(counts).map(([dimension, s]) =>
    t("mappedCounts", { dimension, mapped: s.mapped, unmapped: s.unmapped }),
  );
  const notes = territoryNotes(territory, audit.all(), ctx.lang);
  const lines = [
    ...mapped,
    ...shown.map((e) => `  ${e.dimension} (${e.column}): «${e.raw}» × ${e.count}`),
    ...notes,
  ];
  const blocks: Block[] = [{ kind: "list", items: mapped }];
  if (shown.length)
    blocks.push(
      { kind: "heading", text: t("unmapped") },
      {
        kind: "table",
        head: [t("dimension"), t("column"), t("value"), t("times")],
        rows: shown.map((e) => [e.dimension, e.column, `«${e.raw}»`, String(e.count)]),
      },
    );
  const mappingOut = flag("mapping-out");
  let mappingPath: string | undefined;
  if (mappingOut) {
    mappingPath = await writeOutput(ctx, mappingOut, `${JSON.stringify(audit.suggestMapping(), null, 2)}\n`, {
      inputs: o.inputs,
    });
    lines.push(t("wrote", { path: mappingPath }));
  }
  lines.push(t("wroteRows", { path, rows: rows.length }));
  blocks.push(
    ...lines.slice(mapped.length + shown.length).map((text) => ({ kind: "paragraph", text }) as const),
  );
  const data = () => ({
    out: path,
    rows: rows.length,
    dimensions: counts,
    unmapped,
    territory,
    ...(mappingPath ? { mappingOut: mappingPath } : {}),
  });
  return {
    exitCode: unmapped.length > 0 ? EXIT_INVALID : 0,
    report: summary(t("title", { sub: "normalize", file: target }), ctx.lang, lines, blocks, data),
  };
}

async function aggregate(target: string, o: Common, flag: Flag, ctx: CommandContext): Promise<Outcome> {
  const by = flag("by")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!by || by.length === 0) throw new UsageError({ kind: "missing-value", flag: "--by" });
  const thresholdText = flag("threshold");
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 0))
    throw custom(localized(disaggregationMessages, "badThreshold", { thresholdText: String(thresholdText) }));
  const out = flag("out");
  const measure = flag("measure");
  const barrios = flag("barrios");
  // No territory column but coordinates: the barrio comes from the areas (a temporary copy; the input is untouched).
  const assigned =
    barrios === undefined
      ? null
      : await assignFromCoordinates(
          userPath(ctx, target),
          userPath(ctx, barrios),
          by,
          o.standard,
          o.encoding,
        );
  try {
    return await aggregateFrom(target, o, ctx, { by, threshold, out, measure, assigned, barrios });
  } finally {
    await assigned?.remove();
  }
}

interface AggregateRun {
  by: string[];
  threshold: number | undefined;
  out: string | undefined;
  measure: string | undefined;
  assigned: AssignedTable | null;
  barrios: string | undefined;
}

async function aggregateFrom(
  target: string,
  o: Common,
  ctx: CommandContext,
  { by, threshold, out, measure, assigned, barrios }: AggregateRun,
): Promise<Outcome> {
  const input = await openInput(assigned?.path ?? target, ctx);
  const { result, report } = await aggregateTable(input, {
    by,
    standard: o.standard,
    ...(o.mapping ? { mapping: o.mapping } : {}),
    ...(o.checks.sexLetters ? { sexLetters: o.checks.sexLetters } : {}),
    ...(o.codelist ? { codelist: o.codelist } : {}),
    territoryLists: secondLevelLists(),
    ...(measure ? { measure } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    read: {
      lang: ctx.lang,
      pickErrors: ["#disaggregation", "#source"],
      // The temporary copy is UTF-8 whatever the input's encoding.
      ...(o.encoding && !assigned ? { encoding: o.encoding } : {}),
      ...(o.limits ? { limits: o.limits } : {}),
    },
  });
  if (isUnreadable(report))
    return { exitCode: EXIT_UNREADABLE, report: checkPrintable(report, "aggregate", target, ctx.lang) };
  const errors = report.tasks.flatMap((t) => t.errors);
  if (!result || result.errors.length > 0) {
    const first = errors.find((e) => e.type === "disaggregation/unknown-column") ?? result?.errors[0];
    throw custom(
      first ? perLang((lang) => issueText(first, lang)) : localized(disaggregationMessages, "notAggregated"),
    );
  }
  const { t } = translator(disaggregationMessages, ctx.lang);
  const title = t("title", { sub: "aggregate", file: target });
  const json = () => aggregateJson(result);
  const csv = () => `${writeCsv(aggregateRows(result), { escapeFormulas: o.escapeFormulas })}\r\n`;
  // A detected list is a guess and an uncoded name a question: both are said, never silent.
  const notes = territoryNotes(result.territory, result.audit.all(), ctx.lang);
  if (assigned)
    notes.unshift(
      t("assignedFromCoordinates", {
        columns: assigned.columns,
        assigned: assigned.assigned,
        unassigned: assigned.unassigned,
        areas: barrios ?? "",
      }),
    );
  const uncoded = uncodedTerritories(result.audit.all());
  const exitCode = uncoded.length > 0 ? EXIT_INVALID : 0;
  if (!out) {
    // No --out: the table itself is what is printed (CSV as text); the notes go to standard error.
    if (notes.length) ctx.io.stderr(`${notes.join("\n")}\n`);
    const [head = [], ...rows] = aggregateRows(result);
    const doc = () => ({ title, lang: ctx.lang, blocks: [{ kind: "table", head, rows } as const] });
    return { exitCode, report: { json, text: csv, doc } };
  }
  const path = await writeOutput(
    ctx,
    out,
    /\.json$/i.test(out) ? `${JSON.stringify(json(), null, 2)}\n` : csv(),
    {
      inputs: o.inputs,
    },
  );
  const counts = {
    inputRows: result.inputRows,
    cellsCount: result.cells.length,
    suppressed: result.suppressed,
    threshold: result.threshold,
  };
  const lines = [t("aggregated", counts), ...notes, t("wrote", { path })];
  const blocks = lines.map((text): Block => ({ kind: "paragraph", text }));
  const data = () => ({
    out: path,
    inputRows: result.inputRows,
    cells: result.cells.length,
    suppressed: result.suppressed,
    threshold: result.threshold,
    territory: result.territory,
    ...(assigned
      ? {
          fromCoordinates: {
            columns: assigned.columns,
            assigned: assigned.assigned,
            unassigned: assigned.unassigned,
          },
        }
      : {}),
    notCoded: uncoded.map((e) => ({
      column: e.column,
      value: e.raw,
      count: e.count,
      candidates: e.candidates ?? [],
    })),
  });
  return { exitCode, report: summary(title, ctx.lang, lines, blocks, data) };
}
