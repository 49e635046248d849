import { defineIssueCatalogs, type Issue } from "@ciudata/core";

const p = (e: Issue, key: string): string => String(e.params[key] ?? "");

/**
 * How the findings of the geo quality checks ({@link geoChecks}) are worded in es, en and pt. Params:
 * `columns` (the coordinate columns), `recorded` (the territory the row recorded), `area` (the area that
 * contains the point), `suggested` (the area it would be in once fixed: a guess, never applied),
 * `metres`, and for `geo/shared-point` `k`, `groups`, `rows`. Coordinates are never a param.
 */
export const geoCheckIssues = defineIssueCatalogs({
  es: {
    "geo/missing-coordinates": {
      title: "Fila sin coordenadas",
      describe: (e) => `falta la latitud o la longitud (${p(e, "columns")}); la fila no se puede ubicar`,
    },
    "geo/invalid-coordinates": {
      title: "Coordenadas que no son longitud y latitud",
      describe: (e) =>
        `${p(e, "columns")} no se leen como una latitud (−90 a 90) y una longitud (−180 a 180) en grados decimales; corrija la celda o nombre su sistema proyectado con --crs`,
    },
    "geo/zero-coordinates": {
      title: "Coordenadas (0, 0)",
      describe: (e) =>
        `${p(e, "columns")} son exactamente 0, 0: un valor de relleno, no un lugar; deje la celda vacía si no se conoce el punto`,
    },
    "geo/swapped-coordinates": {
      title: "Latitud y longitud probablemente invertidas",
      describe: (e) =>
        `el punto no cae en ninguna área tal como está escrito, pero con latitud y longitud intercambiadas cae en «${p(e, "suggested")}» (una sugerencia, no se aplicó)`,
    },
    "geo/shifted-coordinates": {
      title: "Coma decimal probablemente corrida",
      describe: (e) =>
        `el punto no cae en ninguna área tal como está escrito, pero con la coma decimal corrida cae en «${p(e, "suggested")}» (una sugerencia, no se aplicó)`,
    },
    "geo/outside-area": {
      title: "Punto fuera de las áreas",
      describe: (e) => `el punto (${p(e, "columns")}) no cae en ninguna de las áreas de la ciudad`,
    },
    "geo/territory-mismatch": {
      title: "El territorio registrado no es el del punto",
      describe: (e) =>
        `la fila registra «${p(e, "recorded")}» pero su punto cae en «${p(e, "area")}» (nombres comparados sin mayúsculas, tildes ni ceros a la izquierda)`,
    },
    "geo/far-from-territory": {
      title: "Punto lejos de su territorio",
      describe: (e, w) =>
        `el punto está a ${w.number(Number(e.params.metres))} m de «${p(e, "recorded")}», el territorio que registra la fila (cae en «${p(e, "area")}»): no es un desliz de borde`,
    },
    "geo/shared-point": {
      title: "Las mismas coordenadas para muchas filas",
      describe: (e, w) =>
        `${w.count(Number(e.params.groups), { one: "punto exacto se repite", other: "puntos exactos se repiten" })} en al menos ${w.count(Number(e.params.k), { one: "fila", other: "filas" })} cada uno (${w.count(Number(e.params.rows), { one: "fila", other: "filas" })} en total): probablemente una dirección de oficina cargada para todos`,
    },
  },
  en: {
    "geo/missing-coordinates": {
      title: "Row without coordinates",
      describe: (e) =>
        `the latitude or the longitude is missing (${p(e, "columns")}); the row cannot be placed`,
    },
    "geo/invalid-coordinates": {
      title: "Coordinates that are not longitude and latitude",
      describe: (e) =>
        `${p(e, "columns")} do not read as a latitude (−90 to 90) and a longitude (−180 to 180) in decimal degrees; fix the cell or name its projected system with --crs`,
    },
    "geo/zero-coordinates": {
      title: "Coordinates (0, 0)",
      describe: (e) =>
        `${p(e, "columns")} are exactly 0, 0: a placeholder, not a place; leave the cell empty when the point is unknown`,
    },
    "geo/swapped-coordinates": {
      title: "Latitude and longitude probably swapped",
      describe: (e) =>
        `the point falls in no area as written, but with latitude and longitude exchanged it falls in "${p(e, "suggested")}" (a suggestion, not applied)`,
    },
    "geo/shifted-coordinates": {
      title: "Decimal point probably misplaced",
      describe: (e) =>
        `the point falls in no area as written, but with the decimal point moved it falls in "${p(e, "suggested")}" (a suggestion, not applied)`,
    },
    "geo/outside-area": {
      title: "Point outside the areas",
      describe: (e) => `the point (${p(e, "columns")}) falls in none of the city's areas`,
    },
    "geo/territory-mismatch": {
      title: "The recorded territory is not the point's",
      describe: (e) =>
        `the row records "${p(e, "recorded")}" but its point falls in "${p(e, "area")}" (names compared ignoring case, accents and leading zeros)`,
    },
    "geo/far-from-territory": {
      title: "Point far from its territory",
      describe: (e, w) =>
        `the point is ${w.number(Number(e.params.metres))} m from "${p(e, "recorded")}", the territory the row records (it falls in "${p(e, "area")}"): not a border slip`,
    },
    "geo/shared-point": {
      title: "The same coordinates for many rows",
      describe: (e, w) =>
        `${w.count(Number(e.params.groups), { one: "exact point is", other: "exact points are" })} repeated in at least ${w.count(Number(e.params.k), { one: "row", other: "rows" })} each (${w.count(Number(e.params.rows), { one: "row", other: "rows" })} in all): probably one office address typed for everyone`,
    },
  },
  pt: {
    "geo/missing-coordinates": {
      title: "Linha sem coordenadas",
      describe: (e) =>
        `falta a latitude ou a longitude (${p(e, "columns")}); a linha não pode ser localizada`,
    },
    "geo/invalid-coordinates": {
      title: "Coordenadas que não são longitude e latitude",
      describe: (e) =>
        `${p(e, "columns")} não se leem como uma latitude (−90 a 90) e uma longitude (−180 a 180) em graus decimais; corrija a célula ou nomeie seu sistema projetado com --crs`,
    },
    "geo/zero-coordinates": {
      title: "Coordenadas (0, 0)",
      describe: (e) =>
        `${p(e, "columns")} são exatamente 0, 0: um valor de preenchimento, não um lugar; deixe a célula vazia se o ponto não for conhecido`,
    },
    "geo/swapped-coordinates": {
      title: "Latitude e longitude provavelmente trocadas",
      describe: (e) =>
        `o ponto não cai em nenhuma área como está escrito, mas com latitude e longitude trocadas cai em «${p(e, "suggested")}» (uma sugestão, não aplicada)`,
    },
    "geo/shifted-coordinates": {
      title: "Vírgula decimal provavelmente deslocada",
      describe: (e) =>
        `o ponto não cai em nenhuma área como está escrito, mas com a vírgula decimal deslocada cai em «${p(e, "suggested")}» (uma sugestão, não aplicada)`,
    },
    "geo/outside-area": {
      title: "Ponto fora das áreas",
      describe: (e) => `o ponto (${p(e, "columns")}) não cai em nenhuma das áreas da cidade`,
    },
    "geo/territory-mismatch": {
      title: "O território registrado não é o do ponto",
      describe: (e) =>
        `a linha registra «${p(e, "recorded")}» mas seu ponto cai em «${p(e, "area")}» (nomes comparados sem maiúsculas, acentos nem zeros à esquerda)`,
    },
    "geo/far-from-territory": {
      title: "Ponto longe do seu território",
      describe: (e, w) =>
        `o ponto está a ${w.number(Number(e.params.metres))} m de «${p(e, "recorded")}», o território que a linha registra (cai em «${p(e, "area")}»): não é um deslize de fronteira`,
    },
    "geo/shared-point": {
      title: "As mesmas coordenadas para muitas linhas",
      describe: (e, w) =>
        `${w.count(Number(e.params.groups), { one: "ponto exato se repete", other: "pontos exatos se repetem" })} em pelo menos ${w.count(Number(e.params.k), { one: "linha", other: "linhas" })} cada (${w.count(Number(e.params.rows), { one: "linha", other: "linhas" })} no total): provavelmente um endereço de escritório cadastrado para todos`,
    },
  },
});
