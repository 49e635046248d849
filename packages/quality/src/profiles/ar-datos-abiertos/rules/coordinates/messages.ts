import { defineCatalogs } from "@ciudata/core";

/** The texts the `coordinates` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const coordinatesTexts = defineCatalogs({
  es: {
    "expected.latitud": "grados decimales entre -90 y 90 con punto decimal",
    "expected.longitud": "grados decimales entre -180 y 180 con punto decimal",
    "expected.name": "columnas llamadas latitud y longitud",
    "hint.format":
      "escriba la coordenada en grados decimales (WGS 84), p. ej. -32.8895; sin °, ′, ″ ni letras N/S/E/O",
    "hint.range": "revise si latitud y longitud están invertidas o si falta el punto decimal",
    "hint.name": "renombre la columna como «{name}»",
  },
  en: {
    "expected.latitud": "decimal degrees between -90 and 90 with a decimal point",
    "expected.longitud": "decimal degrees between -180 and 180 with a decimal point",
    "expected.name": "columns named latitud and longitud",
    "hint.format":
      "write the coordinate in decimal degrees (WGS 84), e.g. -32.8895; no °, ′, ″ or N/S/E/W letters",
    "hint.range": "check whether latitude and longitude are swapped or the decimal point is missing",
    "hint.name": 'rename the column "{name}"',
  },
  pt: {
    "expected.latitud": "graus decimais entre -90 e 90 com ponto decimal",
    "expected.longitud": "graus decimais entre -180 e 180 com ponto decimal",
    "expected.name": "colunas chamadas latitud e longitud",
    "hint.format":
      "escreva a coordenada em graus decimais (WGS 84), p. ex. -32.8895; sem °, ′, ″ nem letras N/S/L/O",
    "hint.range": "verifique se latitude e longitude estão trocadas ou se falta o ponto decimal",
    "hint.name": "renomeie a coluna como «{name}»",
  },
});
