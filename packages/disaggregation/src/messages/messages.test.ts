import { checkCatalogs, checkIssueCatalogs, createIssue, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { barrioListFromCsv } from "../codelists/barrios";
import { parseStandard } from "../standard/standard";
import { disaggregationIssues } from "./issues";
import { disaggregationMessages } from "./messages";

describe("disaggregation catalogs", () => {
  it("word every key in es, en and pt", () => {
    expect(checkIssueCatalogs(disaggregationIssues)).toEqual([]);
    expect(checkCatalogs(disaggregationMessages)).toEqual([]);
  });

  it("format numbers through Intl and agree in number", () => {
    const mismatch = createIssue("disaggregation/total-mismatch", {
      params: { label: "sexo", parts: "F + M", sum: 1234.5, difference: 1 },
    });
    expect(renderIssue(mismatch, "es", disaggregationIssues)).toContain(
      "la suma da 1.234,5, la diferencia es 1",
    );
    expect(renderIssue(mismatch, "en", disaggregationIssues)).toContain("they add up to 1,234.5");
    const once = createIssue("disaggregation/unmapped-value", { params: { label: "sexo", count: 1 } });
    expect(renderIssue(once, "es", disaggregationIssues)).toContain("(aparece 1 vez;");
    expect(renderIssue(once, "en", disaggregationIssues)).toContain("(seen once;");
  });

  it("word a standard's problems without English inside Spanish", () => {
    const r = parseStandard({ id: 1 });
    expect(r.ok).toBe(false);
    const first = r.ok ? undefined : r.errors[0];
    expect(renderIssue(first ?? createIssue("x"), "es", disaggregationIssues)).toMatch(
      /el estándar de desagregación no es válido; se esperaba: /,
    );
    const list = barrioListFromCsv("");
    const problem = list.ok ? undefined : list.errors[0];
    expect(renderIssue(problem ?? createIssue("x"), "pt", disaggregationIssues)).toBe(
      "Arquivo: a lista de códigos não pôde ser carregada: o arquivo está vazio.",
    );
  });
});
