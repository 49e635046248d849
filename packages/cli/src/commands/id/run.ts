import { translator } from "@ciudata/core";
import { findIdType, ID_DEFINITIONS, type IdType } from "@ciudata/privacy/ids";
import { UsageError } from "../errors";
import { localized } from "../messages";
import { idMessages } from "../messages/id";
import type { Command } from "../types";

const TYPES = Object.keys(ID_DEFINITIONS).join(", ");

/** `ciudata id <type> <value>`: validates an identifier and says what it embeds. Exits 1 when invalid. */
export const idCommand: Command = {
  name: "id",
  summary: localized(idMessages, "summary"),
  usage: localized(idMessages, "usage", { TYPES }),
  flags: {
    json: { type: "boolean", description: localized(idMessages, "flag.json") },
  },
  async run(args, ctx) {
    const [typeName, value, extra] = args.positionals;
    if (typeName === undefined) throw new UsageError({ kind: "missing-argument", argument: "type" });
    const type: IdType | undefined = findIdType(typeName);
    if (type === undefined)
      throw new UsageError({ kind: "unknown-command", command: `id ${typeName}`, suggestion: "ar.cuit" });
    if (value === undefined) throw new UsageError({ kind: "missing-argument", argument: "value" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const def = ID_DEFINITIONS[type];
    const v = def.validate(value);
    const result = {
      type,
      label: def.label,
      valid: v.valid,
      ...(v.problem ? { problem: v.problem } : {}),
      ...(v.warning ? { warning: v.warning } : {}),
      formatted: def.format(value),
      kind: def.kind(value),
      embeds: def.embeds(value),
    };
    if (args.flags.json) ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const w = translator(idMessages, ctx.lang).t;
      const lines = [`${def.label} (${type}): ${v.valid ? w("ok") : `${w("bad")} (${v.problem})`}`];
      if (v.valid) lines.push(`  ${result.formatted}`, `  ${w("kind")}: ${result.kind}`);
      if (v.warning) lines.push(`  ${w("warn")}`);
      if (result.embeds)
        lines.push(
          `  ${w("emb")}: ${Object.entries(result.embeds)
            .map(([k, x]) => `${k}=${x}`)
            .join(", ")}`,
        );
      ctx.io.stdout(`${lines.join("\n")}\n`);
    }
    return v.valid ? 0 : 1;
  },
};
