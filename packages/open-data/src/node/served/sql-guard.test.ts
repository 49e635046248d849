import { describe, expect, it } from "vitest";
import { checkSelect, SqlRefused, statementBody } from "./sql-guard";

const served = new Set(["reclamos", "barrios"]);
const refusal = (sql: string) => {
  try {
    checkSelect(sql, served);
    return null;
  } catch (error) {
    if (!(error instanceof SqlRefused)) throw error;
    return [error.reason, error.word];
  }
};

describe("checkSelect", () => {
  it("reads an escape string (E'…') as the database does: a backslash escapes the quote", () => {
    expect(refusal("SELECT E'\\'', 1 FROM read_csv('/etc/passwd') --'")?.[1]).toBe("read_csv");
    expect(refusal("SELECT e'\\'' AS a, getenv('HOME') --'")).toEqual(["forbidden-function", "getenv"]);
    expect(refusal("SELECT E'it\\'s' AS a FROM reclamos")).toBeNull();
    // Not an escape string: a word ending in e, or an e apart from the quote.
    expect(refusal("SELECT 'a\\' AS x FROM reclamos")).toBeNull();
    expect(refusal("SELECT canal AS e FROM reclamos WHERE canal = 'x\\'")).toBeNull();
  });

  it("returns the served tables a statement reads", () => {
    expect(checkSelect("SELECT * FROM reclamos r JOIN barrios b ON r.numero = b.id", served)).toEqual([
      "reclamos",
      "barrios",
    ]);
  });
});

describe("statementBody", () => {
  it("cuts after the last token, so a trailing semicolon or comment cannot swallow the wrapper", () => {
    expect(statementBody("SELECT 1; -- uno")).toBe("SELECT 1");
    expect(statementBody("SELECT 1 -- uno\n;;  ")).toBe("SELECT 1");
    expect(statementBody("/* a */ SELECT ';' /* b */")).toBe("/* a */ SELECT ';'");
  });
});
