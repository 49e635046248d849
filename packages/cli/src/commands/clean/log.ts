import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { type CleanChange, writeCsv } from "@ciudata/table";
import { registerTemp, releaseTemp, tempPath } from "@ciudata/table/node";

/** The change log being written: to a temporary name, renamed when the cleaned table is in place. */
export interface LogWriter {
  /** Adds changes (in order). */
  add(changes: readonly CleanChange[]): Promise<void>;
  /** Entries written so far. */
  readonly entries: number;
  /** Ends the log (a JSON log gets the summary) and renames it into place. */
  commit(summary: unknown): Promise<void>;
  /** Removes the temporary file (the run failed). */
  abort(): Promise<void>;
}

const CSV_HEADER = ["row", "column", "step", "before", "after", "duplicate_of"];

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
  const csvCells = (c: CleanChange): string[] => [
    c.row === null ? "" : String(c.row),
    c.column ?? "",
    c.step,
    c.before,
    c.after,
    c.duplicateOf === undefined ? "" : String(c.duplicateOf),
  ];
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
    get entries() {
      return entries;
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
