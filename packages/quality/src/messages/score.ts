import { defineCatalogs, type MessageContext } from "@ciudata/core";

type Penalty = { name: string; error: number; warning: number };
type Units = Penalty & { affected: string; checked: string; rowRule: string };
const one = (w: MessageContext, n: number) => w.number(n, { maximumFractionDigits: 1 });

/** How the scores are explained: formulas, why a dimension has no score, how to get one. */
export const scoreMessages = defineCatalogs({
  es: {
    "formula.findings": (p: Penalty, w: MessageContext) =>
      `${p.name} = 100 − ${one(w, p.error)} por cada error − ${one(w, p.warning)} por cada aviso de esta dimensión; entre 0 y 100`,
    "formula.units": (p: Units, w: MessageContext) =>
      `${p.name} = 100 × (1 − ${p.affected} ÷ ${p.checked}) − ${one(w, p.error)} por cada error y ${one(w, p.warning)} por cada aviso sin fila (encabezado o archivo); entre 0 y 100${p.rowRule}`,
    "cells.affected": "celdas con hallazgos de esta dimensión",
    "completeness.affected":
      "celdas sin valor (vacías o con solo espacios, en cualquier columna, obligatoria o no, más las de filas en blanco o incompletas)",
    "cells.checked": "celdas revisadas (filas × columnas)",
    "rows.affected": "filas con hallazgos de esta dimensión",
    "rows.checked": "filas revisadas",
    rowRule: "; un hallazgo de fila cuenta todas sus celdas",
    overall: "general = promedio de los puntajes de las dimensiones revisadas (las no revisadas no cuentan)",
    "how.validity": "no se leyó ninguna fila",
    "how.completeness": "no se leyó ninguna fila",
    "how.uniqueness": "declare primaryKey, uniqueKeys o «unique» en el esquema, o active duplicate-row",
    "how.consistency":
      "declare foreignKeys en el esquema o active quality/category-variants, quality/cross-field u otro chequeo de consistencia",
    "how.accuracy":
      "declare rangos con minimum y maximum o listas con enum en el esquema, o active deviated-value",
    "how.timeliness": "active quality/stale-data o quality/overdue-update",
    "how.bias": "active quality/missing-by-group, quality/territory-coverage o quality/missing-dimension",
    "how.privacy": "active el chequeo de riesgo de reidentificación (riskCheck de @ciudata/privacy)",
    noRows: "No se leyó ninguna fila: no hay nada que puntuar.",
    notChecked: (p: { how: string }) =>
      `Sin puntaje: ningún chequeo de esta dimensión se ejecutó (${p.how}).`,
    unreadable: (p: { types: string }) => `La tabla no se pudo revisar (${p.types}): puntaje 0.`,
  },
  en: {
    "formula.findings": (p, w) =>
      `${p.name} = 100 − ${one(w, p.error)} per error − ${one(w, p.warning)} per warning of this dimension; between 0 and 100`,
    "formula.units": (p, w) =>
      `${p.name} = 100 × (1 − ${p.affected} ÷ ${p.checked}) − ${one(w, p.error)} per error and ${one(w, p.warning)} per warning without a row (header or file); between 0 and 100${p.rowRule}`,
    "cells.affected": "cells with findings of this dimension",
    "completeness.affected":
      "cells without a value (empty or only spaces, in any column, required or not, plus those of blank or short rows)",
    "cells.checked": "cells checked (rows × columns)",
    "rows.affected": "rows with findings of this dimension",
    "rows.checked": "rows checked",
    rowRule: "; a row finding counts all its cells",
    overall: "overall = mean of the scores of the dimensions checked (those not checked do not count)",
    "how.validity": "no row was read",
    "how.completeness": "no row was read",
    "how.uniqueness": "declare primaryKey, uniqueKeys or `unique` in the schema, or enable duplicate-row",
    "how.consistency":
      "declare foreignKeys in the schema or enable quality/category-variants, quality/cross-field or another consistency check",
    "how.accuracy":
      "declare ranges with minimum and maximum or lists with enum in the schema, or enable deviated-value",
    "how.timeliness": "enable quality/stale-data or quality/overdue-update",
    "how.bias": "enable quality/missing-by-group, quality/territory-coverage or quality/missing-dimension",
    "how.privacy": "enable the re-identification risk check (riskCheck of @ciudata/privacy)",
    noRows: "No row was read: there is nothing to score.",
    notChecked: (p) => `No score: no check of this dimension ran (${p.how}).`,
    unreadable: (p) => `The table could not be checked (${p.types}): score 0.`,
  },
  pt: {
    "formula.findings": (p, w) =>
      `${p.name} = 100 − ${one(w, p.error)} por erro − ${one(w, p.warning)} por aviso desta dimensão; entre 0 e 100`,
    "formula.units": (p, w) =>
      `${p.name} = 100 × (1 − ${p.affected} ÷ ${p.checked}) − ${one(w, p.error)} por erro e ${one(w, p.warning)} por aviso sem linha (cabeçalho ou arquivo); entre 0 e 100${p.rowRule}`,
    "cells.affected": "células com achados desta dimensão",
    "completeness.affected":
      "células sem valor (vazias ou só com espaços, em qualquer coluna, obrigatória ou não, mais as de linhas em branco ou incompletas)",
    "cells.checked": "células verificadas (linhas × colunas)",
    "rows.affected": "linhas com achados desta dimensão",
    "rows.checked": "linhas verificadas",
    rowRule: "; um achado de linha conta todas as suas células",
    overall: "geral = média das pontuações das dimensões verificadas (as não verificadas não contam)",
    "how.validity": "nenhuma linha foi lida",
    "how.completeness": "nenhuma linha foi lida",
    "how.uniqueness": "declare primaryKey, uniqueKeys ou «unique» no esquema, ou ative duplicate-row",
    "how.consistency":
      "declare foreignKeys no esquema ou ative quality/category-variants, quality/cross-field ou outra verificação de consistência",
    "how.accuracy":
      "declare faixas com minimum e maximum ou listas com enum no esquema, ou ative deviated-value",
    "how.timeliness": "ative quality/stale-data ou quality/overdue-update",
    "how.bias": "ative quality/missing-by-group, quality/territory-coverage ou quality/missing-dimension",
    "how.privacy": "ative a verificação de risco de reidentificação (riskCheck de @ciudata/privacy)",
    noRows: "Nenhuma linha foi lida: não há nada a pontuar.",
    notChecked: (p) => `Sem pontuação: nenhuma verificação desta dimensão foi executada (${p.how}).`,
    unreadable: (p) => `A tabela não pôde ser verificada (${p.types}): pontuação 0.`,
  },
});
