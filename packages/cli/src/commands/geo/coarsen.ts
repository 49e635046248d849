import { translator } from "@ciudata/core";
import type { AreaLayer } from "@ciudata/geo";
import { type CoarsenFileOptions, coarsenFile } from "@ciudata/geo/node";
import type { CommandContext, Outcome, ParsedArgs, Printable } from "../../declare";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { EXIT_OK } from "../../exit-codes";
import { asUsageError, escapeFormulas, userPath } from "../../io";
import { localized } from "../../messages";
import { geoCoarsenMessages } from "../../messages/geo-coarsen";
import { ioMessages } from "../../messages/io";

/**
 * Runs `ciudata geo coarsen`: writes the table with each point moved to its grid cell's centre
 * (`--grid <metres>`) or its coordinates replaced by the territory (`--areas`), to `--out` or standard
 * output (the summary then on standard error), and says the smallest number of rows sharing a cell.
 */
export async function runCoarsen(
  args: ParsedArgs,
  ctx: CommandContext,
  input: {
    target: string;
    areasPath: string | undefined;
    layer: AreaLayer | undefined;
    flag: (name: string) => string | undefined;
  },
): Promise<Outcome> {
  const { flag } = input;
  const gridText = flag("grid");
  const grid = gridText === undefined ? undefined : Number(gridText);
  if (grid !== undefined && !(Number.isFinite(grid) && grid > 0))
    throw new UsageError({ kind: "custom", message: localized(geoCoarsenMessages, "badGrid") });
  if (grid === undefined && input.layer === undefined)
    throw new UsageError({ kind: "custom", message: localized(geoCoarsenMessages, "needGrid") });
  const k = flag("threshold") === undefined ? 5 : Number(flag("threshold"));
  const out = flag("out");
  const written = out === undefined ? undefined : userPath(ctx, out);
  const options: CoarsenFileOptions = {
    k,
    escapeFormulas: escapeFormulas(args),
    inputs: [
      userPath(ctx, input.target),
      ...(input.areasPath === undefined ? [] : [userPath(ctx, input.areasPath)]),
    ],
  };
  if (grid !== undefined) options.grid = grid;
  else if (input.layer !== undefined) options.areas = input.layer;
  for (const name of ["lat", "lon", "point", "encoding"] as const) {
    const value = flag(name);
    if (value !== undefined) options[name] = value;
  }
  if (written !== undefined) options.out = written;
  else options.sink = (text) => ctx.io.stdout(text);
  let done: Awaited<ReturnType<typeof coarsenFile>>;
  try {
    done = await coarsenFile(userPath(ctx, input.target), options);
  } catch (error) {
    throw asUsageError(error);
  }
  const { t } = translator(geoCoarsenMessages, ctx.lang);
  const lines = [
    grid !== undefined ? t("grid", { metres: grid }) : t("areas", { file: input.areasPath ?? "" }),
    t("done", {
      rows: done.rows,
      coarsened: done.coarsened,
      emptied: done.emptied,
      cells: done.cells,
      smallest: done.smallestCell ?? 0,
      below: done.rowsBelowK,
      k: done.k,
    }),
    ...(done.rowsBelowK > 0 ? [`! ${t("advice", { k: done.k })}`] : []),
    ...(written === undefined ? [] : [translator(ioMessages, ctx.lang).t("wrote", { path: written })]),
  ];
  const report: Printable = {
    json: () => ({
      file: input.target,
      ...(grid === undefined ? { areas: input.areasPath } : { grid }),
      ...done,
      out: written ?? null,
    }),
    doc: () => ({
      title: t("title", { file: input.target }),
      lang: ctx.lang,
      blocks: lines.map((text): Block => ({ kind: "paragraph", text })),
    }),
  };
  if (written === undefined) {
    ctx.io.stderr(`${lines.join("\n")}\n`);
    return EXIT_OK;
  }
  return { exitCode: EXIT_OK, report };
}
