// The per-range code of the default checks, built alone as `dist/node/range-checks.js` (see
// tsup.worker.config.ts) and loaded by the workers of `parallelRows` (`Check.inRanges`). Nothing of
// `@ciudata/table` runs here: the worker hands the row hasher in (`RangeCheckContext.rowHasher`).
import { DistinctCells } from "../checks/_shared/distinct-cells";
import { tallyRange } from "../checks/_shared/in-ranges";
import { RowHashes } from "../checks/duplicate-row/tally";
import { type MissingOptions, MissingTally } from "../checks/missing-value/tally";
import { WhitespaceTally } from "../checks/whitespace/tally";

type Columns = { indexes: readonly number[]; sample: number };
type Distinct = { indexes: readonly number[]; limit: number };

/** `quality/missing-value` over one range. */
export const missingValueRange = tallyRange((o: MissingOptions) => new MissingTally(o));
/** `quality/whitespace` over one range. */
export const whitespaceRange = tallyRange((o: Columns) => new WhitespaceTally(o));
/**
 * `quality/letter-case` and `quality/category-variants` over one range: their columns' distinct cells
 * (one run when both count the same columns).
 */
export const distinctCellsRange = tallyRange((o: Distinct) => new DistinctCells(o));
/** `duplicate-row` over one range: the hash of every row. */
export const duplicateRowRange = tallyRange(
  (_o: unknown, ctx) => new RowHashes(ctx.rowHasher(), ctx.fields.length),
);
