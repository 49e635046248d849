import type { IssueCatalogs, Lang } from "@ciudata/core";
import type { Report } from "@ciudata/table";
import { groupErrors, reportNotes, reportWords } from "./common";
import { runText } from "./runs";

/** Options of {@link renderGithub}. */
export interface GithubOptions {
  /**
   * The path of the checked file as the repository names it (`datos/padron.csv`), used as each
   * annotation's `file`, or a function from a table's `place` to that path (for a Data Package's
   * resources); default each table's `place`.
   */
  file?: string | ((place: string) => string);
  /** Catalogs that word error types of other packages (see `RenderOptions.catalogs`). */
  catalogs?: IssueCatalogs;
}

/** A workflow command's message: `%`, CR and LF escaped as GitHub reads them. */
const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** A workflow command's property value: also `:` and `,`. */
const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * A report as GitHub Actions workflow commands, one annotation per finding listed (consecutive rows
 * with the same finding in the same column are one annotation spanning them): `::error` or
 * `::warning` with the file, the row of the file as `line` (`endLine` for a run), the column number as
 * `col` and the type's title; then each note (capped lists, hidden types) as a `::notice`. Messages
 * are the report's, so cells of personal columns are masked as in every other format.
 *
 * @example
 * ```ts
 * renderGithub(report, "en", { file: "datos/padron.csv" });
 * //=> "::error file=datos/padron.csv,line=7,col=2,title=Type error (type-error)::The value in row 7 …\n…"
 * ```
 */
export function renderGithub(report: Report, lang: Lang = "es", options: GithubOptions = {}): string {
  const w = reportWords(lang);
  const lines: string[] = [];
  const fileOf = (task: string | null) => {
    const place = report.tasks.find((t) => t.name === task)?.place ?? report.tasks[0]?.place ?? "";
    return typeof options.file === "function" ? options.file(place) : (options.file ?? place);
  };
  const runs = groupErrors(report, lang, Number.POSITIVE_INFINITY, options.catalogs).flatMap((d) =>
    d.types.flatMap((g) => g.first.map((shown) => ({ g, shown }))),
  );
  // In the order of the file: by table, then row (file-level findings first).
  const order = (task: string | null) => report.tasks.findIndex((t) => t.name === task);
  runs.sort(
    (a, b) =>
      order(a.shown.task) - order(b.shown.task) ||
      (a.shown.error.rowNumber ?? 0) - (b.shown.error.rowNumber ?? 0) ||
      (a.shown.error.fieldNumber ?? 0) - (b.shown.error.fieldNumber ?? 0),
  );
  for (const { g, shown } of runs) {
    const { error } = shown;
    const props = [`file=${property(fileOf(shown.task))}`];
    if (error.rowNumber !== null && error.rowNumber > 0) {
      props.push(`line=${error.rowNumber}`);
      if (shown.lastRow !== undefined) props.push(`endLine=${shown.lastRow}`);
    }
    if (error.fieldNumber !== null && error.fieldNumber > 0) props.push(`col=${error.fieldNumber}`);
    props.push(`title=${property(`${g.title} (${g.type})`)}`);
    const level = error.severity === "error" ? "error" : "warning";
    lines.push(`::${level} ${props.join(",")}::${data(runText(w, shown, g.title) ?? shown.message)}`);
  }
  // Capped lists and hidden types, worded as in the other formats.
  for (const note of reportNotes(report, lang, options.catalogs))
    lines.push(`::notice file=${property(fileOf(null))}::${data(note)}`);
  return lines.length ? `${lines.join("\n")}\n` : "";
}
