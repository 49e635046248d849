import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openTable } from "@ciudata/table";
import { openPath } from "@ciudata/table/node";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { describeFile } from "../node/describe-file";

// Acceptance (issue #22): on every real file, the blanks, distinct values, min/max and top counts of
// `describeFile` equal an independent computation here: the bytes decoded with the encoding the stats
// detected, parsed by papaparse with the delimiter they detected, counted with plain JS.

const dir = fileURLToPath(new URL("../../../../../shared/data/real/", import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".csv")) : [];
if (files.length === 0) console.warn(`[ciudata] stats on real files skipped: ${dir} is not present`);

/** A number written with the field's conventions, read independently; `null` when it is not one. */
function readNumber(cell: string, decimalChar = ".", groupChar = ""): number | null {
  let text = cell.trim();
  if (groupChar) text = text.split(groupChar).join("");
  if (decimalChar !== ".") text = text.replace(decimalChar, ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  return Number(text);
}

/** A date `YYYY-MM-DD` from an ISO date or a `%d/%m/%Y` one; `null` otherwise. */
function readDate(cell: string, format: string | undefined): string | null {
  const m =
    format === "%d/%m/%Y" ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (!m) return null;
  return format === "%d/%m/%Y" ? `${m[3]}-${m[2]}-${m[1]}` : cell;
}

describe.skipIf(files.length === 0)("stats of real files equal an independent count", () => {
  it.each(files)(
    "%s",
    async (file) => {
      const path = `${dir}${file}`;
      const stats = await describeFile(path);
      // Read in byte ranges (two threads, whatever the size): the same statistics.
      expect(await describeFile(path, { threads: 2 })).toEqual(stats);
      // The schema in force (for the number and date conventions), opened apart.
      const opened = await openTable(await openPath(path), { inferSample: 10_000 });
      const fields = opened.fields;
      await opened.close();

      const text = new TextDecoder(stats.encoding).decode(readFileSync(path));
      const parsed = Papa.parse<string[]>(text, { delimiter: stats.delimiter, skipEmptyLines: false });
      const [header = [], ...rows] = parsed.data;
      // papaparse gives a last row [""] for the final line break.
      if (rows.length && rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === "") rows.pop();
      expect(stats.rows).toBe(rows.length);
      expect(stats.columns.map((c) => c.name)).toEqual(header);

      stats.columns.forEach((c, i) => {
        const cells = rows.map((r) => r[i] ?? "");
        const where = `${file} › ${c.name}`;
        const empty = cells.filter((v) => v === "").length;
        const spaces = cells.filter((v) => v !== "" && v.trim() === "").length;
        const filled = cells.filter((v) => v.trim() !== "");
        const counts = new Map<string, number>();
        for (const v of filled) counts.set(v, (counts.get(v) ?? 0) + 1);
        expect([c.empty, c.spaces, c.values], where).toEqual([empty, spaces, filled.length]);
        expect(c.distinctExact, where).toBe(true);
        expect(c.distinct, where).toBe(counts.size);
        if (c.personal) {
          expect(c.top ?? c.summary ?? c.lengths, where).toBeUndefined();
          return;
        }
        for (const { value, count } of c.top?.values ?? []) expect(counts.get(value), where).toBe(count);
        const most = Math.max(0, ...counts.values());
        if (filled.length) expect(c.top?.values[0]?.count, where).toBe(most);
        const s = c.summary;
        if (!s) return;
        const field = fields[i];
        if (s.kind === "number") {
          const numbers = filled
            .map((v) => readNumber(v, field?.decimalChar, field?.groupChar))
            .filter((n): n is number => n !== null);
          expect(numbers.length, where).toBe(s.count);
          expect([s.min, s.max], where).toEqual([Math.min(...numbers), Math.max(...numbers)]);
        } else if (s.kind === "date") {
          const dates = filled
            .map((v) => readDate(v, field?.format))
            .filter((d): d is string => d !== null)
            .sort();
          expect(dates.length, where).toBe(s.count);
          expect([s.min, s.max], where).toEqual([dates[0], dates.at(-1)]);
        }
      });
    },
    120_000,
  );
});
