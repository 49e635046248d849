import { describe, expect, it } from "vitest";
import { formatCsvRow, writeCsv } from "./format";

describe("formatCsvRow", () => {
  it("quotes only when needed", () => {
    expect(formatCsvRow(["a", "b c", "1,5"])).toBe('a,b c,"1,5"');
    expect(formatCsvRow(["a", "1,5"], { delimiter: ";" })).toBe("a;1,5");
    expect(formatCsvRow([" a", "b ", "x\ny", "x\ry", 'di"jo'])).toBe('" a","b ","x\ny","x\ry","di""jo"');
    expect(formatCsvRow(["", "", ""])).toBe(",,");
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
