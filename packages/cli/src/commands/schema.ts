import { translator } from "@ciudata/core";
import {
  decodeSource,
  inferSchema,
  type OpenedSource,
  openSource,
  readTable,
  sniffDialect,
} from "@ciudata/table";
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
    const opened: OpenedSource =
      "chunks" in (input as object)
        ? (input as OpenedSource)
        : await openSource(input as URL, {
            ...(limits.maxDownloadBytes === undefined ? {} : { maxBytes: limits.maxDownloadBytes }),
          });
    // An empty file or one that is not a table (PDF, gzip, PNG…) is refused: no schema of garbage.
    const decoded = await decodeSource(opened, {
      rejectEmpty: true,
      ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
    });
    const { dialect } = sniffDialect(decoded.sample);
    const reader = await readTable(decoded.text, dialect, { source: opened.name, limits });
    const rows: string[][] = [];
    for await (const batch of reader.rows) {
      for (const row of batch) if (rows.length < sample) rows.push(row.cells);
      if (rows.length >= sample) break;
    }
    const { schema, fields } = inferSchema({ labels: reader.labels, rows });
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
