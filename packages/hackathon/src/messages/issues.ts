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
    "hackathon/unknown-action": {
      title:
        "Acción que no está en la estrategia: corrija el id o pase la estrategia correcta con --strategy",
    },
    "hackathon/unknown-dataset": {
      title: "Dataset que no está en el inventario: corrija el id o agréguelo al inventario",
    },
    "hackathon/license": {
      title:
        "Licencia de código que no está aprobada por la OSI: el equipo debe publicar su código con una licencia abierta",
    },
    "hackathon/conflict-scored": {
      title:
        "El jurado puntuó a un equipo con el que declaró un conflicto de interés: su planilla no se cuenta en el ranking; quítela o revise el conflicto",
    },
    "hackathon/missing-score": { title: "Falta el puntaje de un criterio en la planilla" },
    "hackathon/missing-sheet": { title: "Un jurado todavía no puntuó esta entrega" },
    "expected:known-action": { title: "el id de una acción de la estrategia" },
    "expected:known-dataset": { title: "el id de un dataset del inventario" },
    "expected:osi-license": { title: "un id SPDX de licencia aprobada por la OSI" },
    "expected:no-conflict": { title: "un jurado sin conflicto declarado con" },
    "expected:criterion-score": { title: "un puntaje para el criterio" },
    "expected:sheet-of": { title: "la planilla de" },
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
    "hackathon/unknown-action": {
      title: "Action not in the strategy: fix the id or pass the right strategy with --strategy",
    },
    "hackathon/unknown-dataset": {
      title: "Dataset not in the inventory: fix the id or add it to the inventory",
    },
    "hackathon/license": {
      title: "Code licence not approved by the OSI: the team must publish its code under an open licence",
    },
    "hackathon/conflict-scored": {
      title:
        "The judge scored a team they declared a conflict of interest with: the sheet is not counted in the ranking; remove it or review the conflict",
    },
    "hackathon/missing-score": { title: "A criterion's score is missing from the sheet" },
    "hackathon/missing-sheet": { title: "A judge has not scored this submission yet" },
    "expected:known-action": { title: "the id of a strategy action" },
    "expected:known-dataset": { title: "the id of an inventory dataset" },
    "expected:osi-license": { title: "the SPDX id of an OSI-approved licence" },
    "expected:no-conflict": { title: "a judge with no declared conflict with" },
    "expected:criterion-score": { title: "a score for criterion" },
    "expected:sheet-of": { title: "the sheet of" },
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
    "hackathon/unknown-action": {
      title: "Ação que não está na estratégia: corrija o id ou passe a estratégia certa com --strategy",
    },
    "hackathon/unknown-dataset": {
      title: "Dataset que não está no inventário: corrija o id ou adicione-o ao inventário",
    },
    "hackathon/license": {
      title:
        "Licença de código não aprovada pela OSI: a equipe deve publicar seu código com uma licença aberta",
    },
    "hackathon/conflict-scored": {
      title:
        "O jurado pontuou uma equipe com a qual declarou conflito de interesse: a planilha não conta no ranking; retire-a ou revise o conflito",
    },
    "hackathon/missing-score": { title: "Falta a nota de um critério na planilha" },
    "hackathon/missing-sheet": { title: "Um jurado ainda não pontuou esta entrega" },
    "expected:known-action": { title: "o id de uma ação da estratégia" },
    "expected:known-dataset": { title: "o id de um dataset do inventário" },
    "expected:osi-license": { title: "um id SPDX de licença aprovada pela OSI" },
    "expected:no-conflict": { title: "um jurado sem conflito declarado com" },
    "expected:criterion-score": { title: "uma nota para o critério" },
    "expected:sheet-of": { title: "a planilha de" },
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
