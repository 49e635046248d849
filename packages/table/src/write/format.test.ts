import { describe, expect, it } from "vitest";
import { escapeFormula, formatCsvRow, writeCsv } from "./format";

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
