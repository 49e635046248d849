import { join } from "node:path";
import { translator } from "@ciudata/core";
import { runTableSuite } from "@ciudata/quality/node";
import { runCellCases } from "@ciudata/table";
import type { Handler } from "../../declare";
import { readJson, userPath } from "../../io";
import { conformanceMessages } from "../../messages/conformance";
import { opendataGroups } from "./opendata";
import { idsGroups, sdcGroups } from "./privacy";
import { type CaseGroup, conformanceDoc, conformanceJson, conformanceLines } from "./summary";

const MANIFEST_EXAMPLE = '{"cellCases":[{"id":"c1","field":{"name":"n","type":"integer"},"cell":"1"}]}';

/** Runs `ciudata conformance`: the suite's cases, counted; the CLI prints the report. */
export const runConformance: Handler = async (args, ctx) => {
  // One of the declared suites (checked by the CLI before the handler runs).
  const suite = args.positionals[0] as string;
  const given = args.positionals[1] as string;
  const path = userPath(ctx, given);
  const groups: CaseGroup[] =
    suite === "ids"
      ? await idsGroups(path)
      : suite === "sdc"
        ? await sdcGroups(path)
        : suite === "opendata"
          ? await opendataGroups(path)
          : await frictionlessGroups(path, ctx);
  const summary = conformanceLines(groups, args.flags.verbose === true);
  return {
    exitCode: summary.exitCode,
    report: {
      json: () => conformanceJson(suite, summary, groups),
      text: () => `${summary.lines.join("\n")}\n`,
      doc: () =>
        conformanceDoc(summary, translator(conformanceMessages, ctx.lang).t("title", { suite }), ctx.lang),
    },
  };
};

/** The Frictionless suite: the cell cases of `expected.json`, then its table cases. */
async function frictionlessGroups(dir: string, ctx: Parameters<Handler>[1]): Promise<CaseGroup[]> {
  const manifest = (await readJson(ctx, join(dir, "expected.json"), MANIFEST_EXAMPLE)) as {
    cellCases?: unknown[];
  } | null;
  return [
    // A manifest whose cellCases is not a list has no cell case to run (its table cases still run).
    {
      label: "cell cases",
      cases: runCellCases(Array.isArray(manifest?.cellCases) ? manifest.cellCases : []),
    },
    { label: "table cases", cases: await runTableSuite(dir) },
  ];
}
