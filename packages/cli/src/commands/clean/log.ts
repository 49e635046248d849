import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { type CleanChange, writeCsv } from "@ciudata/table";
import { registerTemp, releaseTemp, tempPath } from "@ciudata/table/node";

/** The change log being written: to a temporary name, renamed when the cleaned table is in place. */
export interface LogWriter {
  /** Adds changes (in order). */
  add(changes: readonly CleanChange[]): Promise<void>;
  /** Adds `entries` changes already written as log lines (by {@link logHead} and {@link logRest}). */
  addText(text: string, entries: number): Promise<void>;
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

const csvCells = (c: CleanChange): string[] => [
  c.row === null ? "" : String(c.row),
  c.column ?? "",
  c.step,
  c.before,
  c.after,
  c.duplicateOf === undefined ? "" : String(c.duplicateOf),
];

/**
 * A change's log line without the row number that leads it, for a change found in a thread that does
 * not know its row number yet ({@link logHead} writes it). CSV lines end with a line feed.
 */
export function logRest(change: CleanChange, json: boolean): string {
  if (json) return JSON.stringify(change).slice(`{"row":${change.row}`.length);
  return `,${writeCsv([csvCells(change).slice(1)])}\n`;
}

/** The start of a log line up to its row number (`first`: the log's first entry). */
export const logHead = (row: number, json: boolean, first: boolean): string =>
  json ? `${first ? "\n" : ",\n"}{"row":${row}` : String(row);

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
  const write = async (text: string) => {
    if (failed) throw failed;
    if (!stream.write(text)) await new Promise<void>((r) => stream.once("drain", r));
  };
  const opened = write(json ? '{"changes":[' : `${writeCsv([CSV_HEADER])}\n`);
  const lines = (changes: readonly CleanChange[]): string => {
    if (!json) return `${writeCsv(changes.map(csvCells), { lineTerminator: "\n" })}\n`;
    let text = "";
    for (let i = 0; i < changes.length; i++)
      text += `${entries + i === 0 ? "\n" : ",\n"}${JSON.stringify(changes[i])}`;
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
      if (count === 0) return;
      entries += count;
      await write(text);
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
