import { type Check, tableError } from "@ciudata/table";
import { reportMissingField } from "../../text";
import { selectColumns } from "../_shared/columns";
import { controlCharactersMessages } from "./messages";

/** Options of {@link controlCharacters}. */
export interface ControlCharactersOptions {
  /** Columns to check (default all). */
  fields?: readonly string[];
  /** Rows located per column (default 3). */
  sample?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

/**
 * C0 controls except tab, line feed and carriage return (a quoted cell may hold them), DEL, C1 controls,
 * and invisible format characters that break joins and exports: zero-width joiners, word joiner, soft
 * hyphen, directional marks. Whitespace-like ones (vertical tab, form feed, zero-width space, a BOM inside
 * the text) are left to `quality/whitespace`, so one problem gives one finding.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this check's job.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200c-\u200f\u202a-\u202e\u2060-\u2064]/gu;

/**
 * The control and invisible characters of one cell as code points (`U+0000`), in order of first appearance.
 *
 * @example
 * ```ts
 * controlCharactersIn("Pal\u200dermo"); //=> ["U+200D"]
 * controlCharactersIn("Palermo"); //=> []
 * ```
 */
export function controlCharactersIn(cell: string): string[] {
  const found = new Set<string>();
  for (const m of cell.matchAll(CONTROL))
    found.add(`U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return [...found];
}

interface Column {
  index: number;
  cells: number;
  codes: Set<string>;
  rows: number[];
  firstCell: string | null;
}

/**
 * Validity: counts per column the cells holding C0/C1 control characters or zero-width and other
 * invisible characters (they look fine on screen but break joins, exports and spreadsheets), and reports
 * one `quality/control-characters` per column at its first occurrence, with the code points and first rows.
 *
 * @example
 * ```ts
 * const report = await validateTable("barrio\nPal\u0007ermo\nCentro\n", { checks: [controlCharacters()] });
 * report.tasks[0]?.errors[0]?.params.codes; //=> "U+0007"
 * ```
 */
export function controlCharacters(options: ControlCharactersOptions = {}): Check {
  const sample = options.sample ?? 3;
  let columns: Column[] = [];
  let missing: string[] = [];
  return {
    name: "quality/control-characters",
    onStart(ctx) {
      const selected = selectColumns(ctx, options.fields);
      missing = selected.missing;
      const indexes = selected.indexes;
      columns = indexes.map((index) => ({ index, cells: 0, codes: new Set(), rows: [], firstCell: null }));
    },
    onRow(row) {
      if (row.blank) return;
      for (const c of columns) {
        const cell = row.cells[c.index];
        if (cell === undefined || cell === "") continue;
        const codes = controlCharactersIn(cell);
        if (codes.length === 0) continue;
        c.cells++;
        for (const code of codes) c.codes.add(code);
        if (c.rows.length < sample) c.rows.push(row.rowNumber);
        c.firstCell ??= cell;
      }
    },
    onFinish(ctx) {
      for (const name of missing) reportMissingField(ctx, "quality/control-characters", name);
      for (const c of columns) {
        if (c.cells === 0) continue;
        const shown = (c.firstCell ?? "").replace(CONTROL, "\u2423");
        const cell = ctx.mask(shown, c.index);
        ctx.report(
          tableError("quality/control-characters", {
            severity: options.severity ?? "warning",
            tags: ["#table", "#validity"],
            rowNumber: c.rows[0] ?? null,
            fieldNumber: c.index + 1,
            fieldName: ctx.fields[c.index]?.name ?? ctx.labels[c.index] ?? null,
            cell,
            note: `${c.cells} cells with control or invisible characters`,
            params: {
              cells: c.cells,
              codes: [...c.codes].join(", "),
              rows: c.rows.join(", "),
              masked: cell !== shown,
              hint: controlCharactersMessages[ctx.lang].hint,
            },
          }),
        );
      }
    },
  };
}
