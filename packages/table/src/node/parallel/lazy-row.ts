import { closeSync, openSync, readSync } from "node:fs";
import type { ResolvedDialect } from "../../dialect/schema";
import { decodeWindows1252 } from "../../encoding/windows-1252";
import type { RowView } from "../../runner/check";
import { splitRecords } from "./records";

/**
 * Reads single records back from a file by their byte offsets, for the few rows a check reports.
 * @internal
 */
export class RecordReader {
  private fd: number | null = null;
  private readonly utf8: TextDecoder | null;

  constructor(
    private readonly path: string,
    encoding: "utf-8" | "windows-1252",
    private readonly dialect: ResolvedDialect,
    private readonly newline: "\n" | "\r\n",
  ) {
    this.utf8 = encoding === "utf-8" ? new TextDecoder("utf-8", { ignoreBOM: true }) : null;
  }

  /** The cells of the record in bytes [start, end). */
  cells(start: number, end: number): string[] {
    if (this.fd === null) this.fd = openSync(this.path, "r");
    const bytes = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(this.fd, bytes, got, bytes.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    const sub = bytes.subarray(0, got);
    const text = this.utf8 === null ? decodeWindows1252(sub) : this.utf8.decode(sub);
    return splitRecords(text, this.dialect, this.newline)[0] ?? [""];
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
