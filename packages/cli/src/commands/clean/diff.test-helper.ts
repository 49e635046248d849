import { maskCell } from "@ciudata/core";
import Papa from "papaparse";

/** One entry of a JSON change log. */
export interface LogEntry {
  row: number | null;
  column: string | null;
  step: string;
  before: string;
  after: string;
  duplicateOf?: number;
}

const parse = (text: string, delimiter: string): string[][] =>
  Papa.parse<string[]>(text.replace(/\r?\n$/, ""), { delimiter, header: false }).data;

/**
 * Compares an input (read with the delimiter the log names) and `clean`'s output cell by cell with an independent reader (papaparse) against a
 * log written with `--mask-all`: returns the problems (a difference not logged, a log entry that is no
 * difference), `[]` when the log tells exactly what changed.
 */
export function changesMatchDiff(input: string, output: string, log: readonly LogEntry[]): string[] {
  const problems: string[] = [];
  // The delimiter clean read, as its log says (a comma when it logged no change).
  const logged = log.find((e) => e.step === "delimiter")?.before;
  const delimiter = logged === undefined ? "," : (JSON.parse(`"${logged}"`) as string);
  const before = parse(input, delimiter);
  const after = parse(output, ",");
  const dropped = new Set(log.filter((e) => e.row !== null && e.column === null).map((e) => e.row));
  const cells = new Map<string, LogEntry>(
    log.filter((e) => e.column !== null).map((e) => [`${e.row}|${e.column}`, e] as const),
  );
  const labels = before[0] ?? [];
  const kept = before.flatMap((cells, i) => (i === 0 || !dropped.has(i + 1) ? [{ row: i + 1, cells }] : []));
  if (kept.length !== after.length) problems.push(`rows: ${kept.length} kept, ${after.length} written`);
  const used = new Set<string>();
  kept.forEach(({ row, cells: was }, k) => {
    const now = after[k] ?? [];
    for (let j = 0; j < Math.max(was.length, now.length); j++) {
      const key = `${row}|${labels[j]}`;
      const entry = cells.get(key);
      if ((was[j] ?? "") === (now[j] ?? "")) continue;
      used.add(key);
      if (!entry) problems.push(`row ${row} column ${labels[j]}: «${was[j]}» → «${now[j]}» not logged`);
      else if (entry.before !== maskCell(was[j] ?? "") || entry.after !== maskCell(now[j] ?? ""))
        problems.push(`row ${row} column ${labels[j]}: logged ${entry.before} → ${entry.after}`);
    }
  });
  for (const key of cells.keys()) if (!used.has(key)) problems.push(`${key}: logged but not a difference`);
  return problems;
}
