import { Decimal } from "../../cast/decimal";
import { PlainDate } from "../../cast/plain-date";

/**
 * The cast values of one field for every row of a range, in a form that crosses threads cheaply:
 * numbers in a typed array (the common case: ids), anything else as a list where our own classes
 * (Decimal, PlainDate) travel as text and are rebuilt.
 */
export type EncodedColumn =
  | { kind: "numbers"; numbers: Float64Array; tags: Uint8Array }
  | { kind: "values"; values: unknown[]; decimals: number[]; dates: number[] };

const NUMBER = 0;
const NULL = 1;
const UNDEFINED = 2;

/** Collects one field's values row by row in a worker. @internal */
export class ColumnBuilder {
  private numbers: Float64Array;
  private tags: Uint8Array;
  private values: unknown[] | null = null;
  private readonly decimals: number[] = [];
  private readonly dates: number[] = [];
  private size = 0;

  /** `capacity`: the rows expected (the arrays grow past it). */
  constructor(capacity = 1024) {
    this.numbers = new Float64Array(Math.max(16, capacity));
    this.tags = new Uint8Array(Math.max(16, capacity));
  }

  push(value: unknown): void {
    const at = this.size++;
    if (this.values === null) {
      if (at === this.numbers.length) this.grow();
      if (typeof value === "number") {
        this.numbers[at] = value;
        return;
      }
      if (value === null) {
        this.tags[at] = NULL;
        return;
      }
      if (value === undefined) {
        this.tags[at] = UNDEFINED;
        return;
      }
      this.values = this.toValues(at);
    }
    if (value instanceof Decimal) {
      this.decimals.push(at);
      this.values.push(value.toString());
    } else if (value instanceof PlainDate) {
      this.dates.push(at);
      this.values.push([value.year, value.month, value.day]);
    } else this.values.push(value);
  }

  private grow(): void {
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.numbers = numbers;
    const tags = new Uint8Array(this.tags.length * 2);
    tags.set(this.tags);
    this.tags = tags;
  }

  private toValues(count: number): unknown[] {
    const out: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const tag = this.tags[i];
      out[i] = tag === NULL ? null : tag === UNDEFINED ? undefined : this.numbers[i];
    }
    return out;
  }

  /** The column, ready to post (`transfer` lists the buffers to move, not copy). */
  finish(): { column: EncodedColumn; transfer: ArrayBuffer[] } {
    if (this.values !== null)
      return {
        column: { kind: "values", values: this.values, decimals: this.decimals, dates: this.dates },
        transfer: [],
      };
    const numbers = this.numbers.slice(0, this.size);
    const tags = this.tags.slice(0, this.size);
    return { column: { kind: "numbers", numbers, tags }, transfer: [numbers.buffer, tags.buffer] };
  }
}

/** Reads a posted column back: `get(i)` is the value of row `i` as the worker cast it. @internal */
export function readColumn(column: EncodedColumn): (i: number) => unknown {
  if (column.kind === "numbers") {
    const { numbers, tags } = column;
    return (i) => {
      const tag = tags[i];
      return tag === NUMBER ? numbers[i] : tag === NULL ? null : undefined;
    };
  }
  const values = column.values;
  for (const i of column.decimals) values[i] = Decimal.from(values[i] as string);
  for (const i of column.dates) {
    const [y, m, d] = values[i] as [number, number, number];
    values[i] = new PlainDate(y, m, d);
  }
  return (i) => values[i];
}
