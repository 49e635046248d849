import { CiudataError, type Issue, type Lang, maskCell, numberWords, translator } from "@ciudata/core";
import { personalFields } from "@ciudata/privacy";
import { type InferredField, inferSchema, openTable } from "@ciudata/table";
import type { Handler, Printable } from "../../declare";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { openInput, refuseOverwrite, writeOutput } from "../../io";
import { localized } from "../../messages";
import { ioMessages } from "../../messages/io";
import { schemaMessages } from "../../messages/schema";
import { readLimits } from "../_limits";
import { isPlaceName } from "../_masking";

/**
 * Runs `ciudata schema infer`: the schema of the first `--sample` rows, on standard output (or written to
 * `--out`), and each field's type and confidence on standard error.
 */
export const runSchema: Handler = async (args, ctx) => {
  const target = args.positionals[1] as string;
  const sample = typeof args.flags.sample === "string" ? Number(args.flags.sample) : 1000;
  if (!Number.isInteger(sample) || sample < 1)
    throw new UsageError({
      kind: "custom",
      message: localized(schemaMessages, "badSample", { value: String(args.flags.sample) }),
    });
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  refuseOverwrite(ctx, [out], [target]);
  const input = await openInput(target, ctx);
  // An empty file or one that is not a table (PDF, gzip, PNG…) is refused: no schema of garbage. The
  // schema is inferred here, not by openTable, for the confidence and values of each field.
  const table = await openTable(input, {
    inferSample: 0,
    limits: readLimits(args),
    ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
  });
  if (table.stopped !== null) {
    await table.close();
    throw new CiudataError(stoppingIssues(table.issues));
  }
  const rows: string[][] = [];
  for await (const batch of table.batches()) {
    for (const row of batch) if (rows.length < sample) rows.push(row.cells);
    if (rows.length >= sample) break;
  }
  await table.close(); // the rest of the file is not read
  const inferred = inferSchema({ labels: table.labels, rows });
  const schema = inferred.schema;
  // The likely values of a personal column (names, descriptions…) are masked whole; those of the
  // other columns are shown as they are, unless --mask-all.
  const personal = new Set(personalFields(table.labels, rows, undefined, isPlaceName));
  const maskAll = args.flags["mask-all"] === true;
  const fields = inferred.fields.map((f, i) =>
    f.enumCandidates && (maskAll || personal.has(table.labels[i] ?? f.name))
      ? { ...f, enumCandidates: f.enumCandidates.map(maskCell) }
      : f,
  );
  const json = `${JSON.stringify(schema, null, 2)}\n`;
  for (const f of fields) ctx.io.stderr(`  ${fieldLine(f, ctx.lang)}\n`);

  const { t } = translator(schemaMessages, ctx.lang);
  const title = t("title", { file: target });
  const fieldsBlock = fieldsTable(fields, ctx.lang);
  if (out === undefined) {
    const report: Printable = {
      json: () => schema,
      text: () => json,
      doc: () => ({ title, lang: ctx.lang, blocks: [fieldsBlock, { kind: "pre", text: json }] }),
    };
    return { exitCode: 0, report };
  }
  const path = await writeOutput(ctx, out, json, { inputs: [target] });
  const wrote = translator(ioMessages, ctx.lang).t("wrote", { path });
  const report: Printable = {
    json: () => ({ out: path, fields: fields.map(fieldJson) }),
    text: () => `${wrote}\n`,
    doc: () => ({ title, lang: ctx.lang, blocks: [fieldsBlock, { kind: "paragraph", text: wrote }] }),
  };
  return { exitCode: 0, report };
};

/** One field as the summary shows it: name, type (format), confidence and likely values. */
function fieldLine(f: InferredField, lang: Lang): string {
  const w = translator(schemaMessages, lang).t;
  const values = f.enumCandidates?.length
    ? `; ${w("values")}: ${f.enumCandidates.slice(0, 6).join(", ")}`
    : "";
  return `${f.name}: ${f.type}${f.format ? ` (${f.format})` : ""} — ${w("sure")} ${percent(f.confidence, lang)}${values}`;
}

/** A confidence (0–1) as a whole percentage written the language's way (`Intl`). */
const percent = (confidence: number, lang: Lang) => numberWords(lang).percent(confidence, 0);

function fieldsTable(fields: readonly InferredField[], lang: Lang): Block {
  const w = translator(schemaMessages, lang).t;
  return {
    kind: "table",
    head: [w("field"), w("type"), w("format"), w("sure"), w("values")],
    rows: fields.map((f) => [
      f.name,
      f.type,
      f.format ?? "",
      percent(f.confidence, lang),
      (f.enumCandidates ?? []).slice(0, 6).join(", "),
    ]),
  };
}

function fieldJson(f: InferredField) {
  return {
    name: f.name,
    type: f.type,
    ...(f.format ? { format: f.format } : {}),
    confidence: f.confidence,
    ...(f.enumCandidates ? { values: f.enumCandidates } : {}),
  };
}

/** Issues openTable records without stopping: a warning about the encoding, an unknown label, the dialect. */
const NOT_STOPPING = new Set(["encoding-error", "mojibake", "dialect-error"]);

/** The issues that stopped the table from opening, without the ones met on the way (as before openTable). */
function stoppingIssues(issues: readonly Issue[]): [Issue, ...Issue[]] {
  const stop = issues.filter((i) => !NOT_STOPPING.has(i.type));
  return (stop.length > 0 ? stop : issues) as [Issue, ...Issue[]];
}
