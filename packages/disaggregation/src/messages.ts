import { type Lang, registerMessages, type TableError } from "@ciudata/table";

type Describe = (e: TableError) => string;
type Catalog = Record<string, { title: string; describe: Describe }>;

const p = (e: TableError, k: string) => String(e.params[k] ?? "");

const es: Catalog = {
  "disaggregation/invalid-standard": {
    title: "Estándar de desagregación inválido",
    describe: (e) => `el estándar no es válido en ${p(e, "path")}: ${p(e, "issue")}`,
  },
  "disaggregation/invalid-mapping": {
    title: "Archivo de correspondencias inválido",
    describe: (e) => `el archivo de correspondencias no es válido en ${p(e, "path")}: ${p(e, "issue")}`,
  },
  "disaggregation/invalid-code-list": {
    title: "Lista de códigos inválida",
    describe: (e) => `la lista de códigos no se pudo cargar: ${e.note}`,
  },
  "disaggregation/missing-dimension": {
    title: "Falta una desagregación",
    describe: (e) =>
      `no hay una columna para desagregar por ${p(e, "label")}, ${e.params.required ? "obligatoria" : "recomendada"} para «${p(e, "dataset")}»`,
  },
  "disaggregation/unknown-share": {
    title: "Demasiados valores desconocidos",
    describe: (e) =>
      `${p(e, "share")} % de los valores de ${p(e, "label")} son desconocidos o faltan (${p(e, "unknown")} de ${p(e, "rows")}); el máximo es ${p(e, "threshold")} %`,
  },
  "disaggregation/unmapped-value": {
    title: "Valor sin código",
    describe: (e) =>
      `el valor no corresponde a ningún código de ${p(e, "label")} (aparece ${p(e, "count")} veces; primera vez en esta fila)`,
  },
  "disaggregation/value-outside-code-list": {
    title: "Código fuera de la lista",
    describe: (e) =>
      `el código ${p(e, "code")} de ${p(e, "label")} no está en las listas del estándar (${p(e, "lists")}); aparece ${p(e, "count")} veces`,
  },
  "disaggregation/age-band-overlap": {
    title: "Grupos de edad superpuestos",
    describe: (e) => `los grupos de edad ${p(e, "first")} y ${p(e, "second")} se superponen`,
  },
  "disaggregation/age-band-gap": {
    title: "Faltan edades entre los grupos",
    describe: (e) => `ningún grupo de edad cubre de ${p(e, "from")} a ${p(e, "to")} años`,
  },
  "disaggregation/total-mismatch": {
    title: "El total no es la suma de sus partes",
    describe: (e) =>
      `el total de ${p(e, "label")} no es la suma de sus partes (${p(e, "parts")}): la suma da ${p(e, "sum")}, la diferencia es ${p(e, "difference")}`,
  },
  "disaggregation/missing-cross-cell": {
    title: "Falta un cruce",
    describe: (e) =>
      `falta el cruce ${p(e, "cell")} en ${p(e, "groups")} grupos que sí tienen otros cruces (primero en esta fila)`,
  },
  "disaggregation/empty-cross-cells": {
    title: "Cruces sin casos",
    describe: (e) =>
      `${p(e, "empty")} de ${p(e, "cells")} cruces de ${p(e, "dimensions")} no tienen ningún caso (por ejemplo ${p(e, "examples")})`,
  },
  "disaggregation/unknown-column": {
    title: "Columna desconocida",
    describe: (e) =>
      `no hay una columna ni una dimensión llamada «${p(e, "column")}» (columnas: ${p(e, "labels")})`,
  },
};

const en: Catalog = {
  "disaggregation/invalid-standard": {
    title: "Invalid disaggregation standard",
    describe: (e) => `the standard is not valid at ${p(e, "path")}: ${p(e, "issue")}`,
  },
  "disaggregation/invalid-mapping": {
    title: "Invalid mapping file",
    describe: (e) => `the mapping file is not valid at ${p(e, "path")}: ${p(e, "issue")}`,
  },
  "disaggregation/invalid-code-list": {
    title: "Invalid code list",
    describe: (e) => `the code list could not be loaded: ${e.note}`,
  },
  "disaggregation/missing-dimension": {
    title: "Missing disaggregation",
    describe: (e) =>
      `there is no column to disaggregate by ${p(e, "label")}, ${e.params.required ? "required" : "recommended"} for "${p(e, "dataset")}"`,
  },
  "disaggregation/unknown-share": {
    title: "Too many unknown values",
    describe: (e) =>
      `${p(e, "share")}% of the ${p(e, "label")} values are unknown or missing (${p(e, "unknown")} of ${p(e, "rows")}); the maximum is ${p(e, "threshold")}%`,
  },
  "disaggregation/unmapped-value": {
    title: "Value without a code",
    describe: (e) =>
      `the value matches no ${p(e, "label")} code (seen ${p(e, "count")} times; first in this row)`,
  },
  "disaggregation/value-outside-code-list": {
    title: "Code outside the code list",
    describe: (e) =>
      `the ${p(e, "label")} code ${p(e, "code")} is not in the standard's lists (${p(e, "lists")}); seen ${p(e, "count")} times`,
  },
  "disaggregation/age-band-overlap": {
    title: "Overlapping age bands",
    describe: (e) => `the age bands ${p(e, "first")} and ${p(e, "second")} overlap`,
  },
  "disaggregation/age-band-gap": {
    title: "Ages missing between bands",
    describe: (e) => `no age band covers ${p(e, "from")} to ${p(e, "to")} years`,
  },
  "disaggregation/total-mismatch": {
    title: "Total is not the sum of its parts",
    describe: (e) =>
      `the ${p(e, "label")} total is not the sum of its parts (${p(e, "parts")}): they add up to ${p(e, "sum")}, a difference of ${p(e, "difference")}`,
  },
  "disaggregation/missing-cross-cell": {
    title: "Missing cross-cell",
    describe: (e) =>
      `the cross-cell ${p(e, "cell")} is missing in ${p(e, "groups")} groups that have other cross-cells (first in this row)`,
  },
  "disaggregation/empty-cross-cells": {
    title: "Empty cross-cells",
    describe: (e) =>
      `${p(e, "empty")} of ${p(e, "cells")} cross-cells of ${p(e, "dimensions")} have no case (for example ${p(e, "examples")})`,
  },
  "disaggregation/unknown-column": {
    title: "Unknown column",
    describe: (e) =>
      `there is no column or dimension called "${p(e, "column")}" (columns: ${p(e, "labels")})`,
  },
};

const pt: Catalog = {
  "disaggregation/invalid-standard": {
    title: "Padrão de desagregação inválido",
    describe: (e) => `o padrão não é válido em ${p(e, "path")}: ${p(e, "issue")}`,
  },
  "disaggregation/invalid-mapping": {
    title: "Arquivo de correspondências inválido",
    describe: (e) => `o arquivo de correspondências não é válido em ${p(e, "path")}: ${p(e, "issue")}`,
  },
  "disaggregation/invalid-code-list": {
    title: "Lista de códigos inválida",
    describe: (e) => `a lista de códigos não pôde ser carregada: ${e.note}`,
  },
  "disaggregation/missing-dimension": {
    title: "Falta uma desagregação",
    describe: (e) =>
      `não há coluna para desagregar por ${p(e, "label")}, ${e.params.required ? "obrigatória" : "recomendada"} para "${p(e, "dataset")}"`,
  },
  "disaggregation/unknown-share": {
    title: "Valores desconhecidos demais",
    describe: (e) =>
      `${p(e, "share")}% dos valores de ${p(e, "label")} são desconhecidos ou faltam (${p(e, "unknown")} de ${p(e, "rows")}); o máximo é ${p(e, "threshold")}%`,
  },
  "disaggregation/unmapped-value": {
    title: "Valor sem código",
    describe: (e) =>
      `o valor não corresponde a nenhum código de ${p(e, "label")} (aparece ${p(e, "count")} vezes; primeira nesta linha)`,
  },
  "disaggregation/value-outside-code-list": {
    title: "Código fora da lista",
    describe: (e) =>
      `o código ${p(e, "code")} de ${p(e, "label")} não está nas listas do padrão (${p(e, "lists")}); aparece ${p(e, "count")} vezes`,
  },
  "disaggregation/age-band-overlap": {
    title: "Faixas etárias sobrepostas",
    describe: (e) => `as faixas etárias ${p(e, "first")} e ${p(e, "second")} se sobrepõem`,
  },
  "disaggregation/age-band-gap": {
    title: "Idades faltando entre as faixas",
    describe: (e) => `nenhuma faixa etária cobre de ${p(e, "from")} a ${p(e, "to")} anos`,
  },
  "disaggregation/total-mismatch": {
    title: "O total não é a soma das partes",
    describe: (e) =>
      `o total de ${p(e, "label")} não é a soma das partes (${p(e, "parts")}): a soma dá ${p(e, "sum")}, diferença de ${p(e, "difference")}`,
  },
  "disaggregation/missing-cross-cell": {
    title: "Falta um cruzamento",
    describe: (e) =>
      `falta o cruzamento ${p(e, "cell")} em ${p(e, "groups")} grupos que têm outros cruzamentos (primeiro nesta linha)`,
  },
  "disaggregation/empty-cross-cells": {
    title: "Cruzamentos sem casos",
    describe: (e) =>
      `${p(e, "empty")} de ${p(e, "cells")} cruzamentos de ${p(e, "dimensions")} não têm nenhum caso (por exemplo ${p(e, "examples")})`,
  },
  "disaggregation/unknown-column": {
    title: "Coluna desconhecida",
    describe: (e) => `não há coluna nem dimensão chamada "${p(e, "column")}" (colunas: ${p(e, "labels")})`,
  },
};

/** Every error type this package reports. */
export const DISAGGREGATION_ERROR_TYPES: readonly string[] = Object.keys(es);

let registered = false;

/**
 * Adds the es/en/pt wording of the `disaggregation/...` error types to the report's messages. Idempotent:
 * the checks call it themselves.
 *
 * @example
 * ```ts
 * registerDisaggregationMessages();
 * errorTitle("disaggregation/total-mismatch", "es"); //=> "El total no es la suma de sus partes"
 * ```
 */
export function registerDisaggregationMessages(): void {
  if (registered) return;
  const catalogs: Record<Lang, Catalog> = { es, en, pt };
  for (const lang of Object.keys(catalogs) as Lang[])
    for (const [type, m] of Object.entries(catalogs[lang])) registerMessages(lang, type, m.title, m.describe);
  registered = true;
}
