import { type Check, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { reportMissingField } from "../../text";
import { columnTally } from "../_shared/in-ranges";
import { WHITESPACE_COVERS } from "../_shared/one-finding";
import { WS_DOUBLE, WS_LEADING, WS_TRAILING, WS_UNUSUAL, whitespaceBits } from "../_shared/spaces";
import { WhitespaceTally } from "./tally";

/** Options of {@link whitespace}. */
export interface WhitespaceOptions {
  /** Columns to check (default all). */
  fields?: readonly string[];
  /** Rows located per column (default 3). */
  sample?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

/** What {@link whitespaceKinds} finds in one cell. */
export interface WhitespaceKinds {
  leading: boolean;
  trailing: boolean;
  /** Two or more whitespace characters in a row inside the value. */
  double: boolean;
  /** Tabs, non-breaking or zero-width spaces and other whitespace that is not a plain space. */
  unusual: boolean;
}

/**
 * The whitespace problems of one cell, or `null` when it has none.
 *
 * @example
 * ```ts
 * whitespaceKinds("CORONEL PORTILLO "); //=> { leading: false, trailing: true, double: false, unusual: false }
 * whitespaceKinds("Palermo"); //=> null
 * ```
 */
export function whitespaceKinds(cell: string): WhitespaceKinds | null {
  const bits = whitespaceBits(cell);
  if (bits === 0) return null;
  const leading = (bits & WS_LEADING) !== 0;
  const trailing = (bits & WS_TRAILING) !== 0;
  // A cell of only spaces: leading and trailing; no inner value, so no double space inside it.
  const double = (bits & WS_DOUBLE) !== 0;
  const unusual = (bits & WS_UNUSUAL) !== 0;
  return { leading, trailing, double, unusual };
}

/**
 * Consistency: counts per column the cells with leading, trailing or double spaces (and tabs or
 * non-breaking spaces), which make `CORONEL PORTILLO ` and `CORONEL PORTILLO` two different values, and
 * reports one `quality/whitespace` per column located at its first occurrence, with the first rows. A cell
 * of only spaces holds no value: it is `quality/missing-value`'s (completeness), not counted here.
 *
 * @example
 * ```ts
 * const report = await validateTable("provincia\nCORONEL PORTILLO \nLIMA\n", { checks: [whitespace()] });
 * report.tasks[0]?.errors[0]?.params.trailing; //=> 1
 * ```
 */
export function whitespace(
  options: WhitespaceOptions = {},
): Check & { readonly [WHITESPACE_COVERS]: readonly string[] | null } {
  const { tally, missing, handlers } = columnTally(
    options.fields,
    options.sample ?? 3,
    (o) => new WhitespaceTally(o),
    "whitespaceRange",
  );
  return {
    [WHITESPACE_COVERS]: options.fields ?? null,
    name: "quality/whitespace",
    ...handlers,
    onFinish(ctx) {
      for (const name of missing()) reportMissingField(ctx, "quality/whitespace", name);
      for (const c of tally().columns) {
        if (c.cells === 0) continue;
        const cell = ctx.mask(c.firstCell ?? "", c.index);
        ctx.report(
          tableError("quality/whitespace", {
            severity: options.severity ?? "warning",
            tags: ["#table", "#consistency"],
            rowNumber: c.rows[0] ?? null,
            fieldNumber: c.index + 1,
            fieldName: ctx.fields[c.index]?.name ?? ctx.labels[c.index] ?? null,
            cell,
            note: `${c.cells} cells with extra whitespace`,
            params: {
              cells: c.cells,
              leading: c.leading,
              trailing: c.trailing,
              double: c.double,
              unusual: c.unusual,
              rows: c.rows.join(", "),
              masked: cell !== c.firstCell,
              hint: phrase(ctx.lang, "whitespace.hint"),
            },
          }),
        );
      }
    },
  };
}
