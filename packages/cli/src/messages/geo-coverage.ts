import { defineCatalogs } from "@ciudata/core";

type Pop = { file: string; code: string; count: string; found: number; territories: number };

/** The texts of `ciudata geo coverage`, in es, en and pt. */
export const geoCoverageMessages = defineCatalogs({
  es: {
    title: (p: { file: string }) => `Cobertura por territorio: ${p.file}`,
    fromPoints: "Territorio de cada fila: el área que contiene su punto (como en geo assign).",
    fromColumn: (p: { column: string }) =>
      `Territorio de cada fila: la columna «${p.column}» (sin coordenadas; códigos y nombres comparados sin mayúsculas, tildes ni ceros a la izquierda).`,
    territories: (p: { file: string; count: number; code: string }, w) =>
      `Áreas: ${w.count(p.count, { one: "territorio", other: "territorios" })} de ${p.file} (código: ${p.code}).`,
    rows: (p: { rows: number; counted: number; left: number }, w) =>
      `${w.count(p.rows, { one: "fila leída", other: "filas leídas" })}, ${w.number(p.counted)} en un territorio, ${w.number(p.left)} sin territorio.`,
    unknownTerritories: (p: { values: string }) =>
      `Territorios anotados que no son ninguna área: ${p.values}.`,
    uncoded: (p: { column: string; count: number }, w) =>
      `«${p.column}»: ${w.count(p.count, { one: "valor no reconocido contado", other: "valores no reconocidos contados" })} como desconocido (_U).`,
    population: (p: Pop, w) =>
      `Población: ${p.file}, códigos en «${p.code}», habitantes en «${p.count}»; ${p.found} de ${w.count(p.territories, { one: "territorio encontrado", other: "territorios encontrados" })}.`,
    prefix: (p: { prefix: string }) =>
      `Códigos unidos anteponiendo «${p.prefix}» al código de cada área (15 → ${p.prefix}015): es una suposición; revise que sea la provincia o el nivel correcto.`,
    missing: (p: { codes: string }) => `Territorios sin población (sin tasa): ${p.codes}.`,
    unmatchedRows: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "fila de población no corresponde", other: "filas de población no corresponden" })} a ningún territorio (normal en una tabla nacional).`,
    suppressed: (p: { threshold: number; hidden: number }) =>
      `Celdas suprimidas como en ciudata suppress: ${p.hidden}, las de menos de ${p.threshold} y las necesarias para que no se puedan deducir ni acotar de los totales, sin decir cuáles son chicas («s» en la tabla).`,
    cityRate: (p: { rate: string }) =>
      `Tasa de la ciudad: ${p.rate} por 1.000 habitantes (territorios con total visible).`,
    zero: (p: { names: string }) => `Sin ninguna fila: ${p.names}.`,
    ranking: "Territorios por brecha de cobertura (menor tasa primero)",
    rankingByCount: "Territorios por cantidad (menor primero; sin población no hay tasa)",
    map: "Mapa",
    mapRate: "Filas por 1.000 residentes",
    mapCount: "Filas por territorio",
    cellsHeading: "Por territorio y celda",
    "head.rank": "#",
    "head.code": "código",
    "head.name": "territorio",
    "head.rows": "filas",
    "head.residents": "habitantes",
    "head.rate": "por 1.000",
    "head.gap": "faltan para la tasa de la ciudad",
    "head.total": "total",
    totalRow: "Total",
    hidden: "s",
    badAgeBands: (p: { value: string; choices: string }) =>
      `--age-bands «${p.value}» no es un conjunto de edades conocido; use uno de: ${p.choices}`,
    badThreshold: "--threshold debe ser un entero ≥ 1",
  },
  en: {
    title: (p: { file: string }) => `Coverage by territory: ${p.file}`,
    fromPoints: "Each row's territory: the area that contains its point (as geo assign does).",
    fromColumn: (p: { column: string }) =>
      `Each row's territory: the column "${p.column}" (no coordinates; codes and names compared ignoring case, accents and leading zeros).`,
    territories: (p: { file: string; count: number; code: string }, w) =>
      `Areas: ${w.count(p.count, { one: "territory", other: "territories" })} from ${p.file} (code: ${p.code}).`,
    rows: (p: { rows: number; counted: number; left: number }, w) =>
      `${w.count(p.rows, { one: "row read", other: "rows read" })}, ${w.number(p.counted)} in a territory, ${w.number(p.left)} in none.`,
    unknownTerritories: (p: { values: string }) => `Recorded territories that are no area: ${p.values}.`,
    uncoded: (p: { column: string; count: number }, w) =>
      `"${p.column}": ${w.count(p.count, { one: "unrecognised value counted", other: "unrecognised values counted" })} as unknown (_U).`,
    population: (p: Pop, w) =>
      `Population: ${p.file}, codes in "${p.code}", residents in "${p.count}"; ${p.found} of ${w.count(p.territories, { one: "territory found", other: "territories found" })}.`,
    prefix: (p: { prefix: string }) =>
      `Codes matched by putting "${p.prefix}" before each area's code (15 → ${p.prefix}015): a guess; check it is the right province or level.`,
    missing: (p: { codes: string }) => `Territories without population (no rate): ${p.codes}.`,
    unmatchedRows: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "population row matches", other: "population rows match" })} no territory (normal for a national table).`,
    suppressed: (p: { threshold: number; hidden: number }) =>
      `Cells suppressed as ciudata suppress does: ${p.hidden}, those below ${p.threshold} and those needed so they cannot be worked out or bounded from the totals, without saying which are small ("s" in the table).`,
    cityRate: (p: { rate: string }) =>
      `City rate: ${p.rate} per 1,000 residents (territories with a shown total).`,
    zero: (p: { names: string }) => `With no row at all: ${p.names}.`,
    ranking: "Territories by coverage gap (lowest rate first)",
    rankingByCount: "Territories by count (lowest first; without population there is no rate)",
    map: "Map",
    mapRate: "Rows per 1,000 residents",
    mapCount: "Rows per territory",
    cellsHeading: "By territory and cell",
    "head.rank": "#",
    "head.code": "code",
    "head.name": "territory",
    "head.rows": "rows",
    "head.residents": "residents",
    "head.rate": "per 1,000",
    "head.gap": "missing to reach the city rate",
    "head.total": "total",
    totalRow: "Total",
    hidden: "s",
    badAgeBands: (p: { value: string; choices: string }) =>
      `--age-bands "${p.value}" is not a known set of age bands; use one of: ${p.choices}`,
    badThreshold: "--threshold must be an integer ≥ 1",
  },
  pt: {
    title: (p: { file: string }) => `Cobertura por território: ${p.file}`,
    fromPoints: "Território de cada linha: a área que contém o seu ponto (como em geo assign).",
    fromColumn: (p: { column: string }) =>
      `Território de cada linha: a coluna «${p.column}» (sem coordenadas; códigos e nomes comparados sem maiúsculas, acentos nem zeros à esquerda).`,
    territories: (p: { file: string; count: number; code: string }, w) =>
      `Áreas: ${w.count(p.count, { one: "território", other: "territórios" })} de ${p.file} (código: ${p.code}).`,
    rows: (p: { rows: number; counted: number; left: number }, w) =>
      `${w.count(p.rows, { one: "linha lida", other: "linhas lidas" })}, ${w.number(p.counted)} em um território, ${w.number(p.left)} sem território.`,
    unknownTerritories: (p: { values: string }) =>
      `Territórios anotados que não são nenhuma área: ${p.values}.`,
    uncoded: (p: { column: string; count: number }, w) =>
      `«${p.column}»: ${w.count(p.count, { one: "valor não reconhecido contado", other: "valores não reconhecidos contados" })} como desconhecido (_U).`,
    population: (p: Pop, w) =>
      `População: ${p.file}, códigos em «${p.code}», habitantes em «${p.count}»; ${p.found} de ${w.count(p.territories, { one: "território encontrado", other: "territórios encontrados" })}.`,
    prefix: (p: { prefix: string }) =>
      `Códigos unidos antepondo «${p.prefix}» ao código de cada área (15 → ${p.prefix}015): é uma suposição; verifique se é a província ou o nível certo.`,
    missing: (p: { codes: string }) => `Territórios sem população (sem taxa): ${p.codes}.`,
    unmatchedRows: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "linha de população não corresponde", other: "linhas de população não correspondem" })} a nenhum território (normal numa tabela nacional).`,
    suppressed: (p: { threshold: number; hidden: number }) =>
      `Células suprimidas como faz ciudata suppress: ${p.hidden}, as abaixo de ${p.threshold} e as necessárias para que não possam ser deduzidas nem limitadas dos totais, sem dizer quais são pequenas («s» na tabela).`,
    cityRate: (p: { rate: string }) =>
      `Taxa da cidade: ${p.rate} por 1.000 habitantes (territórios com total visível).`,
    zero: (p: { names: string }) => `Sem nenhuma linha: ${p.names}.`,
    ranking: "Territórios por lacuna de cobertura (menor taxa primeiro)",
    rankingByCount: "Territórios por quantidade (menor primeiro; sem população não há taxa)",
    map: "Mapa",
    mapRate: "Linhas por 1.000 residentes",
    mapCount: "Linhas por território",
    cellsHeading: "Por território e célula",
    "head.rank": "#",
    "head.code": "código",
    "head.name": "território",
    "head.rows": "linhas",
    "head.residents": "habitantes",
    "head.rate": "por 1.000",
    "head.gap": "faltam para a taxa da cidade",
    "head.total": "total",
    totalRow: "Total",
    hidden: "s",
    badAgeBands: (p: { value: string; choices: string }) =>
      `--age-bands «${p.value}» não é um conjunto de idades conhecido; use um de: ${p.choices}`,
    badThreshold: "--threshold deve ser um inteiro ≥ 1",
  },
});
