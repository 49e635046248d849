import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { CiudataError, translator } from "@ciudata/core";
import type { Report, SourceInput, ValidateInput } from "@ciudata/table";
import { type AtomicData, assertNotInput, openPath, writeFileAtomic } from "@ciudata/table/node";
import type { CommandContext, ParsedArgs, Printable, ReportFormat } from "./declare";
import { REPORT_FORMATS } from "./declare";
import { docHtml, docMarkdown, docText } from "./doc";
import { UsageError } from "./errors";
import { EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, isUnreadable } from "./exit-codes";
import { localized } from "./messages";
import { ioMessages } from "./messages/io";

// The one place commands meet files: paths typed by users, inputs opened, JSON read, outputs written
// atomically and never over an input, reports printed in the format asked, exit codes from reports.

/**
 * A path the user typed, resolved against the working directory (`ctx.io.cwd`); an absolute path
 * stays as it is. URLs are returned unchanged.
 *
 * @example
 * ```ts
 * userPath({ io: { cwd: "/datos" } } as CommandContext, "a.csv"); // "/datos/a.csv"
 * ```
 * @internal
 */
export function userPath(ctx: CommandContext, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return isAbsolute(path) ? path : resolve(ctx.io.cwd, path);
}

const defined = (paths: readonly (string | null | undefined)[]): string[] =>
  paths.filter((p): p is string => typeof p === "string" && p !== "");

/**
 * Refuses, as a usage error (exit 2, in the user's language), any output that is (the real path of)
 * one of the inputs: through `..`, symbolic links and hard links. Call it before reading anything.
 * Outputs or inputs that are `undefined` (options not given) are skipped, and so are URLs.
 *
 * @example
 * ```ts
 * refuseOverwrite(ctx, [out], [input, schema]);
 * ```
 * @internal
 */
export function refuseOverwrite(
  ctx: CommandContext,
  outputs: readonly (string | null | undefined)[],
  inputs: readonly (string | null | undefined)[],
): void {
  const ins = defined(inputs).map((p) => userPath(ctx, p));
  try {
    for (const out of defined(outputs)) assertNotInput(userPath(ctx, out), ins);
  } catch (error) {
    throw asUsageError(error);
  }
}

/**
 * Writes a command's output file atomically (no half-written file, temporary file removed on
 * Ctrl-C), after checking again that it is none of `inputs`. Returns the absolute path written.
 *
 * @example
 * ```ts
 * const path = await writeOutput(ctx, "salida.csv", csv, { inputs: [input] });
 * ```
 * @internal
 */
export async function writeOutput(
  ctx: CommandContext,
  out: string,
  data: AtomicData,
  options: { inputs?: readonly (string | null | undefined)[] } = {},
): Promise<string> {
  const path = userPath(ctx, out);
  refuseOverwrite(ctx, [out], options.inputs ?? []);
  await writeFileAtomic(path, data);
  return path;
}

/**
 * Opens what the user named: an http(s) URL, or a path relative to the working directory. A file
 * that cannot be opened is a user mistake: its message, in every language, becomes a `UsageError`.
 * The sheet chosen with `--sheet` goes with the file, for a spreadsheet.
 *
 * @example
 * ```ts
 * const input = await openInput("padron.csv", ctx);
 * ```
 * @internal
 */
export async function openInput(target: string, ctx: CommandContext): Promise<ValidateInput> {
  if (/^https?:\/\//i.test(target)) return new URL(target) satisfies SourceInput;
  try {
    const source = await openPath(userPath(ctx, target));
    // `--sheet`: which sheet of a spreadsheet the reader takes (ignored for a text table).
    return ctx.sheet === undefined ? source : { ...source, sheet: ctx.sheet };
  } catch (error) {
    throw asUsageError(error);
  }
}

/**
 * Reads a text file the user named (UTF-8). A folder, a file without permission or a missing file is a
 * `UsageError` naming it in every language.
 *
 * @example
 * ```ts
 * const text = await readText(ctx, "verdad.csv");
 * ```
 * @internal
 */
export async function readText(ctx: CommandContext, path: string): Promise<string> {
  try {
    return await readFile(userPath(ctx, path), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const key = code === "EISDIR" ? "isFolder" : code === "EACCES" ? "noPermission" : "notFound";
    throw new UsageError({ kind: "custom", message: localized(ioMessages, key, { path }) });
  }
}

/**
 * Reads a JSON file the user named. A file that cannot be read, or is not JSON, is a located
 * `UsageError` in every language (file, line and column, an example of valid input).
 *
 * @example
 * ```ts
 * const schema = await readJson(ctx, "esquema.json", '{"fields":[{"name":"id","type":"integer"}]}');
 * ```
 * @internal
 */
export async function readJson(ctx: CommandContext, path: string, example?: string): Promise<unknown> {
  const text = await readText(ctx, path);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const where = jsonPosition(text, error);
    throw new UsageError({
      kind: "custom",
      message: localized(ioMessages, "notJson", { path, ...where, example }),
    });
  }
}

/** Line and column (1-based) of a JSON syntax error, when the engine says where. */
function jsonPosition(text: string, error: unknown): { line?: number; column?: number } {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return {};
  const before = text.slice(0, Number(position)).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * A {@link CiudataError} the library threw about the user's input (a file that cannot be opened, an
 * output over its input…) as a {@link UsageError} carrying its first issue (worded, when printed, by the
 * package's catalog in the user's language); a UsageError and anything else come back unchanged.
 *
 * @example
 * ```ts
 * try { await openPath(file); } catch (error) { throw asUsageError(error); }
 * ```
 * @internal
 */
export function asUsageError(error: unknown): unknown {
  if (!(error instanceof CiudataError) || error instanceof UsageError) return error;
  return new UsageError({ kind: "issue", issue: error.errors[0] }, { cause: error });
}

/**
 * Whether CSV output escapes formula-leading cells: yes unless `--no-formula-escape`.
 *
 * @example
 * ```ts
 * toCsv(rows, { formulaEscape: escapeFormulas(args) });
 * ```
 * @internal
 */
export function escapeFormulas(args: ParsedArgs): boolean {
  return args.flags["no-formula-escape"] !== true;
}

/**
 * The exit code a table report means: 0 valid, 1 the data has errors, 2 the input could not be read
 * as a table at all.
 *
 * @example
 * ```ts
 * return { exitCode: exitCodeOf(report), report: printable };
 * ```
 * @internal
 */
export function exitCodeOf(report: Report): number {
  if (isUnreadable(report)) return EXIT_UNREADABLE;
  return report.valid ? EXIT_OK : EXIT_INVALID;
}

/**
 * The report format a command line asks for: `--format`, else `--json`, else the extension of `--out`
 * (`informe.html` → html, `.md`, `.json`), else text.
 *
 * @example
 * ```ts
 * reportFormat({ positionals: [], flags: { out: "informe.md" } }); // "md"
 * ```
 * @internal
 */
export function reportFormat(args: ParsedArgs, outIsReport = true): ReportFormat {
  const { format, json, out } = args.flags;
  if (typeof format === "string" && (REPORT_FORMATS as readonly string[]).includes(format))
    return format as ReportFormat;
  if (json === true) return "json";
  const ext = outIsReport && typeof out === "string" ? /\.(json|md|html?)$/i.exec(out)?.[1] : undefined;
  if (ext) return ext.toLowerCase().startsWith("htm") ? "html" : (ext.toLowerCase() as ReportFormat);
  return "text";
}

/**
 * A printable report in one format; the renderings a handler did not give are made from its `doc`.
 *
 * @example
 * ```ts
 * renderPrintable({ json: () => ({ k: 3 }) }, "json"); // '{\n  "k": 3\n}\n'
 * ```
 * @internal
 */
export function renderPrintable(report: Printable, format: ReportFormat): string {
  if (format === "json") return `${JSON.stringify(report.json(), null, 2)}\n`;
  const own = report[format];
  if (own) return own();
  if (format === "github")
    throw new UsageError({ kind: "custom", message: localized(ioMessages, "noGithubFormat") });
  if (!report.doc) return `${JSON.stringify(report.json(), null, 2)}\n`;
  const doc = report.doc();
  return format === "md" ? docMarkdown(doc) : format === "html" ? docHtml(doc) : docText(doc);
}

/**
 * Prints a handler's report in the format asked: to `--out` (atomically, never over an input; standard
 * output then gets the text rendering and one line naming the file) when the command's `--out` is its
 * report, else to standard output.
 *
 * @example
 * ```ts
 * await printReport(ctx, args, { json: () => data, doc: () => doc }, { outIsReport: true, inputs: [file] });
 * ```
 * @internal
 */
export async function printReport(
  ctx: CommandContext,
  args: ParsedArgs,
  report: Printable,
  options: { outIsReport: boolean; inputs: readonly string[] },
): Promise<void> {
  const rendered = renderPrintable(report, reportFormat(args, options.outIsReport));
  const out = args.flags.out;
  if (options.outIsReport && typeof out === "string") {
    const path = await writeOutput(ctx, out, rendered, { inputs: options.inputs });
    ctx.io.stdout(renderPrintable(report, "text"));
    ctx.io.stdout(`${translator(ioMessages, ctx.lang).t("wrote", { path })}\n`);
    return;
  }
  ctx.io.stdout(rendered);
}
