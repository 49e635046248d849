import type { SheetText } from "../sheets/read";

/**
 * A spreadsheet's sheet as a decoded source: its rows as UTF-8 comma-separated text (made as it is
 * read), the first `sampleBytes` characters of it as the sample, and the dialect to read it with.
 */
export function sheetSource(
  sheet: SheetText,
  sampleBytes: number,
  rest: { bytesRead(): number; totalBytes: number | null; name: string | null },
) {
  const head: string[] = [];
  let size = 0;
  while (size < sampleBytes) {
    const next = sheet.text.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
  }
  const sample = head.join("");
  let started = false;
  const text: AsyncIterable<string> = {
    [Symbol.asyncIterator]() {
      if (started) throw new TypeError("decodeSource: text can be read only once");
      started = true;
      return (async function* () {
        if (sample) yield sample;
        yield* sheet.text;
      })();
    },
  };
  return {
    encoding: { encoding: "utf-8", confidence: 1, bom: false, source: "detected" as const },
    format: null,
    // The sheet note (which sheet, what was skipped) is the first finding of the table.
    sample,
    text,
    errors: sheet.note ? [sheet.note] : [],
    bomBytes: 0,
    ...rest,
    sheet: {
      kind: sheet.kind,
      info: sheet.info,
      dialect: {
        delimiter: ",",
        quoteChar: '"',
        doubleQuote: true,
        lineTerminator: "\n",
        header: true,
        headerRows: [sheet.info.headerRow],
      },
    },
  };
}
