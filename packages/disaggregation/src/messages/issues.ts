import { defineIssueCatalogs, type Issue, type NumberWords } from "@ciudata/core";

const text = (e: Issue, key: string): string => String(e.params[key] ?? "");
const num = (e: Issue, key: string): number => Number(e.params[key] ?? 0);
/** A number param through Intl; a string param (older reports) as it is. */
const amount = (e: Issue, key: string, w: NumberWords): string => {
  const v = e.params[key];
  return typeof v === "number" ? w.number(v) : String(v ?? "");
};
/** A ratio param (0..1) as a percentage through Intl. */
const share = (e: Issue, key: string, w: NumberWords): string => w.percent(num(e, key), 1);

/**
 * How the `disaggregation/...` issue types (and this package's expectation codes) are worded in es, en
 * and pt. Pass it to `localize`, `renderMessage` or `renderIssue` whenever a report may hold
 * disaggregation issues: nothing is registered globally.
 *
 * @example
 * ```ts
 * const report = await validateTable(csv, { checks: disaggregationChecks() });
 * localize(report, "en", [disaggregationIssues]).tasks[0]?.errors[0]?.message;
 * //=> "Header: there is no column to disaggregate by sex, required for \"personas\"; …"
 * ```
 */
export const disaggregationIssues = defineIssueCatalogs({
  es: {
    "disaggregation/invalid-standard": {
      title: "Estándar de desagregación inválido",
      describe: (e) =>
        e.params.reason === "unreadable"
          ? `no se pudo leer el archivo del estándar «${text(e, "file")}»`
          : e.params.reason === "not-json"
            ? "el archivo del estándar no es JSON válido"
            : "el estándar de desagregación no es válido",
    },
    "disaggregation/invalid-mapping": {
      title: "Archivo de correspondencias inválido",
      describe: (e) =>
        e.params.reason === "unreadable"
          ? `no se pudo leer el archivo de correspondencias «${text(e, "file")}»`
          : e.params.reason === "not-json"
            ? "el archivo de correspondencias no es JSON válido"
            : "el archivo de correspondencias no es válido",
    },
    "disaggregation/invalid-code-list": {
      title: "Lista de códigos inválida",
      describe: (e) => {
        switch (e.params.reason) {
          case "unreadable":
            return `no se pudo leer el archivo de la lista de códigos «${text(e, "file")}»`;
          case "not-json":
            return "el archivo de la lista de códigos no es JSON válido";
          case "empty-file":
            return "la lista de códigos no se pudo cargar: el archivo está vacío";
          case "no-codes":
            return "la lista de códigos no se pudo cargar: no tiene ningún código";
          case "no-name-column":
            return `la lista de códigos no se pudo cargar: no hay una columna de nombres (columnas: ${text(e, "labels")})`;
          case "no-code-column":
            return `la lista de códigos no se pudo cargar: no hay una columna de códigos (columnas: ${text(e, "labels")})`;
          case "not-a-list":
            return "la lista de códigos no se pudo cargar: se esperaba una lista, un objeto con códigos o una FeatureCollection de GeoJSON";
          case "repeated-code":
            return `el código ${text(e, "code")} está repetido; se conserva el primero`;
          default:
            return "la lista de códigos no se pudo cargar";
        }
      },
    },
    "expected:known-code-list": { title: "una lista de códigos incorporada o definida en «codeLists»" },
    "disaggregation/missing-dimension": {
      title: "Falta una desagregación",
      describe: (e) =>
        e.params.carriedBy
          ? `la tabla no está desagregada por ${text(e, "label")}, ${e.params.required ? "obligatoria" : "recomendada"} para «${text(e, "dataset")}»: sus columnas (${text(e, "columns")}) desagregan solo por ${text(e, "carriedBy")}; una tabla agregada puede publicar esa desagregación en otra tabla`
          : `no hay una columna para desagregar por ${text(e, "label")}, ${e.params.required ? "obligatoria" : "recomendada"} para «${text(e, "dataset")}»`,
    },
    "disaggregation/unknown-share": {
      title: "Demasiados valores desconocidos",
      describe: (e, w) =>
        `${share(e, "share", w)} de los valores de ${text(e, "label")} son desconocidos o faltan (${w.number(num(e, "unknown"))} de ${w.number(num(e, "rows"))}); el máximo es ${share(e, "threshold", w)}`,
    },
    "disaggregation/territory-not-coded": {
      title: "Territorio sin lista elegida",
      describe: (e, w) =>
        `${text(e, "value")} no se codifica: puede ser ${text(e, "candidates")} y no se eligió la lista de códigos de un país (aparece ${w.count(num(e, "count"), { one: "vez", other: "veces" })}; primera vez en esta fila)`,
    },
    "disaggregation/unmapped-value": {
      title: "Valor sin código",
      describe: (e, w) =>
        `el valor no corresponde a ningún código de ${text(e, "label")} (aparece ${w.count(num(e, "count"), { one: "vez", other: "veces" })}; primera vez en esta fila)`,
    },
    "disaggregation/value-outside-code-list": {
      title: "Código fuera de la lista",
      describe: (e, w) =>
        `el código ${text(e, "code")} de ${text(e, "label")} no está en las listas del estándar (${text(e, "lists")}); aparece ${w.count(num(e, "count"), { one: "vez", other: "veces" })}`,
    },
    "disaggregation/age-band-overlap": {
      title: "Grupos de edad superpuestos",
      describe: (e) => `los grupos de edad ${text(e, "first")} y ${text(e, "second")} se superponen`,
    },
    "disaggregation/age-band-gap": {
      title: "Faltan edades entre los grupos",
      describe: (e, w) =>
        `ningún grupo de edad cubre de ${w.number(num(e, "from"))} a ${w.count(num(e, "to"), { one: "año", other: "años" })}`,
    },
    "disaggregation/total-mismatch": {
      title: "El total no es la suma de sus partes",
      describe: (e, w) =>
        `el total de ${text(e, "label")} no es la suma de sus partes (${text(e, "parts")}): la suma da ${amount(e, "sum", w)}, la diferencia es ${amount(e, "difference", w)}`,
    },
    "disaggregation/missing-cross-cell": {
      title: "Falta un cruce",
      describe: (e, w) =>
        `falta el cruce ${text(e, "cell")} en ${w.count(num(e, "groups"), { one: "grupo que sí tiene", other: "grupos que sí tienen" })} otros cruces (primero en esta fila)`,
    },
    "disaggregation/empty-cross-cells": {
      title: "Cruces sin casos",
      describe: (e, w) =>
        `${w.number(num(e, "empty"))} de ${w.count(num(e, "cells"), { one: "cruce", other: "cruces" })} de ${text(e, "dimensions")} no ${num(e, "empty") === 1 ? "tiene" : "tienen"} ningún caso (por ejemplo ${text(e, "examples")})`,
    },
    "disaggregation/unknown-column": {
      title: "Columna desconocida",
      describe: (e) =>
        `no hay una columna ni una dimensión llamada «${text(e, "column")}» (columnas: ${text(e, "labels")})`,
    },
  },
  en: {
    "disaggregation/invalid-standard": {
      title: "Invalid disaggregation standard",
      describe: (e) =>
        e.params.reason === "unreadable"
          ? `the standard file "${text(e, "file")}" could not be read`
          : e.params.reason === "not-json"
            ? "the standard file is not valid JSON"
            : "the disaggregation standard is not valid",
    },
    "disaggregation/invalid-mapping": {
      title: "Invalid mapping file",
      describe: (e) =>
        e.params.reason === "unreadable"
          ? `the mapping file "${text(e, "file")}" could not be read`
          : e.params.reason === "not-json"
            ? "the mapping file is not valid JSON"
            : "the mapping file is not valid",
    },
    "disaggregation/invalid-code-list": {
      title: "Invalid code list",
      describe: (e) => {
        switch (e.params.reason) {
          case "unreadable":
            return `the code list file "${text(e, "file")}" could not be read`;
          case "not-json":
            return "the code list file is not valid JSON";
          case "empty-file":
            return "the code list could not be loaded: the file is empty";
          case "no-codes":
            return "the code list could not be loaded: it has no codes";
          case "no-name-column":
            return `the code list could not be loaded: there is no name column (columns: ${text(e, "labels")})`;
          case "no-code-column":
            return `the code list could not be loaded: there is no code column (columns: ${text(e, "labels")})`;
          case "not-a-list":
            return "the code list could not be loaded: expected a list, an object with codes, or a GeoJSON FeatureCollection";
          case "repeated-code":
            return `the code ${text(e, "code")} is repeated; the first one is kept`;
          default:
            return "the code list could not be loaded";
        }
      },
    },
    "expected:known-code-list": { title: 'a code list that is built in or defined in "codeLists"' },
    "disaggregation/missing-dimension": {
      title: "Missing disaggregation",
      describe: (e) =>
        e.params.carriedBy
          ? `the table is not disaggregated by ${text(e, "label")}, ${e.params.required ? "required" : "recommended"} for "${text(e, "dataset")}": its columns (${text(e, "columns")}) split by ${text(e, "carriedBy")} only; an aggregate table may publish that disaggregation in another table`
          : `there is no column to disaggregate by ${text(e, "label")}, ${e.params.required ? "required" : "recommended"} for "${text(e, "dataset")}"`,
    },
    "disaggregation/unknown-share": {
      title: "Too many unknown values",
      describe: (e, w) =>
        `${share(e, "share", w)} of the ${text(e, "label")} values are unknown or missing (${w.number(num(e, "unknown"))} of ${w.number(num(e, "rows"))}); the maximum is ${share(e, "threshold", w)}`,
    },
    "disaggregation/territory-not-coded": {
      title: "Territory with no code list chosen",
      describe: (e, w) =>
        `${text(e, "value")} is not coded: it may be ${text(e, "candidates")} and no country's code list was chosen (seen ${num(e, "count") === 1 ? "once" : `${w.number(num(e, "count"))} times`}; first in this row)`,
    },
    "disaggregation/unmapped-value": {
      title: "Value without a code",
      describe: (e, w) =>
        `the value matches no ${text(e, "label")} code (seen ${num(e, "count") === 1 ? "once" : `${w.number(num(e, "count"))} times`}; first in this row)`,
    },
    "disaggregation/value-outside-code-list": {
      title: "Code outside the code list",
      describe: (e, w) =>
        `the ${text(e, "label")} code ${text(e, "code")} is not in the standard's lists (${text(e, "lists")}); seen ${num(e, "count") === 1 ? "once" : `${w.number(num(e, "count"))} times`}`,
    },
    "disaggregation/age-band-overlap": {
      title: "Overlapping age bands",
      describe: (e) => `the age bands ${text(e, "first")} and ${text(e, "second")} overlap`,
    },
    "disaggregation/age-band-gap": {
      title: "Ages missing between bands",
      describe: (e, w) =>
        `no age band covers ${w.number(num(e, "from"))} to ${w.count(num(e, "to"), { one: "year", other: "years" })}`,
    },
    "disaggregation/total-mismatch": {
      title: "Total is not the sum of its parts",
      describe: (e, w) =>
        `the ${text(e, "label")} total is not the sum of its parts (${text(e, "parts")}): they add up to ${amount(e, "sum", w)}, a difference of ${amount(e, "difference", w)}`,
    },
    "disaggregation/missing-cross-cell": {
      title: "Missing cross-cell",
      describe: (e, w) =>
        `the cross-cell ${text(e, "cell")} is missing in ${w.count(num(e, "groups"), { one: "group that has", other: "groups that have" })} other cross-cells (first in this row)`,
    },
    "disaggregation/empty-cross-cells": {
      title: "Empty cross-cells",
      describe: (e, w) =>
        `${w.number(num(e, "empty"))} of ${w.count(num(e, "cells"), { one: "cross-cell", other: "cross-cells" })} of ${text(e, "dimensions")} ${num(e, "empty") === 1 ? "has" : "have"} no case (for example ${text(e, "examples")})`,
    },
    "disaggregation/unknown-column": {
      title: "Unknown column",
      describe: (e) =>
        `there is no column or dimension called "${text(e, "column")}" (columns: ${text(e, "labels")})`,
    },
  },
  pt: {
    "disaggregation/invalid-standard": {
      title: "Padrão de desagregação inválido",
      describe: (e) =>
        e.params.reason === "unreadable"
          ? `não foi possível ler o arquivo do padrão «${text(e, "file")}»`
          : e.params.reason === "not-json"
            ? "o arquivo do padrão não é JSON válido"
            : "o padrão de desagregação não é válido",
    },
    "disaggregation/invalid-mapping": {
      title: "Arquivo de correspondências inválido",
      describe: (e) =>
        e.params.reason === "unreadable"
          ? `não foi possível ler o arquivo de correspondências «${text(e, "file")}»`
          : e.params.reason === "not-json"
            ? "o arquivo de correspondências não é JSON válido"
            : "o arquivo de correspondências não é válido",
    },
    "disaggregation/invalid-code-list": {
      title: "Lista de códigos inválida",
      describe: (e) => {
        switch (e.params.reason) {
          case "unreadable":
            return `não foi possível ler o arquivo da lista de códigos «${text(e, "file")}»`;
          case "not-json":
            return "o arquivo da lista de códigos não é JSON válido";
          case "empty-file":
            return "a lista de códigos não pôde ser carregada: o arquivo está vazio";
          case "no-codes":
            return "a lista de códigos não pôde ser carregada: não tem nenhum código";
          case "no-name-column":
            return `a lista de códigos não pôde ser carregada: não há coluna de nomes (colunas: ${text(e, "labels")})`;
          case "no-code-column":
            return `a lista de códigos não pôde ser carregada: não há coluna de códigos (colunas: ${text(e, "labels")})`;
          case "not-a-list":
            return "a lista de códigos não pôde ser carregada: esperava-se uma lista, um objeto com códigos ou uma FeatureCollection GeoJSON";
          case "repeated-code":
            return `o código ${text(e, "code")} está repetido; o primeiro é mantido`;
          default:
            return "a lista de códigos não pôde ser carregada";
        }
      },
    },
    "expected:known-code-list": { title: "uma lista de códigos embutida ou definida em «codeLists»" },
    "disaggregation/missing-dimension": {
      title: "Falta uma desagregação",
      describe: (e) =>
        e.params.carriedBy
          ? `a tabela não está desagregada por ${text(e, "label")}, ${e.params.required ? "obrigatória" : "recomendada"} para "${text(e, "dataset")}": suas colunas (${text(e, "columns")}) desagregam só por ${text(e, "carriedBy")}; uma tabela agregada pode publicar essa desagregação em outra tabela`
          : `não há coluna para desagregar por ${text(e, "label")}, ${e.params.required ? "obrigatória" : "recomendada"} para "${text(e, "dataset")}"`,
    },
    "disaggregation/unknown-share": {
      title: "Valores desconhecidos demais",
      describe: (e, w) =>
        `${share(e, "share", w)} dos valores de ${text(e, "label")} são desconhecidos ou faltam (${w.number(num(e, "unknown"))} de ${w.number(num(e, "rows"))}); o máximo é ${share(e, "threshold", w)}`,
    },
    "disaggregation/territory-not-coded": {
      title: "Território sem lista escolhida",
      describe: (e, w) =>
        `${text(e, "value")} não é codificado: pode ser ${text(e, "candidates")} e não se escolheu a lista de códigos de um país (aparece ${w.count(num(e, "count"), { one: "vez", other: "vezes" })}; primeira nesta linha)`,
    },
    "disaggregation/unmapped-value": {
      title: "Valor sem código",
      describe: (e, w) =>
        `o valor não corresponde a nenhum código de ${text(e, "label")} (aparece ${w.count(num(e, "count"), { one: "vez", other: "vezes" })}; primeira nesta linha)`,
    },
    "disaggregation/value-outside-code-list": {
      title: "Código fora da lista",
      describe: (e, w) =>
        `o código ${text(e, "code")} de ${text(e, "label")} não está nas listas do padrão (${text(e, "lists")}); aparece ${w.count(num(e, "count"), { one: "vez", other: "vezes" })}`,
    },
    "disaggregation/age-band-overlap": {
      title: "Faixas etárias sobrepostas",
      describe: (e) => `as faixas etárias ${text(e, "first")} e ${text(e, "second")} se sobrepõem`,
    },
    "disaggregation/age-band-gap": {
      title: "Idades faltando entre as faixas",
      describe: (e, w) =>
        `nenhuma faixa etária cobre de ${w.number(num(e, "from"))} a ${w.count(num(e, "to"), { one: "ano", other: "anos" })}`,
    },
    "disaggregation/total-mismatch": {
      title: "O total não é a soma das partes",
      describe: (e, w) =>
        `o total de ${text(e, "label")} não é a soma das partes (${text(e, "parts")}): a soma dá ${amount(e, "sum", w)}, diferença de ${amount(e, "difference", w)}`,
    },
    "disaggregation/missing-cross-cell": {
      title: "Falta um cruzamento",
      describe: (e, w) =>
        `falta o cruzamento ${text(e, "cell")} em ${w.count(num(e, "groups"), { one: "grupo que tem", other: "grupos que têm" })} outros cruzamentos (primeiro nesta linha)`,
    },
    "disaggregation/empty-cross-cells": {
      title: "Cruzamentos sem casos",
      describe: (e, w) =>
        `${w.number(num(e, "empty"))} de ${w.count(num(e, "cells"), { one: "cruzamento", other: "cruzamentos" })} de ${text(e, "dimensions")} não ${num(e, "empty") === 1 ? "tem" : "têm"} nenhum caso (por exemplo ${text(e, "examples")})`,
    },
    "disaggregation/unknown-column": {
      title: "Coluna desconhecida",
      describe: (e) =>
        `não há coluna nem dimensão chamada "${text(e, "column")}" (colunas: ${text(e, "labels")})`,
    },
  },
});
