import type { IssueCatalogs, Lang } from "@ciudata/core";
import type { TableError } from "../report/error";
import type { Check } from "./check";
import type { Masking } from "./mask";
import type { OpenTableOptions } from "./open-table";
import type { RowRunner } from "./row-runner";

/** Options of {@link validateTable} and {@link inspectTable}: how to open the table, and how to check it. */
export interface ValidateOptions extends OpenTableOptions {
  /** Extra checks (quality, privacy, disaggregation…) run in the same pass. */
  checks?: readonly Check[];
  /** Keep only these error types or tags (`"type-error"`, `"#row"`). */
  pickErrors?: readonly string[];
  /** Drop these error types or tags. */
  skipErrors?: readonly string[];
  /**
   * List at most this many errors (default 1000, as frictionless-py; `0` or `Infinity`: all). Every
   * finding is still counted: `stats` and the task's `totals` hold them all.
   */
  limitErrors?: number;
  /**
   * A key per finding (e.g. its quality dimension): the task's `totals.byKey` counts the distinct rows
   * and cells hit under each key, across error types.
   */
  countBy?: (error: TableError) => string;
  /**
   * Which findings are listed (default: all): the others are still counted in `stats`, `totals` and
   * scores, but never listed and do not use up `limitErrors` (how `ciudata validate --pick-errors`
   * shows some types while scoring all of them; see `selectFindings`).
   */
  listErrors?: (error: TableError) => boolean;
  /** Language of the messages (default `"es"`). */
  lang?: Lang;
  /**
   * How to word issue types the table does not know (besides each check's own `issues`), e.g.
   * `privacyIssues` for a report that will also carry privacy findings.
   */
  catalogs?: IssueCatalogs;
  /** Put raw cells in errors instead of masked ones. Off by default: reports never print raw personal data. */
  revealCells?: boolean;
  /**
   * Which columns are personal (masked whole in every error) and which are shown as they are. Without
   * it every cell is masked; the CLI passes the columns `@ciudata/privacy` classes as personal.
   */
  masking?: Masking;
  /**
   * Reads the data rows another way, e.g. `parallelRows()` from `@ciudata/table/node` (worker threads
   * for large local files). The report is the same; the runner falls back to its own loop when the
   * source or the checks do not allow it.
   */
  rowRunner?: RowRunner;
}
