import {
  aggregateJson,
  aggregateRows,
  aggregateTable,
  createNormaliser,
  type DisaggregationCheckOptions,
  detectLayout,
  disaggregationChecks,
  type Mapping,
  mendozaStandard,
  NormaliseAudit,
  type Normaliser,
  registerDisaggregationMessages,
  type Standard,
  withCodeList,
} from "@ciudata/disaggregation";
import { loadBarrioList, loadMapping, loadStandard } from "@ciudata/disaggregation/node";
import {
  type Check,
  type Lang,
  maskCell,
  type ReadLimits,
  type Report,
  renderMessage,
  type TableError,
  validateTable,
  writeCsv,
} from "@ciudata/table";
import { UsageError } from "../errors";
import type { Command, CommandContext, LocalizedText } from "../types";
import { isUnreadable, openInput } from "./_input";
import { escapeFormulas, NO_FORMULA_ESCAPE, refuseOverwrite, userPath, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";

const SUBCOMMANDS = ["check", "normalize", "aggregate"] as const;
type Sub = (typeof SUBCOMMANDS)[number];

/** Exit code when the data has errors. */
const EXIT_INVALID = 1;
/** Exit code when the input cannot be read as a table. */
const EXIT_UNREADABLE = 2;

const custom = (message: LocalizedText) => new UsageError({ kind: "custom", message });

/**
 * `ciudata disaggregation check|normalize|aggregate <file>`: the disaggregated-data standard on a table —
 * checks (required dimensions, unknowns, code lists, age bands, totals, cross-cells), normalisation of messy
 * values with a suggested mapping, and aggregation from microdata with small-cell suppression.
 */
export const disaggregationCommand: Command = {
  name: "disaggregation",
  summary: {
    es: "Revisa, normaliza y agrega datos desagregados por sexo, edad y territorio",
    en: "Check, normalise and aggregate data disaggregated by sex, age and territory",
    pt: "Revisa, normaliza e agrega dados desagregados por sexo, idade e território",
  },
  usage: {
    es: "ciudata disaggregation check <archivo> [--standard estandar.json] [--dataset personas|tabla-agregada|…] [--json] [--out reporte.json]\nciudata disaggregation normalize <archivo> --out normalizado.csv [--mapping correspondencias.json] [--mapping-out sugeridas.json]\nciudata disaggregation aggregate <archivo> --by sexo,edad,barrio [--measure columna] [--threshold 5] [--format csv|json] [--out tabla.csv]\nOpciones comunes: --barrios lista.csv|json, --sex-letters dni|curp, --encoding. Sale con 0 si está bien, 1 si hay errores, 2 si el comando o la entrada no sirven.",
    en: "ciudata disaggregation check <file> [--standard standard.json] [--dataset personas|tabla-agregada|…] [--json] [--out report.json]\nciudata disaggregation normalize <file> --out normalised.csv [--mapping mapping.json] [--mapping-out suggested.json]\nciudata disaggregation aggregate <file> --by sexo,edad,barrio [--measure column] [--threshold 5] [--format csv|json] [--out table.csv]\nCommon options: --barrios list.csv|json, --sex-letters dni|curp, --encoding. Exits 0 when fine, 1 when there are errors, 2 for a usage mistake or unreadable input.",
    pt: "ciudata disaggregation check <arquivo> [--standard padrao.json] [--dataset personas|tabla-agregada|…] [--json] [--out relatorio.json]\nciudata disaggregation normalize <arquivo> --out normalizado.csv [--mapping correspondencias.json] [--mapping-out sugeridas.json]\nciudata disaggregation aggregate <arquivo> --by sexo,edad,barrio [--measure coluna] [--threshold 5] [--format csv|json] [--out tabela.csv]\nOpções comuns: --barrios lista.csv|json, --sex-letters dni|curp, --encoding. Sai com 0 se estiver bem, 1 se houver erros, 2 se o comando ou a entrada não servirem.",
  },
  flags: {
    standard: {
      type: "string",
      description: {
        es: "Estándar de desagregación (JSON); por defecto, el de estilo Mendoza",
        en: "Disaggregation standard (JSON); default: the Mendoza-style one",
        pt: "Padrão de desagregação (JSON); por padrão, o estilo Mendoza",
      },
    },
    dataset: {
      type: "string",
      description: {
        es: "Tipo de conjunto del estándar",
        en: "Dataset kind of the standard",
        pt: "Tipo de conjunto do padrão",
      },
    },
    mapping: {
      type: "string",
      description: {
        es: "Archivo de correspondencias editado (JSON)",
        en: "Edited mapping file (JSON)",
        pt: "Arquivo de correspondências editado (JSON)",
      },
    },
    "mapping-out": {
      type: "string",
      description: {
        es: "Escribe las correspondencias sugeridas (JSON) para editar",
        en: "Write the suggested mapping (JSON) to edit",
        pt: "Grava as correspondências sugeridas (JSON) para editar",
      },
    },
    barrios: {
      type: "string",
      description: {
        es: "Lista de barrios de la ciudad (CSV, JSON o GeoJSON)",
        en: "The city's barrio list (CSV, JSON or GeoJSON)",
        pt: "Lista de bairros da cidade (CSV, JSON ou GeoJSON)",
      },
    },
    "sex-letters": {
      type: "string",
      description: {
        es: "Letras de sexo: dni (M = masculino) o curp (M = mujer)",
        en: "Sex letters: dni (M = male) or curp (M = female)",
        pt: "Letras de sexo: dni (M = masculino) ou curp (M = mulher)",
      },
    },
    by: {
      type: "string",
      description: {
        es: "Columnas o dimensiones para agregar, separadas por coma",
        en: "Columns or dimensions to aggregate by, comma separated",
        pt: "Colunas ou dimensões para agregar, separadas por vírgula",
      },
    },
    measure: {
      type: "string",
      description: {
        es: "Columna a sumar (por defecto, cuenta filas)",
        en: "Column to sum (default: count rows)",
        pt: "Coluna a somar (padrão: conta linhas)",
      },
    },
    threshold: {
      type: "string",
      description: {
        es: "Conteo mínimo publicable (por defecto el del estándar, 5)",
        en: "Smallest publishable count (default: the standard's, 5)",
        pt: "Contagem mínima publicável (padrão: a do padrão, 5)",
      },
    },
    format: {
      type: "string",
      description: { es: "csv o json", en: "csv or json", pt: "csv ou json" },
    },
    encoding: {
      type: "string",
      description: { es: "Fuerza la codificación", en: "Force the encoding", pt: "Força a codificação" },
    },
    json: {
      type: "boolean",
      description: { es: "Reporte en JSON", en: "Report as JSON", pt: "Relatório em JSON" },
    },
    out: {
      type: "string",
      description: { es: "Archivo de salida", en: "Output file", pt: "Arquivo de saída" },
    },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    registerDisaggregationMessages();
    const [sub, target, extra] = args.positionals;
    if (sub === undefined)
      throw new UsageError({ kind: "missing-argument", argument: "check|normalize|aggregate" });
    if (!(SUBCOMMANDS as readonly string[]).includes(sub))
      throw custom({
        es: `Subcomando desconocido «${sub}»: use check, normalize o aggregate.`,
        en: `Unknown subcommand "${sub}": use check, normalize or aggregate.`,
        pt: `Subcomando desconhecido "${sub}": use check, normalize ou aggregate.`,
      });
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const flag = (name: string) =>
      typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;
    // No output may be one of the files read: checked before reading any of them.
    refuseOverwrite(
      ctx,
      [flag("out"), flag("mapping-out")],
      [target, flag("standard"), flag("barrios"), flag("mapping")],
    );
    const limits = readLimits(args);
    const options = { ...(await commonOptions(flag, ctx, target, escapeFormulas(args))), limits };
    switch (sub as Sub) {
      case "check":
        return check(target, options, flag, args.flags.json === true, ctx);
      case "normalize":
        return normalize(target, options, flag, ctx);
      default:
        return aggregate(target, options, flag, ctx);
    }
  },
};

type Flag = (name: string) => string | undefined;
interface Common {
  /** Every file read, so no output is written over one. */
  inputs: string[];
  /** Escape formula-leading cells in CSV output (unless `--no-formula-escape`). */
  escapeFormulas: boolean;
  standard: Standard;
  mapping?: Mapping;
  checks: DisaggregationCheckOptions;
  encoding?: string;
  /** Reader limits from `--limit`. */
  limits?: Partial<ReadLimits>;
}

function problems(what: LocalizedText, errors: readonly TableError[]): UsageError {
  const lines = (lang: Lang) => errors.map((e) => `  ${renderMessage(e, lang)}`).join("\n");
  return custom({
    es: `${what.es}:\n${lines("es")}`,
    en: `${what.en}:\n${lines("en")}`,
    pt: `${what.pt}:\n${lines("pt")}`,
  });
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
    if (!r.ok)
      throw problems(
        {
          es: `El estándar ${standardPath} no es válido`,
          en: `The standard ${standardPath} is not valid`,
          pt: `O padrão ${standardPath} não é válido`,
        },
        r.errors,
      );
    standard = r.standard;
  }
  const barrios = flag("barrios");
  if (barrios) {
    const r = await loadBarrioList(userPath(ctx, barrios));
    if (!r.ok)
      throw problems(
        {
          es: `La lista de barrios ${barrios} no sirve`,
          en: `The barrio list ${barrios} cannot be used`,
          pt: `A lista de bairros ${barrios} não serve`,
        },
        r.errors,
      );
    standard = withCodeList(standard, r.list);
  }
  let mapping: Mapping | undefined;
  const mappingPath = flag("mapping");
  if (mappingPath) {
    const r = await loadMapping(userPath(ctx, mappingPath));
    if (!r.ok)
      throw problems(
        {
          es: `Las correspondencias ${mappingPath} no son válidas`,
          en: `The mapping ${mappingPath} is not valid`,
          pt: `As correspondências ${mappingPath} não são válidas`,
        },
        r.errors,
      );
    mapping = r.mapping;
  }
  const letters = flag("sex-letters");
  if (letters !== undefined && letters !== "dni" && letters !== "curp")
    throw custom({
      es: `--sex-letters espera dni o curp; se recibió «${letters}».`,
      en: `--sex-letters expects dni or curp; received "${letters}".`,
      pt: `--sex-letters espera dni ou curp; recebido "${letters}".`,
    });
  const dataset = flag("dataset");
  if (dataset !== undefined && !standard.datasets[dataset])
    throw custom({
      es: `El estándar no tiene el tipo de conjunto «${dataset}» (tiene: ${Object.keys(standard.datasets).join(", ")}).`,
      en: `The standard has no dataset kind "${dataset}" (it has: ${Object.keys(standard.datasets).join(", ")}).`,
      pt: `O padrão não tem o tipo de conjunto "${dataset}" (tem: ${Object.keys(standard.datasets).join(", ")}).`,
    });
  const checks: DisaggregationCheckOptions = {
    standard,
    ...(mapping ? { mapping } : {}),
    ...(letters ? { sexLetters: letters } : {}),
    ...(dataset ? { dataset } : {}),
  };
  const encoding = flag("encoding");
  return {
    inputs,
    escapeFormulas: escapeCsv,
    standard,
    ...(mapping ? { mapping } : {}),
    checks,
    ...(encoding ? { encoding } : {}),
  };
}

const words = {
  es: {
    errors: "errores",
    warnings: "advertencias",
    ok: "Sin problemas de desagregación.",
    wrote: "Escrito",
    rows: "filas",
    unmapped: "sin código",
    mapped: "con código",
  },
  en: {
    errors: "errors",
    warnings: "warnings",
    ok: "No disaggregation problems.",
    wrote: "Wrote",
    rows: "rows",
    unmapped: "unmapped",
    mapped: "mapped",
  },
  pt: {
    errors: "erros",
    warnings: "avisos",
    ok: "Sem problemas de desagregação.",
    wrote: "Gravado",
    rows: "linhas",
    unmapped: "sem código",
    mapped: "com código",
  },
} as const;

async function check(
  target: string,
  o: Common,
  flag: Flag,
  json: boolean,
  ctx: CommandContext,
): Promise<number> {
  const input = await openInput(target, ctx);
  const report = await validateTable(input, {
    lang: ctx.lang,
    checks: disaggregationChecks(o.checks),
    pickErrors: ["#disaggregation", "#source"],
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.limits ? { limits: o.limits } : {}),
  });
  const out = flag("out");
  const text = json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, ctx.lang);
  if (out) {
    await writeOutput(ctx, out, `${JSON.stringify(report, null, 2)}\n`, { inputs: o.inputs });
    ctx.io.stdout(renderReport(report, ctx.lang));
    ctx.io.stdout(`${words[ctx.lang].wrote}: ${userPath(ctx, out)}\n`);
  } else ctx.io.stdout(text);
  if (isUnreadable(report)) return EXIT_UNREADABLE;
  return report.valid ? 0 : EXIT_INVALID;
}

function renderReport(report: Report, lang: Lang): string {
  const errors = [...report.errors, ...report.tasks.flatMap((t) => t.errors)];
  if (errors.length === 0) return `${words[lang].ok}\n`;
  const lines = errors.map(
    (e) => `${e.severity === "error" ? "✗" : "!"} ${e.message ?? renderMessage(e, lang)}`,
  );
  lines.push(
    `${report.stats.errors} ${words[lang].errors}, ${report.stats.warnings} ${words[lang].warnings}`,
  );
  return `${lines.join("\n")}\n`;
}

async function normalize(target: string, o: Common, flag: Flag, ctx: CommandContext): Promise<number> {
  const out = flag("out");
  if (!out) throw new UsageError({ kind: "missing-value", flag: "out" });
  const audit = new NormaliseAudit();
  const rows: string[][] = [];
  let header: string[] = [];
  let columns: Array<{ index: number; dimension: string; label: string; normalise: Normaliser }> = [];
  const collector: Check = {
    name: "disaggregation/normalize",
    onStart(c) {
      header = [...c.labels];
      const layout = detectLayout(header, { standard: o.standard, fields: c.fields });
      columns = layout.long.map((col) => ({
        index: col.index,
        dimension: col.dimension,
        label: col.label,
        normalise: createNormaliser(col.dimension, {
          standard: o.standard,
          ...(o.mapping ? { mapping: o.mapping } : {}),
          ...(o.checks.sexLetters ? { sexLetters: o.checks.sexLetters } : {}),
        }),
      }));
      for (const g of layout.wide)
        for (const p of g.parts)
          audit.record(g.dimension, p.label, p.label, { code: p.code, rule: "synonym" }, 1);
    },
    onRow(row) {
      if (row.blank) return;
      const cells = [...row.cells];
      for (const col of columns) {
        const raw = cells[col.index] ?? "";
        const r = col.normalise(raw);
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
  });
  if (isUnreadable(report)) {
    ctx.io.stdout(renderReport(report, ctx.lang));
    return EXIT_UNREADABLE;
  }
  const csv = `${writeCsv([header, ...rows], { escapeFormulas: o.escapeFormulas })}\r\n`;
  await writeOutput(ctx, out, csv, { inputs: o.inputs });
  const w = words[ctx.lang];
  const lines: string[] = [];
  for (const [dimension, s] of Object.entries(audit.summary()))
    lines.push(`${dimension}: ${s.mapped} ${w.mapped}, ${s.unmapped} ${w.unmapped}`);
  for (const e of audit.unmapped().slice(0, 20))
    lines.push(`  ${e.dimension} (${e.column}): «${maskCell(e.raw)}» × ${e.count}`);
  const mappingOut = flag("mapping-out");
  if (mappingOut) {
    await writeOutput(ctx, mappingOut, `${JSON.stringify(audit.suggestMapping(), null, 2)}\n`, {
      inputs: o.inputs,
    });
    lines.push(`${w.wrote}: ${userPath(ctx, mappingOut)}`);
  }
  lines.push(`${w.wrote}: ${userPath(ctx, out)} (${rows.length} ${w.rows})`);
  ctx.io.stdout(`${lines.join("\n")}\n`);
  return audit.unmapped().length > 0 ? EXIT_INVALID : 0;
}

async function aggregate(target: string, o: Common, flag: Flag, ctx: CommandContext): Promise<number> {
  const by = flag("by")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!by || by.length === 0) throw new UsageError({ kind: "missing-value", flag: "by" });
  const thresholdText = flag("threshold");
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 0))
    throw custom({
      es: `--threshold espera un entero (3, 5, 10 u 11 son usuales); se recibió «${thresholdText}».`,
      en: `--threshold expects an integer (3, 5, 10 or 11 are usual); received "${thresholdText}".`,
      pt: `--threshold espera um inteiro (3, 5, 10 ou 11 são usuais); recebido "${thresholdText}".`,
    });
  const out = flag("out");
  const format = flag("format") ?? (out && /\.json$/i.test(out) ? "json" : "csv");
  if (format !== "csv" && format !== "json")
    throw custom({
      es: `--format espera csv o json; se recibió «${format}».`,
      en: `--format expects csv or json; received "${format}".`,
      pt: `--format espera csv ou json; recebido "${format}".`,
    });
  const measure = flag("measure");
  const input = await openInput(target, ctx);
  const { result, report } = await aggregateTable(input, {
    by,
    standard: o.standard,
    ...(o.mapping ? { mapping: o.mapping } : {}),
    ...(o.checks.sexLetters ? { sexLetters: o.checks.sexLetters } : {}),
    ...(measure ? { measure } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    read: {
      lang: ctx.lang,
      pickErrors: ["#disaggregation", "#source"],
      ...(o.encoding ? { encoding: o.encoding } : {}),
      ...(o.limits ? { limits: o.limits } : {}),
    },
  });
  if (isUnreadable(report)) {
    ctx.io.stdout(renderReport(report, ctx.lang));
    return EXIT_UNREADABLE;
  }
  const errors = report.tasks.flatMap((t) => t.errors);
  if (!result || result.errors.length > 0) {
    const first = errors.find((e) => e.type === "disaggregation/unknown-column") ?? result?.errors[0];
    throw custom({
      es: first ? renderMessage(first, "es") : "No se pudo agregar la tabla.",
      en: first ? renderMessage(first, "en") : "The table could not be aggregated.",
      pt: first ? renderMessage(first, "pt") : "Não foi possível agregar a tabela.",
    });
  }
  const text =
    format === "json"
      ? `${JSON.stringify(aggregateJson(result), null, 2)}\n`
      : `${writeCsv(aggregateRows(result), { escapeFormulas: o.escapeFormulas })}\r\n`;
  if (out) {
    await writeOutput(ctx, out, text, { inputs: o.inputs });
    const summary = {
      es: `${result.inputRows} filas agregadas en ${result.cells.length} celdas; suprimidas: ${result.suppressed.primary} primarias y ${result.suppressed.secondary} secundarias (umbral ${result.threshold}).`,
      en: `${result.inputRows} rows aggregated into ${result.cells.length} cells; suppressed: ${result.suppressed.primary} primary and ${result.suppressed.secondary} secondary (threshold ${result.threshold}).`,
      pt: `${result.inputRows} linhas agregadas em ${result.cells.length} células; suprimidas: ${result.suppressed.primary} primárias e ${result.suppressed.secondary} secundárias (limiar ${result.threshold}).`,
    };
    ctx.io.stdout(`${summary[ctx.lang]}\n${words[ctx.lang].wrote}: ${userPath(ctx, out)}\n`);
  } else ctx.io.stdout(text);
  return 0;
}
