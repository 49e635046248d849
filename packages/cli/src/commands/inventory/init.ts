// `ciudata inventory init`: an empty inventory and the spreadsheet template beside it.
import { access } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { translator } from "@ciudata/core";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { userPath, writeOutput } from "../../io";
import { localized } from "../../messages";
import { inventoryMessages } from "../../messages/inventory";
import { templateCsv } from "./columns";
import { emptyInventory, writeInventory } from "./file";
import { done, listFlag } from "./flags";

const DEFAULT_FILE = { es: "inventario.json", en: "inventory.json", pt: "inventario.json" } as const;
const TEMPLATE_SUFFIX = { es: "-plantilla.csv", en: "-template.csv", pt: "-modelo.csv" } as const;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Writes `inventario.json` (empty, with the areas given) and `inventario-plantilla.csv`; never replaces a file. */
export async function init(
  file: string | undefined,
  args: ParsedArgs,
  ctx: CommandContext,
): Promise<Outcome> {
  const target = file ?? DEFAULT_FILE[ctx.lang];
  const template = join(
    dirname(target),
    `${basename(target).replace(/\.json$/i, "")}${TEMPLATE_SUFFIX[ctx.lang]}`,
  );
  for (const path of [target, template])
    if (await exists(userPath(ctx, path)))
      throw new UsageError({
        kind: "custom",
        message: localized(inventoryMessages, "exists", { file: path }),
      });
  const city = typeof args.flags.city === "string" ? args.flags.city : undefined;
  // `--areas salud,hacienda:Secretaría de Hacienda`: an id, and its name after a colon when given.
  const areas = listFlag(args, "areas").map((item) => {
    const [id = "", ...name] = item.split(":");
    return { id: id.trim(), name: name.join(":").trim() || id.trim() };
  });
  const bad = areas.find((a) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a.id));
  if (bad)
    throw new UsageError({ kind: "bad-choice", flag: "--areas", value: bad.id, choices: "a-z, 0-9, -" });
  await writeInventory(ctx, target, emptyInventory(city, areas));
  await writeOutput(ctx, template, templateCsv(ctx.lang), { inputs: [] });
  return done(ctx, translator(inventoryMessages, ctx.lang).t("created", { file: target, template }), {
    created: target,
    template,
  });
}
