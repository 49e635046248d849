import type { RowHasher, RowView } from "@ciudata/table";
import type { Tally } from "../_shared/in-ranges";

/** The hashes of a range's rows, in typed arrays that cross threads without a copy. @internal */
export interface RowHashState {
  h1: Uint32Array;
  h2: Uint32Array;
  /** The row of each hash, counted from 1 at the range's first row (blank rows have none). */
  rows: Int32Array;
}

/**
 * The 64-bit hash of every non-blank row of a range of a parallel read (12 bytes a row), for
 * `duplicate-row` to find repeated rows across ranges on the main thread.
 * @internal
 * @example
 * ```ts
 * const t = new RowHashes(new RowHasher(), 2);
 * t.onRow({ rowNumber: 1, cells: ["1", "Ana"], values: [1, "Ana"], blank: false });
 * t.state().state.rows; //=> Int32Array [1]
 * ```
 */
export class RowHashes implements Tally {
  private h1 = new Uint32Array(1024);
  private h2 = new Uint32Array(1024);
  private rows = new Int32Array(1024);
  private size = 0;

  constructor(
    private readonly hasher: Pick<RowHasher, "row" | "h1" | "h2">,
    private readonly count: number,
  ) {}

  onRow(row: RowView): void {
    // A blank row is one finding, `blank-row`; it is not also a duplicate of the first blank row.
    if (row.blank) return;
    if (this.size === this.rows.length) this.grow();
    this.hasher.row(row.values, this.count);
    this.h1[this.size] = this.hasher.h1;
    this.h2[this.size] = this.hasher.h2;
    this.rows[this.size++] = row.rowNumber;
  }

  state(): { state: RowHashState; transfer: ArrayBuffer[] } {
    const state = {
      h1: this.h1.slice(0, this.size),
      h2: this.h2.slice(0, this.size),
      rows: this.rows.slice(0, this.size),
    };
    return { state, transfer: [state.h1.buffer, state.h2.buffer, state.rows.buffer] };
  }

  private grow(): void {
    const n = this.rows.length * 2;
    const h1 = new Uint32Array(n);
    h1.set(this.h1);
    this.h1 = h1;
    const h2 = new Uint32Array(n);
    h2.set(this.h2);
    this.h2 = h2;
    const rows = new Int32Array(n);
    rows.set(this.rows);
    this.rows = rows;
  }
}
