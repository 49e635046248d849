import {
  checkCatalogs,
  checkIssueCatalogs,
  createIssue,
  LANGS,
  type Lang,
  renderIssue,
  sampleParams,
} from "@ciudata/core";
import { tableError } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { qualityIssues, withQuality } from "../quality-issues";
import { dimensionMessages } from "./dimensions";
import { qualityMessages } from "./index";
import { scoreMessages } from "./score";

/** The branches the wording takes on `reason` / `what`, so every sentence is rendered at least once. */
const VARIANTS: readonly Record<string, string>[] = [
  {},
  ...["null", "syntax", "false", "missing-field", "bom", "name", "range"].map((reason) => ({ reason })),
  ...[
    "missing-periodicity",
    "invalid-periodicity",
    "missing-modified",
    "descriptor",
    "inline-data",
    "no-data",
    "unreadable",
  ].map((reason) => ({ reason })),
  { what: "rows", bound: "minimum" },
  { what: "fields", bound: "maximum" },
  { reference: "barrios" },
  ...["cannot-order", "in-needs-list", "cannot-apply", "division-by-zero", "unknown-field"].map((reason) => ({
    reason,
  })),
];

/** Params a sentence branches on by their mere presence: absent unless a variant sets them. */
const ABSENT = new Set(["reference"]);

/** Every issue type of quality in every variant, rendered in one language. */
function renderAll(lang: Lang): string[] {
  const out: string[] = [];
  for (const type of Object.keys(qualityIssues.es))
    for (const variant of VARIANTS) {
      const params = new Proxy(variant, {
        get: (target, key) =>
          typeof key === "string" && key in target
            ? target[key]
            : typeof key === "string" && ABSENT.has(key)
              ? undefined
              : (sampleParams() as Record<string | symbol, unknown>)[key],
        has: () => true,
      });
      const issue = createIssue(type, { rowNumber: 3, fieldNumber: 2, fieldName: "x", params });
      out.push(renderIssue(issue, lang, withQuality()));
    }
  return out;
}

/** Words that give away another language inside a sentence. */
const ENGLISH = [" the ", " found", "expected", " is ", " does ", " of ", " and ", " with "];
const SPANISH = [" el ", " se ", " que ", " la ", " los ", " las ", " del ", " está ", " fila "];

describe("quality's catalogs", () => {
  it("word every issue type in es, en and pt, and every sentence renders", () => {
    expect(checkIssueCatalogs(qualityIssues)).toEqual([]);
    expect(checkCatalogs(qualityMessages)).toEqual([]);
    expect(checkCatalogs(scoreMessages)).toEqual([]);
    expect(checkCatalogs(dimensionMessages)).toEqual([]);
    for (const lang of LANGS)
      expect(Object.keys(qualityIssues[lang]).sort()).toEqual(Object.keys(qualityIssues.es).sort());
  });

  it("keeps every message in its own language", () => {
    for (const lang of ["es", "pt"] as const)
      for (const text of renderAll(lang))
        for (const word of ENGLISH) expect(text, `${lang}: ${text}`).not.toContain(word);
    for (const text of renderAll("en"))
      for (const word of SPANISH) expect(text, `en: ${text}`).not.toContain(word);
  });

  it("words quality's types through the catalog value, never a global", () => {
    const e = tableError("duplicate-row", { rowNumber: 4, params: { firstRowNumber: 2 } });
    expect(renderIssue(e, "es", withQuality())).toBe("Fila 4: la fila repite la fila 2.");
    expect(renderIssue(e, "en", withQuality())).toBe("Row 4: the row repeats row 2.");
    expect(renderIssue(e, "pt", withQuality())).toBe("Linha 4: a linha repete a linha 2.");
  });

  it("words why a row formula failed from the evaluation code, in each language", () => {
    const e = tableError("row-constraint", {
      rowNumber: 3,
      params: { formula: "edad > 0", reason: "cannot-order", a: "string", b: "number" },
    });
    expect(renderIssue(e, "es", qualityIssues)).toContain("(no se pueden comparar string y number)");
    expect(renderIssue(e, "en", qualityIssues)).toContain("(cannot compare string and number)");
    expect(renderIssue(e, "pt", qualityIssues)).toContain("(não é possível comparar string e number)");
  });

  it("words what a formula expected in each language (codes from parseExpression)", () => {
    const e = tableError("row-constraint", {
      rowNumber: 2,
      params: { formula: "a.b", reason: "syntax", position: 1, expected: "formula-token", received: "." },
    });
    expect(renderIssue(e, "es", qualityIssues)).toBe(
      "Fila 2: la fórmula «a.b» no se puede leer (posición 1); se esperaba: un nombre de columna, un número, un texto o un operador; se encontró: «.».",
    );
    expect(renderIssue(e, "en", qualityIssues)).toContain(
      "expected: a field name, a number, a string or an operator",
    );
  });

  it("counts with agreeing plurals and the language's number notation", () => {
    const e = tableError("table-dimensions", {
      params: { what: "rows", actual: 1, bound: "minimum", limit: 1500 },
    });
    expect(renderIssue(e, "es", qualityIssues)).toContain("la tabla tiene 1 fila; el mínimo es 1.500");
    expect(renderIssue(e, "en", qualityIssues)).toContain("the table has 1 row; minimum: 1,500");
  });
});
