import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { type ChangeSink, type CleanChange, type CleanStep, csvCellWriter, writeCsv } from "@ciudata/table";
import { registerTemp, releaseTemp, tempPath } from "@ciudata/table/node";

/** The change log being written: to a temporary name, renamed when the cleaned table is in place. */
export interface LogWriter {
  /** Adds changes (in order). */
  add(changes: readonly CleanChange[]): Promise<void>;
  /**
   * Adds `entries` changes already written as log lines (by {@link logHead} and {@link logRest}, or
   * {@link LogText}); the text of some may come in later calls with 0 entries.
   */
  addText(text: string | Uint8Array, entries: number): Promise<void>;
  /** Whether the log is JSON (else CSV). */
  readonly json: boolean;
  /** Entries written so far. */
  readonly entries: number;
  /** Ends the log (a JSON log gets the summary) and renames it into place. */
  commit(summary: unknown): Promise<void>;
  /** Removes the temporary file (the run failed). */
  abort(): Promise<void>;
}

const CSV_HEADER = ["row", "column", "step", "before", "after", "duplicate_of"];

/** A log cell in CSV: quoted when it must be, formula-leading text escaped for spreadsheets. */
const csvCell = csvCellWriter({ lineTerminator: "\n" });

/** A log line's column as logged: a CSV cell, or a JSON string (`null`: a whole row, as dropped rows are). */
const logColumn = (json: boolean, column: string | null): string =>
  json ? (column === null ? "null" : JSON.stringify(column)) : csvCell(column ?? "");

/**
 * A log line after its row number: `,column,step,before,after,duplicate_of` and a line feed in CSV,
 * the rest of `{"row":N,...}` in JSON (the keys in the order of {@link CleanChange}). `column` as
 * {@link logColumn} writes it; the step is a step's name (a plain identifier); values as shown.
 */
function lineRest(
  json: boolean,
  column: string,
  step: CleanChange["step"],
  before: string,
  after: string,
  duplicateOf: number | undefined,
): string {
  if (json)
    return `,"column":${column},"step":"${step}","before":${JSON.stringify(before)},"after":${JSON.stringify(after)}${duplicateOf === undefined ? "" : `,"duplicateOf":${duplicateOf}`}}`;
  return `,${column},${step},${csvCell(before)},${csvCell(after)},${duplicateOf === undefined ? "" : duplicateOf}\n`;
}

/**
 * A change's log line without the row number that leads it, for a change found in a thread that does
 * not know its row number yet ({@link logHead} writes it). CSV lines end with a line feed.
 */
export function logRest(change: CleanChange, json: boolean): string {
  const column = logColumn(json, change.column);
  return lineRest(json, column, change.step, change.before, change.after, change.duplicateOf);
}

/** The start of a log line up to its row number (`first`: the log's first entry). */
export const logHead = (row: number, json: boolean, first: boolean): string =>
  json ? `${first ? "\n" : ",\n"}{"row":${row}` : String(row);

/**
 * The log lines of a run written straight as text from the cleaner's changes ({@link ChangeSink}): no
 * change object, each value shown (masked in personal columns) and formatted once. With `lines`, they
 * are written without their row number ({@link logRest}), each line's row and end recorded (a thread
 * does not know its rows' numbers yet); else whole, numbered, for `log` ({@link LogWriter.addText}).
 */
export class LogText implements ChangeSink {
  /** The lines not written yet, since the last {@link cut}. */
  text = "";
  /** How many lines are not written yet. */
  entries = 0;
  /**
   * The text cut so far, as UTF-8 bytes: the lines of a batch die young, and a range's log is held
   * outside the collected heap (many small strings held for a range would be copied by every scavenge).
   */
  private pieces: Buffer[] = [];
  /** Each column's label as logged: a CSV cell, or a JSON string. */
  private readonly columns: string[];

  constructor(
    private readonly json: boolean,
    labels: readonly string[],
    private readonly show: (value: string, column: number) => string,
    private readonly log: LogWriter | null,
    /** With it, lines go without their row number: each line's row and end in `text` recorded here. */
    public lines: { rows: number[]; ends: number[] } | null = null,
  ) {
    this.columns = labels.map((l) => logColumn(json, l));
  }

  cell(row: number, column: number, step: CleanStep, before: string, after: string): void {
    const label = this.columns[column] ?? logColumn(this.json, `#${column + 1}`);
    this.add(
      row,
      lineRest(this.json, label, step, this.show(before, column), this.show(after, column), undefined),
    );
  }

  dropped(row: number, step: CleanStep, cells: readonly string[], duplicateOf?: number): void {
    const whole = logColumn(this.json, null);
    this.add(row, lineRest(this.json, whole, step, cells.map(this.show).join("|"), "", duplicateOf));
  }

  /** Ends a piece of text (a batch's lines), to be written by {@link flush}. */
  cut(): void {
    if (this.text) this.pieces.push(Buffer.from(this.text, "utf8"));
    this.text = "";
  }

  /** Writes the lines so far to the log. */
  async flush(): Promise<void> {
    this.cut();
    const log = this.log as LogWriter;
    let count = this.entries;
    this.entries = 0;
    const pieces = this.pieces;
    this.pieces = [];
    for (const piece of pieces) {
      await log.addText(piece, count);
      count = 0;
    }
  }

  private add(row: number, rest: string): void {
    if (this.lines) {
      this.text += rest;
      this.lines.rows.push(row);
      this.lines.ends.push(this.text.length);
    } else {
      const first = (this.log?.entries ?? 0) + this.entries === 0;
      this.text += logHead(row, this.json, first) + rest;
    }
    this.entries++;
  }
}

/**
 * A change log at `path`: CSV (`row,column,step,before,after,duplicate_of`, formula-leading values
 * escaped for spreadsheets) or, for a `.json` path, `{ "changes": [...], "summary": {...} }`. Streamed,
 * so a long log costs no memory; nothing is at `path` until {@link LogWriter.commit}.
 */
export function openLog(path: string): LogWriter {
  const json = /\.json$/i.test(path);
  const tmp = tempPath(path);
  registerTemp(tmp);
  const stream: WriteStream = createWriteStream(tmp, { encoding: "utf8" });
  let failed: unknown = null;
  stream.on("error", (error) => {
    failed = error;
  });
  let entries = 0;
  const write = async (text: string | Uint8Array) => {
    if (failed) throw failed;
    if (!stream.write(text)) await new Promise<void>((r) => stream.once("drain", r));
  };
  const opened = write(json ? '{"changes":[' : `${writeCsv([CSV_HEADER])}\n`);
  const lines = (changes: readonly CleanChange[]): string => {
    let text = "";
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i] as CleanChange;
      text += json
        ? `${entries + i === 0 ? "\n" : ",\n"}${JSON.stringify(c)}`
        : `${c.row ?? ""}${logRest(c, false)}`;
    }
    return text;
  };
  const close = () =>
    new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return {
    json,
    get entries() {
      return entries;
    },
    async addText(text, count) {
      await opened;
      entries += count;
      if (text.length) await write(text);
    },
    async add(changes) {
      await opened;
      if (changes.length === 0) return;
      const text = lines(changes);
      entries += changes.length;
      await write(text);
    },
    async commit(summary) {
      await opened;
      if (json) await write(`\n],"summary":${JSON.stringify(summary)}}\n`);
      await close();
      try {
        await rename(tmp, path);
      } finally {
        releaseTemp(tmp);
      }
    },
    async abort() {
      stream.destroy();
      await rm(tmp, { force: true });
      releaseTemp(tmp);
    },
  };
}
