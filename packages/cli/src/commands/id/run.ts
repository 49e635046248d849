import { translator } from "@ciudata/core";
import { findIdType, ID_DEFINITIONS, type IdType } from "@ciudata/privacy/ids";
import type { Handler } from "../../declare";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { idMessages } from "../../messages/id";
import { suggest } from "../../suggest";

/** Runs `ciudata id`: validates the value as the type named, formats it and says what it embeds. */
export const runId: Handler = async (args, ctx) => {
  const [typeName, value] = args.positionals as [string, string];
  const type = idType(typeName);
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
  const { t } = translator(idMessages, ctx.lang);
  const head = `${def.label} (${type}): ${v.valid ? t("ok") : `${t("bad")} (${v.problem})`}`;
  const details = [
    ...(v.valid ? [result.formatted, `${t("kind")}: ${result.kind}`] : []),
    ...(v.warning ? [t("warn")] : []),
    ...(result.embeds
      ? [
          `${t("emb")}: ${Object.entries(result.embeds)
            .map(([k, x]) => `${k}=${x}`)
            .join(", ")}`,
        ]
      : []),
  ];
  const blocks: Block[] = [{ kind: "paragraph", text: head }];
  if (details.length) blocks.push({ kind: "list", items: details });
  return {
    exitCode: v.valid ? 0 : 1,
    report: {
      json: () => result,
      text: () => `${[head, ...details.map((d) => `  ${d}`)].join("\n")}\n`,
      doc: () => ({ title: t("title"), lang: ctx.lang, blocks }),
    },
  };
};

/**
 * The type named (`ar.cuit`, or an alias such as `cuil`, `AR_CUIT`); anything else is a usage error
 * that lists the types and suggests the closest one.
 */
function idType(typed: string): IdType {
  const type = findIdType(typed);
  if (type !== undefined) return type;
  const types = Object.keys(ID_DEFINITIONS);
  // Types by their full name (`mx.curp`) and by the part people type (`curp`).
  const names = [...types, ...types.map((t) => t.slice(t.indexOf(".") + 1))];
  const suggestion = suggest(
    typed
      .trim()
      .toLowerCase()
      .replace(/[_\-\s]/g, "."),
    names,
  );
  throw new UsageError({
    kind: "bad-choice",
    flag: "<type>",
    value: typed,
    choices: types.join(", "),
    ...(suggestion ? { suggestion } : {}),
  });
}
