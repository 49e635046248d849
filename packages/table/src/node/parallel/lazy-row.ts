import { closeSync, openSync } from "node:fs";
import type { ResolvedDialect } from "../../dialect/schema";
import type { RowView } from "../../runner/check";
import { readAt, recordCells } from "./records";

/**
 * Reads single records back from a file by their byte offsets, for the few rows a check reports.
 * @internal
 */
export class RecordReader {
  private fd: number | null = null;

  constructor(
    private readonly path: string,
    private readonly encoding: "utf-8" | "windows-1252",
    private readonly dialect: ResolvedDialect,
    private readonly newline: "\n" | "\r\n",
  ) {}

  /** The cells of the record in bytes [start, end). */
  cells(start: number, end: number): string[] {
    if (this.fd === null) this.fd = openSync(this.path, "r");
    const bytes = Buffer.allocUnsafe(end - start);
    const got = readAt(this.fd, bytes, 0, bytes.length, start);
    return recordCells(bytes.subarray(0, got), this.encoding, this.dialect, this.newline);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * The row the checks see during a replay: values from the workers, cells read again from the file
 * only when a check asks for them (to report an error). One view is moved from row to row.
 */
export class LazyRow implements RowView {
  rowNumber = 0;
  blank = false;
  private start = 0;
  private end = 0;
  private cached: string[] | null = null;

  constructor(
    readonly values: unknown[],
    private readonly reader: RecordReader,
  ) {}

  moveTo(rowNumber: number, blank: boolean, start: number, end: number): void {
    this.rowNumber = rowNumber;
    this.blank = blank;
    this.start = start;
    this.end = end;
    this.cached = null;
  }

  get cells(): string[] {
    if (this.cached === null) this.cached = this.reader.cells(this.start, this.end);
    return this.cached;
  }
}
