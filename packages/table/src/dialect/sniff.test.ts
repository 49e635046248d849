import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sniffDialect } from "./sniff";

describe("sniffDialect: delimiter", () => {
  it.each([
    [",", "id,nombre,edad\n1,Ana,30\n2,Luis,41\n"],
    [";", "id;nombre;edad\n1;Ana;30\n2;Luis;41\n"],
    ["|", "id|nombre|edad\n1|Ana|30\n2|Luis|41\n"],
    ["\t", "id\tnombre\tedad\n1\tAna\t30\n2\tLuis\t41\n"],
  ])("detects %j", (delimiter, sample) => {
    const { dialect, detected, confidence } = sniffDialect(sample);
    expect(dialect.delimiter).toBe(delimiter);
    expect(detected).toContain("delimiter");
    expect(confidence).toBeGreaterThan(0.8);
  });

  it("is not fooled by decimal commas", () => {
    expect(sniffDialect("nombre;monto\nJuan;1,5").dialect.delimiter).toBe(";");
    const sample = "LNG;LAT;ID\n-58,507;-34,625;31\n-58,401;-34,598;32\n-58,39;-34,6;33\n";
    expect(sniffDialect(sample).dialect.delimiter).toBe(";");
  });

  it("ignores delimiters inside quotes", () => {
    const sample = 'a,b\n"x;y;z",1\n"p;q;r",2\n"u;v;w",3\n';
    expect(sniffDialect(sample).dialect.delimiter).toBe(",");
    const semi = 'a;b\n"x,y,z";1\n"p,q";2\n"u,v,w,t";3\n';
    expect(sniffDialect(semi).dialect.delimiter).toBe(";");
  });

  it("falls back to , for one column", () => {
    const { dialect, confidence } = sniffDialect("nombre\nJuan\nAna\n");
    expect(dialect.delimiter).toBe(",");
    expect(confidence).toBeLessThan(0.8);
  });

  it("lets the hint win", () => {
    const { dialect, detected } = sniffDialect("a;b\n1;2\n", { delimiter: "," });
    expect(dialect.delimiter).toBe(",");
    expect(detected).not.toContain("delimiter");
  });
});

describe("sniffDialect: quoting and line terminator", () => {
  it("detects the line terminator", () => {
    expect(sniffDialect("a,b\r\n1,2\r\n").dialect.lineTerminator).toBe("\r\n");
    expect(sniffDialect("a,b\n1,2\n").dialect.lineTerminator).toBe("\n");
    expect(sniffDialect("a,b\r1,2\r").dialect.lineTerminator).toBe("\r");
  });

  it("detects a single quote char", () => {
    const { dialect } = sniffDialect("'a,x',b\n'c,y',d\n'e',f\n");
    expect(dialect.quoteChar).toBe("'");
    expect(dialect.delimiter).toBe(",");
  });

  it("detects backslash escapes vs doubled quotes", () => {
    const escaped = sniffDialect('id,dicho\n1,"dijo \\"hola\\" y se fue"\n2,"nada"\n').dialect;
    expect(escaped.doubleQuote).toBe(false);
    expect(escaped.escapeChar).toBe("\\");
    const doubled = sniffDialect('id,dicho\n1,"dijo ""hola"" y se fue"\n2,""\n').dialect;
    expect(doubled.doubleQuote).toBe(true);
    expect(doubled.escapeChar).toBeNull();
  });
});

describe("sniffDialect: header and title rows", () => {
  it("detects a header over typed columns", () => {
    const { dialect } = sniffDialect("nombre,edad,fecha\nAna,30,2024-01-02\nLuis,41,2023-05-06\n");
    expect(dialect.header).toBe(true);
    expect(dialect.headerRows).toEqual([1]);
  });

  it("detects no header when the first row is data", () => {
    const { dialect } = sniffDialect("1,30,2024-01-02\n2,41,2023-05-06\n3,12,2022-01-01\n");
    expect(dialect.header).toBe(false);
    expect(dialect.headerRows).toEqual([]);
  });

  it("keeps year labels as a header", () => {
    expect(sniffDialect("provincia,2019,2020\nSalta,10,12\nJujuy,5,7\n").dialect.header).toBe(true);
  });

  it("defaults to a header when unsure", () => {
    expect(sniffDialect("Juan,Perez\nAna,Gomez\n").dialect.header).toBe(true);
  });

  it("finds the real header under title rows", () => {
    const sample = "Ministerio de Salud - Reporte 2024\n\nnombre;edad;monto\nJuan;30;1,5\nAna;25;2,5\n";
    const { dialect, detected } = sniffDialect(sample);
    expect(dialect.delimiter).toBe(";");
    expect(dialect.header).toBe(true);
    expect(dialect.headerRows).toEqual([3]);
    expect(dialect.commentRows).toEqual([1, 2]);
    expect(detected).toEqual(expect.arrayContaining(["headerRows", "commentRows"]));
  });

  it("finds title rows padded with delimiters", () => {
    const sample =
      "Reporte de camas;;;\nFuente: MINSA;;;\nregion;camas;ocupadas;fecha\nLima;10;5;2024-01-01\nCusco;3;1;2024-01-01\n";
    const { dialect } = sniffDialect(sample);
    expect(dialect.headerRows).toEqual([3]);
    expect(dialect.commentRows).toEqual([1, 2]);
  });

  it("does not take a numeric row for a header under a short first row", () => {
    const { dialect } = sniffDialect("monto\n1,5\n2,5\n");
    expect(dialect.headerRows).toEqual([1]);
    expect(dialect.commentRows).toEqual([]);
  });

  it("does not sniff header keys given in the hint", () => {
    const { dialect, detected } = sniffDialect("T\na,b\n1,2\n", { headerRows: [2, 3] });
    expect(dialect.headerRows).toEqual([2, 3]);
    expect(detected).not.toContain("header");
    expect(detected).not.toContain("headerRows");
  });
});

describe("sniffDialect: errors", () => {
  it("reports an invalid hint as dialect-error and sniffs instead", () => {
    const { dialect, errors } = sniffDialect("a;b\n1;2\n", {
      delimiter: ";;" as string,
      lineTerminator: "x",
    });
    expect(errors.map((e) => e.type)).toEqual(["dialect-error", "dialect-error"]);
    expect(errors.map((e) => e.params.key).sort()).toEqual(["delimiter", "lineTerminator"]);
    expect(dialect.delimiter).toBe(";");
  });

  it("handles an empty sample", () => {
    const d = sniffDialect("");
    expect(d.dialect.delimiter).toBe(",");
    expect(d.confidence).toBe(0);
  });

  it("never throws on random input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const d = sniffDialect(s);
        return [",", ";", "|", "\t"].includes(d.dialect.delimiter) && d.confidence >= 0 && d.confidence <= 1;
      }),
      { numRuns: 300 },
    );
  });
});
