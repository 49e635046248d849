import { type Lang, translator } from "@ciudata/core";
import { extractMessages } from "../../messages/extract";

/** Rows listed by number in a message; the count is always of every row. */
const SHOWN = 5;

/** Row numbers as a short list: the first few, then "…". */
function rowList(rows: readonly number[], count: number): string {
  return `${rows.join(", ")}${count > rows.length ? ", …" : ""}`;
}

/**
 * The cells that did not cast to their column's type, counted per column (all of them) with the first row
 * numbers; never their values, which may be personal.
 *
 * @example
 * ```ts
 * const tally = new CastTally();
 * tally.add("edad", "integer", 7);
 * tally.lines("es"); //=> ["columna edad: 1 celda no es de tipo integer (1 fila 7)"]
 * ```
 */
export class CastTally {
  private readonly columns = new Map<string, { type: string; count: number; rows: number[] }>();

  /** Records one cell of `column` (of `type`) at `row` that did not cast. */
  add(column: string, type: string, row: number): void {
    const entry = this.columns.get(column) ?? { type, count: 0, rows: [] };
    this.columns.set(column, entry);
    entry.count++;
    if (entry.rows.length < SHOWN) entry.rows.push(row);
  }

  /** Cells that did not cast, in every column. */
  get total(): number {
    let n = 0;
    for (const e of this.columns.values()) n += e.count;
    return n;
  }

  /** One line per column, in the user's language. */
  lines(lang: Lang): string[] {
    const { t } = translator(extractMessages, lang);
    return [...this.columns].map(([column, e]) =>
      t("castFailed", { column, type: e.type, count: e.count, rows: rowList(e.rows, e.count) }),
    );
  }
}

/**
 * The rows a `--where` formula could not be evaluated on (an empty cell compared with a number…): counted,
 * the first row numbers kept.
 *
 * @example
 * ```ts
 * const failed = new RowTally();
 * failed.add(12);
 * failed.line("en"); //=> "--where could not be evaluated on 1 row (12): left out. …"
 * ```
 */
export class RowTally {
  count = 0;
  private readonly rows: number[] = [];

  /** Records one row. */
  add(row: number): void {
    this.count++;
    if (this.rows.length < SHOWN) this.rows.push(row);
  }

  /** The warning, in the user's language. */
  line(lang: Lang): string {
    return translator(extractMessages, lang).t("whereFailed", {
      count: this.count,
      rows: rowList(this.rows, this.count),
    });
  }
}
