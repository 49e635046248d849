import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveDialect } from "../dialect/resolve";
import type { Dialect } from "../dialect/schema";
import { parseRows } from "../parse/rows";
import { csvCellWriter, escapeFormula, formatCsvRow, formatRowsWithPapa, writeCsv, writer } from "./format";

describe("formatCsvRow", () => {
  it("quotes only when needed", () => {
    expect(formatCsvRow(["a", "b c", "1,5"])).toBe('a,b c,"1,5"');
    expect(formatCsvRow(["a", "1,5"], { delimiter: ";" })).toBe("a;1,5");
    expect(formatCsvRow([" a", "b ", "x\ny", "x\ry", 'di"jo'])).toBe('" a","b ","x\ny","x\ry","di""jo"');
    expect(formatCsvRow(["", "", ""])).toBe(",,");
  });

  it("writes the missing cells of a short or sparse row as empty cells", () => {
    const sparse: string[] = ["a"];
    sparse[3] = "=1+1";
    expect(formatCsvRow(sparse)).toBe("a,,,'=1+1");
    expect(formatCsvRow([undefined, "b"] as unknown as string[])).toBe(",b");
  });

  it("writes a single empty cell as a quoted empty string", () => {
    expect(formatCsvRow([""])).toBe('""');
    expect(formatCsvRow([])).toBe("");
  });

  it("escapes quotes with escapeChar when doubleQuote is false", () => {
    expect(formatCsvRow(['di"jo'], { doubleQuote: false, escapeChar: "\\" })).toBe('"di\\"jo"');
    expect(formatCsvRow(["it's"], { quoteChar: "'" })).toBe("'it''s'");
  });
});

describe("writeCsv", () => {
  it("joins rows with CRLF by default", () => {
    expect(
      writeCsv([
        ["id", "nombre"],
        ["1", "Peña, Ana"],
      ]),
    ).toBe('id,nombre\r\n1,"Peña, Ana"');
    expect(writeCsv([["a"], [""], ["b"]], { lineTerminator: "\n" })).toBe('a\n""\nb');
    expect(writeCsv([])).toBe("");
  });

  it("uses the dialect delimiter", () => {
    expect(writeCsv([["a", "b|c"]], { delimiter: "|" })).toBe('a|"b|c"');
    expect(writeCsv([["a", "b\tc"]], { delimiter: "\t" })).toBe('a\t"b\tc"');
  });
});

describe("escapeFormula", () => {
  it("prefixes text a spreadsheet would evaluate (OWASP) and leaves numbers and other text alone", () => {
    for (const cell of ["=1+1", "+A1", "-A1", "@SUM(A1)", "\tx", "\rx", "-", "+", "=", "-2+3", "--5", "-3 "])
      expect(escapeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ["-3", "+4", "-3,5", "-3.5", "-1.234,56", "-1,234.56", "-.5", "-2e-3", "+1E5"])
      expect(escapeFormula(cell)).toBe(cell);
    for (const cell of ["", "Peña", " =x", "'=x", "3-2", "a=b"]) expect(escapeFormula(cell)).toBe(cell);
  });

  it("is on by default in formatCsvRow and writeCsv, quoting after escaping, and can be turned off", () => {
    expect(formatCsvRow(["=1+1", "-3", "@a,b"])).toBe(`'=1+1,-3,"'@a,b"`);
    expect(formatCsvRow(["=1"], { quoteChar: "'" })).toBe("'''=1'");
    expect(formatCsvRow(["\tx"], { delimiter: "\t" })).toBe(`"'\tx"`);
    expect(writeCsv([["a"], ["=1"]], { escapeFormulas: false })).toBe("a\r\n=1");
    expect(formatCsvRow(["=1"], { escapeFormulas: false })).toBe("=1");
  });
});

describe("writeCsv with papaparse", () => {
  it("keeps its own rules where papaparse would differ", () => {
    // A lone empty cell between, before and after other rows.
    expect(writeCsv([[""], ["a"], [""], [""], ["b", "c"], [""]], { lineTerminator: "\n" })).toBe(
      '""\na\n""\n""\nb,c\n""',
    );
    // Rows with no cells are empty lines, as before.
    expect(writeCsv([[], ["a"], []])).toBe("\r\na\r\n");
    // Short and sparse rows in a table.
    const sparse: string[] = [];
    sparse[2] = "x";
    expect(writeCsv([["a", "b", "c"], ["1"], sparse])).toBe("a,b,c\r\n1\r\n,,x");
    // Formula escaping adds the apostrophe only, and quotes only what needs it.
    expect(writeCsv([["-3", "=1", "@a b", "-3,5"]], { delimiter: ";" })).toBe("-3;'=1;'@a b;-3,5");
  });

  it("quotes a byte order mark and a double quote whatever the quote char", () => {
    expect(formatCsvRow(["\ufeffid", "x"])).toBe('"\ufeffid",x');
    expect(formatCsvRow(['a"b', "it's"], { quoteChar: "'" })).toBe(`'a"b','it''s'`);
  });
});

/** Reads CSV text with the table reader, as one string. */
async function readBack(text: string, dialect: Dialect): Promise<string[][]> {
  async function* whole() {
    yield text;
  }
  const rows: string[][] = [];
  for await (const batch of parseRows(whole(), resolveDialect(dialect)))
    for (const r of batch) rows.push(r.cells);
  return rows;
}

// Quotes, delimiters, line breaks, formula starts, a byte order mark and lone surrogates.
const tricky = fc.constantFrom(...`aÑ7 ,;|\t"'\\\r\n=+-@.\ufeff`, "\r\n", "\ud800", "\udfff");
const anyCell = fc.oneof(
  fc.string({ unit: tricky, maxLength: 8 }),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string({ maxLength: 6 }))
    .map(([a, b]) => a + b),
  fc.integer({ min: -99999, max: 99999 }).map(String),
  fc.string({ unit: "binary", maxLength: 6 }),
);
// Rows of 1 to 6 cells, so short and long rows mix; a row of no cells would read back as [""].
const anyTable = fc.array(fc.array(anyCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 });
const anyDialect = fc.record({
  delimiter: fc.constantFrom(",", ";", "|", "\t"),
  quoteChar: fc.constantFrom('"', "'"),
  lineTerminator: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
  escapeFormulas: fc.boolean(),
});

describe("write → read round trip (property)", () => {
  it("the table reader gives back every cell, formula-leading text with its apostrophe", async () => {
    await fc.assert(
      fc.asyncProperty(anyTable, anyDialect, async (rows, dialect) => {
        const read = await readBack(writeCsv(rows, dialect), dialect);
        const want = dialect.escapeFormulas ? rows.map((r) => r.map(escapeFormula)) : rows;
        expect(read).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it("also with a backslash escape when no cell holds a backslash", async () => {
    const noBackslash = anyCell.filter((c) => !c.includes("\\"));
    const dialect = { doubleQuote: false, escapeChar: "\\", lineTerminator: "\n" as const };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(noBackslash, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        async (rows) => {
          const read = await readBack(writeCsv(rows, { ...dialect, escapeFormulas: false }), dialect);
          expect(read).toEqual(rows.length === 0 ? [] : rows);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the one-pass writer", () => {
  it("writes exactly what papaparse's unparse writes, whatever the cells and the dialect", () => {
    fc.assert(
      fc.property(anyTable, anyDialect, (rows, dialect) => {
        const w = writer(dialect);
        expect(writeCsv(rows, dialect)).toBe(formatRowsWithPapa(rows, w));
      }),
      { numRuns: 500 },
    );
  });
});

describe("csvCellWriter", () => {
  it("writes each cell as writeCsv writes it in a row of several cells", () => {
    fc.assert(
      fc.property(anyCell, anyCell, anyDialect, (a, b, dialect) => {
        const cell = csvCellWriter(dialect);
        expect(`${cell(a)}${dialect.delimiter}${cell(b)}`).toBe(writeCsv([[a, b]], dialect));
      }),
      { numRuns: 300 },
    );
  });
});
