import { defineIssueCatalogs } from "@ciudata/core";

/**
 * How every problem of a hackathon file (challenge, rubric, judging, whole hackathon) is worded in es, en
 * and pt: one entry per issue type and one `expected:<code>` entry per expectation code (`slug`,
 * `on-scale`, `known-judge`…). Render with `renderIssue(issue, lang, hackathonIssues)` from `@ciudata/core`.
 */
export const hackathonIssues = defineIssueCatalogs({
  es: {
    "hackathon/invalid-json": {
      title: "El archivo no es JSON válido",
      describe: (i, w) =>
        i.params.position == null
          ? "el archivo no es JSON válido"
          : `el archivo no es JSON válido (falla en el carácter ${w.number(Number(i.params.position))})`,
    },
    "hackathon/schema": { title: "Valor que no cumple el formato" },
    "hackathon/duplicate-id": { title: "Id repetido" },
    "hackathon/missing-reference": { title: "Referencia a algo no declarado" },
    "hackathon/score": { title: "Puntaje inválido" },
    "expected:required": { title: "un valor (falta)" },
    "expected:slug": { title: "un id en minúsculas con guiones" },
    "expected:date": { title: "una fecha AAAA-MM-DD" },
    "expected:url": { title: "una URL http(s)" },
    "expected:non-empty": { title: "un valor no vacío" },
    "expected:positive": { title: "un número mayor que 0" },
    "expected:known-key": { title: "una clave conocida" },
    "expected:unique-id": { title: "un id que no se repita" },
    "expected:stage-order": {
      title:
        "las etapas en orden definir → validar → idear → prototipar → testear → caso → panel, sin repetir",
    },
    "expected:gate-order": { title: "una fecha de cierre no anterior a la de la etapa previa" },
    "expected:scale-range": { title: "max mayor que min" },
    "expected:known-criterion": { title: "el id de un criterio de la rúbrica" },
    "expected:known-judge": { title: "el id de un jurado declarado" },
    "expected:known-submission": { title: "el id de una entrega declarada" },
    "expected:on-scale": { title: "un valor de la escala del criterio" },
    "expected:one-sheet": { title: "una sola planilla por jurado y entrega" },
    "expected:rubric": { title: "una rúbrica (en el archivo o con --rubric)" },
    "expected:json": { title: "JSON válido" },
    "expected:json-depth": { title: "un JSON con esta cantidad máxima de niveles anidados" },
  },
  en: {
    "hackathon/invalid-json": {
      title: "The file is not valid JSON",
      describe: (i, w) =>
        i.params.position == null
          ? "the file is not valid JSON"
          : `the file is not valid JSON (it fails at character ${w.number(Number(i.params.position))})`,
    },
    "hackathon/schema": { title: "Value that does not fit the format" },
    "hackathon/duplicate-id": { title: "Repeated id" },
    "hackathon/missing-reference": { title: "Reference to something not declared" },
    "hackathon/score": { title: "Invalid score" },
    "expected:required": { title: "a value (it is missing)" },
    "expected:slug": { title: "a lowercase id with hyphens" },
    "expected:date": { title: "a date YYYY-MM-DD" },
    "expected:url": { title: "an http(s) URL" },
    "expected:non-empty": { title: "a non-empty value" },
    "expected:positive": { title: "a number greater than 0" },
    "expected:known-key": { title: "a known key" },
    "expected:unique-id": { title: "an id used only once" },
    "expected:stage-order": {
      title:
        "the stages in order definir → validar → idear → prototipar → testear → caso → panel, none repeated",
    },
    "expected:gate-order": { title: "a gate date not before the previous stage's" },
    "expected:scale-range": { title: "max greater than min" },
    "expected:known-criterion": { title: "the id of a rubric criterion" },
    "expected:known-judge": { title: "a declared judge's id" },
    "expected:known-submission": { title: "a declared submission's id" },
    "expected:on-scale": { title: "a value on the criterion's scale" },
    "expected:one-sheet": { title: "one sheet per judge and submission" },
    "expected:rubric": { title: "a rubric (in the file or with --rubric)" },
    "expected:json": { title: "valid JSON" },
    "expected:json-depth": { title: "a JSON document nested at most this many levels" },
  },
  pt: {
    "hackathon/invalid-json": {
      title: "O arquivo não é JSON válido",
      describe: (i, w) =>
        i.params.position == null
          ? "o arquivo não é JSON válido"
          : `o arquivo não é JSON válido (falha no caractere ${w.number(Number(i.params.position))})`,
    },
    "hackathon/schema": { title: "Valor que não cumpre o formato" },
    "hackathon/duplicate-id": { title: "Id repetido" },
    "hackathon/missing-reference": { title: "Referência a algo não declarado" },
    "hackathon/score": { title: "Nota inválida" },
    "expected:required": { title: "um valor (falta)" },
    "expected:slug": { title: "um id em minúsculas com hifens" },
    "expected:date": { title: "uma data AAAA-MM-DD" },
    "expected:url": { title: "uma URL http(s)" },
    "expected:non-empty": { title: "um valor não vazio" },
    "expected:positive": { title: "um número maior que 0" },
    "expected:known-key": { title: "uma chave conhecida" },
    "expected:unique-id": { title: "um id que não se repita" },
    "expected:stage-order": {
      title:
        "as etapas em ordem definir → validar → idear → prototipar → testear → caso → panel, sem repetir",
    },
    "expected:gate-order": { title: "uma data de fechamento não anterior à da etapa anterior" },
    "expected:scale-range": { title: "max maior que min" },
    "expected:known-criterion": { title: "o id de um critério da rubrica" },
    "expected:known-judge": { title: "o id de um jurado declarado" },
    "expected:known-submission": { title: "o id de uma entrega declarada" },
    "expected:on-scale": { title: "um valor da escala do critério" },
    "expected:one-sheet": { title: "uma só planilha por jurado e entrega" },
    "expected:rubric": { title: "uma rubrica (no arquivo ou com --rubric)" },
    "expected:json": { title: "JSON válido" },
    "expected:json-depth": { title: "um JSON com no máximo esta quantidade de níveis aninhados" },
  },
});
