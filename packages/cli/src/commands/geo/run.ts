import { type Lang, translator } from "@ciudata/core";
import {
  type AreaLayer,
  FINDING_KINDS,
  type FindingKind,
  type GeoFinding,
  type GeoScanResult,
  KNOWN_CRS,
  normaliseCrs,
} from "@ciudata/geo";
import { readAreasFile, type ScanFileOptions, scanFile } from "@ciudata/geo/node";
import type { Handler, Outcome, Printable } from "../../declare";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { EXIT_INVALID, EXIT_OK } from "../../exit-codes";
import { asUsageError, escapeFormulas, printReport, refuseOverwrite, userPath } from "../../io";
import { geoMessages } from "../../messages/geo";
import { ioMessages } from "../../messages/io";
import { runCoarsen } from "./coarsen";
import { runCoverage } from "./coverage";

/** Rows listed per kind in text, Markdown and HTML (JSON lists all the scan kept). */
const SHOWN = 50;

/** Kinds that are a problem with the data: `geo check` exits 1 when any is found. */
const PROBLEMS: readonly FindingKind[] = [
  "territory-mismatch",
  "far-from-territory",
  "outside",
  "swapped",
  "shifted",
  "zero",
  "missing",
  "invalid",
  "out-of-range",
];

/** Rows sharing one exact point from which `geo check` reports it (a registry of people rarely has 10 at one address). */
const SHARED_POINT_ROWS = 10;

/** The flags read into the scan's options (columns, systems, encoding). */
const SCAN_FLAGS = [
  ["lat", "lat"],
  ["lon", "lon"],
  ["point", "point"],
  ["territory-field", "territory"],
  ["crs", "crs"],
  ["encoding", "encoding"],
] as const;

/**
 * Runs `ciudata geo assign|check|coverage`: reads the areas, then streams the table through `scanFile`. assign
 * writes the table with the area's code and name (to `--out`, else standard output, the summary then on
 * standard error); check prints what it found, row numbers and territory names only (never coordinates).
 */
export const runGeo: Handler = async (args, ctx) => {
  const [sub, target] = args.positionals as ["assign" | "check" | "coverage" | "coarsen", string];
  const flag = (name: string) =>
    typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
  const areasPath = flag("areas");
  if (sub === "coarsen" && areasPath === undefined)
    return runCoarsen(args, ctx, { target, areasPath, layer: undefined, flag });
  if (areasPath === undefined) throw new UsageError({ kind: "missing-value", flag: "--areas" });
  const out = flag("out");
  refuseOverwrite(
    ctx,
    [out],
    [target, areasPath, ...(flag("population") === undefined ? [] : [flag("population") as string])],
  );
  const codeField = flag("code-field");
  const areasCrs = flag("areas-crs");
  const nameField = flag("name-field");
  let layer: AreaLayer;
  try {
    layer = await readAreasFile(userPath(ctx, areasPath), {
      ...(codeField === undefined ? {} : { codeField }),
      ...(nameField === undefined ? {} : { nameField }),
      ...(areasCrs === undefined ? {} : { crs: areasCrs }),
    });
  } catch (error) {
    throw asUsageError(error);
  }
  if (sub === "coarsen") return runCoarsen(args, ctx, { target, areasPath, layer, flag });
  if (sub === "coverage") {
    const scan: Record<string, string> = {};
    for (const [name, key] of SCAN_FLAGS) {
      const value = flag(name);
      if (value !== undefined) scan[key] = value;
    }
    return runCoverage(args, ctx, { target, areasPath, layer, flag, scan });
  }
  const options: ScanFileOptions = {
    escapeFormulas: escapeFormulas(args),
    inputs: [userPath(ctx, target), userPath(ctx, areasPath)],
  };
  for (const [name, key] of SCAN_FLAGS) {
    const value = flag(name);
    if (value !== undefined) options[key] = value;
  }
  // check counts the points shared by many rows (one office address for everyone); assign stays lean.
  if (sub === "check") options.sharedPoints = SHARED_POINT_ROWS;
  const written = sub === "assign" && out !== undefined ? userPath(ctx, out) : undefined;
  if (sub === "assign") {
    if (written !== undefined) options.out = written;
    else options.sink = (text) => ctx.io.stdout(text);
  }
  let result: GeoScanResult;
  try {
    result = await scanFile(userPath(ctx, target), layer, options);
  } catch (error) {
    throw asUsageError(error);
  }
  const crs = flag("crs");
  const report = geoReport(result, layer, {
    sub,
    file: target,
    areas: areasPath,
    lang: ctx.lang,
    written,
    crs: crs === undefined ? undefined : normaliseCrs(crs),
  });
  if (sub === "assign") {
    if (written === undefined) {
      // The table went to standard output: the summary goes to standard error.
      ctx.io.stderr(report.text?.() ?? "");
      return EXIT_OK;
    }
    return { exitCode: EXIT_OK, report };
  }
  const exitCode =
    PROBLEMS.some((k) => result.counts[k] > 0) || (result.sharedPoints?.groups ?? 0) > 0
      ? EXIT_INVALID
      : EXIT_OK;
  // check's --out is its report, in the format of its extension (or --format).
  if (out !== undefined) {
    await printReport(ctx, args, report, { outIsReport: true, inputs: [target, areasPath] });
    return exitCode;
  }
  return { exitCode, report } satisfies Outcome;
};

interface ReportContext {
  sub: string;
  file: string;
  areas: string;
  lang: Lang;
  written: string | undefined;
  /** The table's projected system (`--crs`), normalised. */
  crs: string | undefined;
}

/** What a scan found, as the CLI prints it: the columns and properties used, the counts, the rows. */
function geoReport(result: GeoScanResult, layer: AreaLayer, c: ReportContext): Printable {
  const { t } = translator(geoMessages, c.lang);
  const field = (name: string | null, how: string, none: string) =>
    name === null ? none : t("field", { field: name, given: how === "given" });
  const head: string[] = [
    result.columns.point === undefined
      ? t("columnsPair", {
          lat: result.columns.lat ?? "",
          lon: result.columns.lon ?? "",
          given: result.columns.how === "given",
        })
      : t("columnsPoint", { column: result.columns.point, given: result.columns.how === "given" }),
    t("areasLine", {
      file: c.areas,
      count: layer.areas.length,
      code: field(layer.codeField, layer.chosen.code, t("noCode")),
      name: field(layer.nameField, layer.chosen.name, t("noName")),
    }),
    result.territoryColumn === null
      ? t("noTerritory")
      : t("territoryLine", { column: result.territoryColumn }),
    t("rowsLine", { rows: result.rows, assigned: result.counts.assigned }),
  ];
  if (c.crs !== undefined) head.splice(1, 0, t("tableCrs", { code: c.crs, name: KNOWN_CRS[c.crs] ?? c.crs }));
  if (layer.crs !== null)
    head.splice(
      head.length - 2,
      0,
      t("areasCrs", { code: layer.crs, name: KNOWN_CRS[layer.crs] ?? layer.crs }),
    );
  if (result.sharedPoints !== null && result.sharedPoints.groups > 0)
    head.push(`! ${t("sharedPoints", result.sharedPoints)}`);
  if (result.likelySwappedColumns)
    head.push(
      `! ${t("swappedColumns", { lat: result.columns.lat ?? "", lon: result.columns.lon ?? "", count: result.counts.swapped })}`,
    );
  const wrote =
    c.written === undefined ? [] : [translator(ioMessages, c.lang).t("wrote", { path: c.written })];
  const kinds = FINDING_KINDS.filter((k) => k !== "assigned" && result.counts[k] > 0);
  const counts = FINDING_KINDS.filter((k) => k === "assigned" || result.counts[k] > 0).map((k) => [
    t(`kind.${k}`),
    String(result.counts[k]),
  ]);
  // assign's summary counts; the rows are listed by check (and in assign's JSON).
  const listedKinds = c.sub === "check" ? kinds : [];
  const sections = listedKinds.map((kind) => {
    const rows = result.findings.filter((f) => f.kind === kind);
    const items = rows.slice(0, SHOWN).map((f) => findingText(f, c.lang));
    const left = result.counts[kind] - Math.min(rows.length, SHOWN);
    if (left > 0) items.push(t("more", { count: left }));
    return { title: `${t(`kind.${kind}`)} (${result.counts[kind]})`, items };
  });
  const title = t("title", { sub: c.sub, file: c.file });
  const nothing = kinds.length === 0 && !((result.sharedPoints?.groups ?? 0) > 0) ? [t("nothing")] : [];
  return {
    json: () => ({
      file: c.file,
      areas: {
        file: c.areas,
        count: layer.areas.length,
        codeField: layer.codeField,
        nameField: layer.nameField,
        chosen: layer.chosen,
      },
      ...result,
      ...(c.written === undefined ? {} : { out: c.written }),
    }),
    text: () =>
      `${[
        ...head,
        ...counts.map(([k, n]) => `  ${k}: ${n}`),
        ...nothing,
        ...sections.flatMap((s) => [`${s.title}:`, ...s.items.map((i) => `  ${i}`)]),
        ...wrote,
      ].join("\n")}\n`,
    doc: () => ({
      title,
      lang: c.lang,
      blocks: [
        ...head.map((text): Block => ({ kind: "paragraph", text })),
        { kind: "table", head: [t("kindHead"), t("rowsHead")], rows: counts },
        ...nothing.map((text): Block => ({ kind: "paragraph", text })),
        ...sections.flatMap((s): Block[] => [
          { kind: "heading", text: s.title },
          { kind: "list", items: s.items },
        ]),
        ...wrote.map((text): Block => ({ kind: "paragraph", text })),
      ],
    }),
  };
}

/** One finding as a line: its row, what it recorded and the area found or suggested; never coordinates. */
function findingText(f: GeoFinding, lang: Lang): string {
  const { t } = translator(geoMessages, lang);
  const row = f.recorded === undefined ? { row: f.row } : { row: f.row, recorded: f.recorded };
  if (f.kind === "territory-mismatch")
    return t("mismatch", { row: f.row, recorded: f.recorded ?? "", area: f.area ?? "" });
  if (f.kind === "far-from-territory")
    return t("far", { row: f.row, recorded: f.recorded ?? "", metres: f.metres ?? 0 });
  if (f.kind === "on-boundary") return t("onBoundary", { row: f.row, area: f.area ?? "" });
  if (f.suggested !== undefined) return t("suggested", { ...row, suggested: f.suggested });
  return t("rowText", row);
}
