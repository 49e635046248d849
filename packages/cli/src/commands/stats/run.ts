import { CiudataError, type Issue } from "@ciudata/core";
import { describeTable } from "@ciudata/quality";
import { describeFile } from "@ciudata/quality/node";
import type { OpenedSource } from "@ciudata/table";
import type { Handler } from "../../declare";
import { UsageError } from "../../errors";
import { openInput, readJson } from "../../io";
import { localized } from "../../messages";
import { statsMessages } from "../../messages/stats";
import { readLimits } from "../_limits";
import { maskingOf } from "../_masking";
import { statsDoc } from "./report";

/**
 * Runs `ciudata stats`: the statistics of every column (or of `--columns`), read in one pass. An input
 * that is not a table, a broken schema or an unknown column is exit 2 with a message naming the file.
 */
export const runStats: Handler = async (args, ctx) => {
  const target = args.positionals[0] as string;
  const schema = typeof args.flags.schema === "string" ? await readJson(ctx, args.flags.schema) : undefined;
  const columns =
    typeof args.flags.columns === "string"
      ? args.flags.columns
          .split(",")
          .map((c) => c.trim())
          .filter((c) => c !== "")
      : undefined;
  const input = await openInput(target, ctx);
  let stats: Awaited<ReturnType<typeof describeTable>>;
  const options = {
    masking: maskingOf(args),
    limits: readLimits(args),
    ...(schema === undefined ? {} : { schema }),
    ...(columns?.length ? { columns } : {}),
  };
  try {
    // A local file is read in byte ranges on every core (the same statistics as one pass).
    stats = isLocalFile(input) ? await describeFile(input, options) : await describeTable(input, options);
  } catch (error) {
    throw located(error, target);
  }
  return {
    exitCode: 0,
    report: { json: () => stats, doc: () => statsDoc(stats, target, ctx.lang) },
  };
};

/** An opened local file (not a URL, not standard input). */
function isLocalFile(input: unknown): input is OpenedSource {
  return typeof input === "object" && input !== null && typeof (input as OpenedSource).path === "string";
}

/** A library's refusal, located in the file the user named (its issues get the file as their place). */
function located(error: unknown, file: string): unknown {
  if (!(error instanceof CiudataError)) return error;
  const [first] = error.errors;
  if (first?.type === "privacy/unknown-column") {
    const { column, available } = first.params as { column: string; available: string };
    const message = localized(statsMessages, "unknownColumn", { column, available, file });
    return new UsageError({ kind: "custom", message }, { cause: error });
  }
  const place = (issue: Issue): Issue =>
    issue.rowNumber === null && issue.fieldNumber === null && issue.params.path === undefined
      ? { ...issue, params: { ...issue.params, path: file } }
      : issue;
  return new CiudataError(error.errors.map(place) as [Issue, ...Issue[]], { cause: error });
}
