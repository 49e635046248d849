import { CiudataError, type Issue, translator } from "@ciudata/core";
import { inferSchema, openTable } from "@ciudata/table";
import { UsageError } from "../errors";
import { localized } from "../messages";
import { schemaMessages } from "../messages/schema";
import type { Command } from "../types";
import { openInput } from "./_input";
import { refuseOverwrite, writeOutput } from "./_io";
import { LIMIT_FLAG, readLimits } from "./_limits";

/** `ciudata schema infer <file|url>`: an editable Table Schema inferred from a sample of rows. */
export const schemaCommand: Command = {
  name: "schema",
  summary: localized(schemaMessages, "summary"),
  usage: localized(schemaMessages, "usage"),
  flags: {
    sample: {
      type: "string",
      description: localized(schemaMessages, "flag.sample"),
    },
    out: {
      type: "string",
      description: localized(schemaMessages, "flag.out"),
    },
    encoding: {
      type: "string",
      description: localized(schemaMessages, "flag.encoding"),
    },
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [action, target, extra] = args.positionals;
    if (action !== "infer")
      throw new UsageError({
        kind: "unknown-command",
        command: `schema ${action ?? ""}`.trim(),
        suggestion: "schema infer",
      });
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const sample = typeof args.flags.sample === "string" ? Number(args.flags.sample) : 1000;
    if (!Number.isInteger(sample) || sample < 1)
      throw new UsageError({
        kind: "custom",
        message: localized(schemaMessages, "badSample", { value: String(args.flags.sample) }),
      });
    const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
    refuseOverwrite(ctx, [out], [target]);
    const limits = readLimits(args);
    const input = await openInput(target, ctx);
    // An empty file or one that is not a table (PDF, gzip, PNG…) is refused: no schema of garbage. The
    // schema is inferred here, not by openTable, for the confidence and values of each field.
    const table = await openTable(input, {
      inferSample: 0,
      limits,
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
    const { schema, fields } = inferSchema({ labels: table.labels, rows });
    const json = `${JSON.stringify(schema, null, 2)}\n`;
    if (out !== undefined) {
      const path = await writeOutput(ctx, out, json, { inputs: [target] });
      ctx.io.stderr(`${translator(schemaMessages, ctx.lang).t("wrote")}: ${path}\n`);
    } else ctx.io.stdout(json);
    const w = translator(schemaMessages, ctx.lang).t;
    for (const f of fields) {
      const values = f.enumCandidates?.length
        ? `; ${w("values")}: ${f.enumCandidates.slice(0, 6).join(", ")}`
        : "";
      ctx.io.stderr(
        `  ${f.name}: ${f.type}${f.format ? ` (${f.format})` : ""} — ${w("sure")} ${Math.round(f.confidence * 100)}%${values}\n`,
      );
    }
    return 0;
  },
};

/** Issues openTable records without stopping: a warning about the encoding, an unknown label, the dialect. */
const NOT_STOPPING = new Set(["encoding-error", "mojibake", "dialect-error"]);

/** The issues that stopped the table from opening, without the ones met on the way (as before openTable). */
function stoppingIssues(issues: readonly Issue[]): [Issue, ...Issue[]] {
  const stop = issues.filter((i) => !NOT_STOPPING.has(i.type));
  return (stop.length > 0 ? stop : issues) as [Issue, ...Issue[]];
}
