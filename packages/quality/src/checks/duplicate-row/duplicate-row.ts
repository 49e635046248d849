import { type Check, type CheckContext, RowFingerprints, RowHasher, type RowView } from "@ciudata/table";
import { rowError, tupleKey } from "../_shared";
import { rangePlan } from "../_shared/in-ranges";
import type { RowHashState } from "./tally";

/** Options of {@link duplicateRow}. */
export interface DuplicateRowOptions {
  /**
   * Characters of exact row keys kept to confirm a hash match (default 4 million, ~4–8 MB). Past
   * it, a row is remembered by its hash only, and a match whose first row has no key kept is
   * reported with `params.confirmed: false` (two 32-bit hashes agree; never a confirmed duplicate).
   */
  keyBudget?: number | undefined;
}

/**
 * `duplicate-row`: a row whose cast values all equal those of an earlier row (frictionless-py's
 * `duplicate_row`). Only the 2nd+ occurrence is reported. Rows are remembered as a fixed-size hash
 * (two 32-bit hashes of the cast values, 12 bytes a row in a typed-array table, no object per row);
 * a hash match is confirmed on the exact keys of the two rows, never reported on the hash alone
 * while the keys fit `keyBudget`. Blank rows are skipped: each is already one `blank-row` finding.
 *
 * @example
 * ```ts
 * await validate("id,name\n1,Ana\n1,Ana\n", { checks: [duplicateRow()] });
 * // duplicate-row at row 3
 * ```
 */
export function duplicateRow(options: DuplicateRowOptions = {}): Check {
  return duplicateRowWith(new RowHasher(), options);
}

/** {@link duplicateRow} with the given hasher (tests force hash collisions with it). @internal */
export function duplicateRowWith(
  hasher: Pick<RowHasher, "row" | "h1" | "h2">,
  options: DuplicateRowOptions = {},
): Check {
  let budget = options.keyBudget ?? 4_000_000;
  // The 64-bit hash of each row and the row it was first seen at (table's fingerprint table).
  let seen = new RowFingerprints();
  /** The exact key of rows, by row number: every first row while the budget lasts, then those found again. */
  const keys = new Map<number, string>();
  /** Rows whose hash matched a first row of other values: remembered apart, by their exact key. */
  const apart = new Map<string, number>();
  const keyOf = (values: readonly unknown[], count: number) => tupleKey(values.slice(0, count)) ?? "";
  /**
   * A row whose hash matched row `first` (key `firstKey`): reported as its duplicate, or, when the
   * values differ, as the duplicate of an earlier row of those exact values, or remembered apart.
   * `confirmed: false` when the first row's key was not kept (the hashes agree; nothing more is known).
   */
  const matched = (
    row: RowView,
    first: number,
    key: string,
    firstKey: string,
    confirmed: boolean,
    ctx: CheckContext,
  ) => {
    if (firstKey !== key) {
      // Same hash, other values: not a duplicate of that row (maybe of another such row).
      const other = apart.get(key);
      if (other === undefined) {
        apart.set(key, row.rowNumber);
        return;
      }
      first = other;
    }
    ctx.report(
      rowError("duplicate-row", row, ctx, {
        note: `the same as row at position "${first}"`,
        params: confirmed ? { firstRowNumber: first } : { firstRowNumber: first, confirmed: false },
      }),
    );
  };
  return {
    name: "duplicate-row",
    onRow(row, ctx) {
      // A blank row is one finding, `blank-row`; it is not also a duplicate of the first blank row.
      if (row.blank) return;
      const count = ctx.fields.length;
      hasher.row(row.values, count);
      const first = seen.firstOrAddHash(hasher.h1, hasher.h2, row.rowNumber) ?? 0;
      if (first === 0) {
        if (budget > 0) {
          const key = keyOf(row.values, count);
          budget -= key.length;
          keys.set(row.rowNumber, key);
        }
        return;
      }
      const key = keyOf(row.values, count);
      const known = keys.get(first);
      // The first row's key was not kept (past the budget): its key is now this row's, on the hash.
      if (known === undefined) keys.set(first, key);
      matched(row, first, key, known ?? key, known !== undefined, ctx);
    },
    // In a parallel read, each range hashes its rows (12 bytes a row); the hashes are met here in file
    // order, and every match is confirmed on the exact values of both rows, read back by their bytes.
    inRanges: () => rangePlan("duplicateRowRange", {}),
    mergeRanges(ranges, ctx) {
      const count = ctx.fields.length;
      // Sized once for every row: no table grown and hashed again on the way.
      seen = new RowFingerprints(ranges.reduce((n, r) => n + (r.state as RowHashState).rows.length, 0));
      /** Keys of first rows read back (one per row met again). */
      const firstKeys = new Map<number, string>();
      const keyAt = (rowNumber: number) => {
        let key = firstKeys.get(rowNumber);
        if (key === undefined) {
          key = keyOf(ctx.row(rowNumber).values, count);
          firstKeys.set(rowNumber, key);
        }
        return key;
      };
      for (const { state, rowOffset } of ranges) {
        const { h1, h2, rows } = state as RowHashState;
        for (let i = 0; i < rows.length; i++) {
          const rowNumber = (rows[i] as number) + rowOffset;
          const first = seen.firstOrAddHash(h1[i] as number, h2[i] as number, rowNumber) ?? 0;
          if (first === 0) continue;
          const row: RowView = ctx.row(rowNumber);
          matched(row, first, keyOf(row.values, count), keyAt(first), true, ctx);
        }
      }
    },
  };
}
