import { describe, expect, it } from "vitest";
import { createIssue } from "../issue/issue";
import { fromZodIssues } from "../zod/zod-issues";
import { checkIssueCatalogs, defineIssueCatalogs, issueTitle, renderIssue } from "./issues";

const issues = defineIssueCatalogs({
  es: {
    "demo/blank": {
      title: "Vacío",
      describe: (i, w) => `faltan ${w.count(Number(i.params.n), { one: "valor", other: "valores" })}`,
    },
  },
  en: {
    "demo/blank": {
      title: "Blank",
      describe: (i, w) => `${w.count(Number(i.params.n), { one: "value", other: "values" })} missing`,
    },
  },
  pt: {
    "demo/blank": {
      title: "Vazio",
      describe: (i, w) => `faltam ${w.count(Number(i.params.n), { one: "valor", other: "valores" })}`,
    },
  },
});

describe("renderIssue", () => {
  it("says where, what failed, what was expected and what was found, in each language", () => {
    const issue = createIssue("demo/blank", {
      rowNumber: 3,
      fieldNumber: 2,
      fieldName: "edad",
      params: { n: 1, expected: "type:integer", received: "x" },
    });
    expect(renderIssue(issue, "es", issues)).toBe(
      "Fila 3, columna 2 (edad): faltan 1 valor; se esperaba: un número entero; se encontró: «x».",
    );
    expect(renderIssue(issue, "en", issues)).toBe(
      "Row 3, column 2 (edad): 1 value missing; expected: an integer; found: «x».",
    );
    expect(renderIssue(issue, "pt", [issues])).toBe(
      "Linha 3, coluna 2 (edad): faltam 1 valor; esperado: um número inteiro; encontrado: «x».",
    );
  });

  it("shows an unknown type as its id, never as another language's text", () => {
    expect(issueTitle("other/type", "pt", issues)).toBe("other/type");
    expect(renderIssue(createIssue("other/type"), "pt", issues)).toBe("Arquivo: other/type.");
  });

  it("locates document issues by path and words zod's expectations", () => {
    const input = { actions: [{ deadline: 2024 }] };
    const [found] = fromZodIssues(
      [
        {
          code: "invalid_type",
          expected: "string",
          path: ["actions", 0, "deadline"],
          message: "Invalid input",
        },
      ],
      input,
      { type: "demo/blank" },
    );
    if (!found) throw new Error("no issue");
    expect(found.params).toMatchObject({
      path: "actions[0].deadline",
      expected: "type:string",
      received: "2024",
    });
    const en = renderIssue({ ...found, params: { ...found.params, n: 2 } }, "en", issues);
    expect(en).toBe("At actions[0].deadline: 2 values missing; expected: a text; found: «2024».");
  });

  it("finds no problem in a complete catalog and names a missing type", () => {
    expect(checkIssueCatalogs(issues)).toEqual([]);
    const broken = { es: { a: { title: "A" } }, en: {}, pt: { a: { title: "A" } } };
    expect(checkIssueCatalogs(broken)).toEqual([{ lang: "en", key: "a", problem: "missing" }]);
  });
});
