import { checkIssueCatalogs, LANGS, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { checkDialect } from "../dialect/validate";
import { tableError } from "./error";
import { tableExpectations } from "./locales/expected";
import { tableIssues } from "./localize";

describe("tableIssues", () => {
  it("words every issue type and expectation in es, en and pt, none empty or throwing", () => {
    expect(checkIssueCatalogs(tableIssues)).toEqual([]);
  });

  it("has every expectation code of the table as an expected:<code> entry in each language", () => {
    for (const lang of LANGS)
      for (const code of Object.keys(tableExpectations.es))
        expect(tableIssues[lang][`expected:${code}`]?.title, `${lang} ${code}`).toBe(
          (tableExpectations[lang] as Record<string, string>)[code],
        );
  });

  it("says what to do about a source problem in the reader's language, never in another", () => {
    const missing = tableError("source-error", {
      params: { path: "nope.csv", reason: "not-found", todo: "not-found" },
    });
    expect(renderIssue(missing, "es", tableIssues)).toBe(
      "En nope.csv: no se pudo abrir nope.csv; qué hacer: revise la ruta; las rutas relativas parten de la carpeta de trabajo actual.",
    );
    expect(renderIssue(missing, "en", tableIssues)).toContain("what to do: check the path");
    expect(renderIssue(missing, "pt", tableIssues)).toContain("o que fazer: verifique o caminho");
    // Without a what-to-do the reason code stays, so the message still says why.
    const odd = tableError("source-error", { params: { path: "x.csv", reason: "busy" } });
    expect(renderIssue(odd, "en", tableIssues)).toBe("At x.csv: could not open x.csv (busy).");
  });

  it("words an invalid dialect key without the English note", () => {
    const [bad] = checkDialect({ delimiter: "\n" }).errors;
    expect(renderIssue(bad as never, "es", tableIssues)).toContain(
      "el dialecto no es válido: «delimiter» no puede ser un salto de línea ni el carácter de comillas",
    );
    expect(renderIssue(bad as never, "es", tableIssues)).not.toContain("must");
  });

  // Issue #17, finding 7: "se tragaron 1 líneas".
  it("agrees the lines an unclosed quote swallowed with their count", () => {
    const one = tableError("unclosed-quote", { rowNumber: 4, params: { lines: 1 } });
    const many = tableError("unclosed-quote", { rowNumber: 4, params: { lines: 1234 } });
    expect(renderIssue(one, "es", tableIssues)).toContain("se tragaron 1 línea hasta");
    expect(renderIssue(many, "es", tableIssues)).toContain("se tragaron 1.234 líneas hasta");
    expect(renderIssue(one, "en", tableIssues)).toContain("swallowed 1 line up to");
    expect(renderIssue(many, "en", tableIssues)).toContain("swallowed 1,234 lines up to");
    expect(renderIssue(one, "pt", tableIssues)).toContain("engoliram 1 linha até");
  });

  it("words numbers through Intl in the chosen language", () => {
    const limit = tableError("limit-error", {
      rowNumber: 2,
      params: { limit: "maxColumns", found: 30000, value: 20000 },
    });
    expect(renderIssue(limit, "es", tableIssues)).toContain(
      "la fila tiene 30.000 columnas y el límite es 20.000",
    );
    expect(renderIssue(limit, "en", tableIssues)).toContain(
      "the row has 30,000 columns and the limit is 20,000",
    );
    expect(renderIssue(limit, "pt", tableIssues)).toContain("a linha tem 30.000 colunas e o limite é 20.000");
    const extra = tableError("extra-cell", { rowNumber: 3, params: { cells: 1200, labels: 1000 } });
    expect(renderIssue(extra, "es", tableIssues)).toContain(
      "más celdas (1.200) que columnas el encabezado (1.000)",
    );
    expect(renderIssue(extra, "en", tableIssues)).toContain("(1,200)");
  });
});
