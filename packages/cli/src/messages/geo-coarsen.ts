import { defineCatalogs } from "@ciudata/core";

type Done = {
  rows: number;
  coarsened: number;
  emptied: number;
  cells: number;
  smallest: number;
  below: number;
  k: number;
};

/** The texts of `ciudata geo coarsen`, in es, en and pt. */
export const geoCoarsenMessages = defineCatalogs({
  es: {
    title: (p: { file: string }) => `Coordenadas más gruesas: ${p.file}`,
    grid: (p: { metres: number }) => `Cada punto pasa al centro de su celda en una grilla de ${p.metres} m.`,
    areas: (p: { file: string }) =>
      `Las columnas de coordenadas se reemplazan por el código y el nombre del área de ${p.file} que contiene el punto.`,
    done: (p: Done, w) =>
      `${w.count(p.rows, { one: "fila leída", other: "filas leídas" })}: ${p.coarsened} con el punto más grueso, ${p.emptied} con las coordenadas vaciadas (faltantes, ilegibles, en (0, 0), fuera de rango o de toda área; nunca quedan a la vista). ${w.count(p.cells, { one: "celda", other: "celdas" })}; la más chica tiene ${w.count(p.smallest, { one: "fila", other: "filas" })} (k = ${p.smallest} por las coordenadas solas); ${w.count(p.below, { one: "fila está", other: "filas están" })} en celdas de menos de ${p.k}.`,
    advice: (p: { k: number }, w) =>
      `Publique solo si cada celda tiene al menos ${w.count(p.k, { one: "fila", other: "filas" })}: agrande la grilla o use --areas.`,
    badGrid: "--grid debe ser un número de metros mayor que 0 (por ejemplo --grid 500)",
    needGrid: "geo coarsen necesita --grid <metros> o --areas <áreas>",
  },
  en: {
    title: (p) => `Coarser coordinates: ${p.file}`,
    grid: (p) => `Each point moves to its cell's centre in a grid of ${p.metres} m.`,
    areas: (p) =>
      `The coordinate columns are replaced by the code and name of the area of ${p.file} that holds the point.`,
    done: (p, w) =>
      `${w.count(p.rows, { one: "row read", other: "rows read" })}: ${p.coarsened} with a coarser point, ${p.emptied} with their coordinates emptied (missing, unreadable, at (0, 0), out of range or in no area; never left in clear). ${w.count(p.cells, { one: "cell", other: "cells" })}; the smallest holds ${w.count(p.smallest, { one: "row", other: "rows" })} (k = ${p.smallest} from the coordinates alone); ${w.count(p.below, { one: "row is", other: "rows are" })} in cells of fewer than ${p.k}.`,
    advice: (p, w) =>
      `Publish only when every cell holds at least ${w.count(p.k, { one: "row", other: "rows" })}: widen the grid or use --areas.`,
    badGrid: "--grid must be a number of metres above 0 (for example --grid 500)",
    needGrid: "geo coarsen needs --grid <metres> or --areas <areas>",
  },
  pt: {
    title: (p) => `Coordenadas mais grossas: ${p.file}`,
    grid: (p) => `Cada ponto passa ao centro da sua célula numa grade de ${p.metres} m.`,
    areas: (p) =>
      `As colunas de coordenadas são substituídas pelo código e pelo nome da área de ${p.file} que contém o ponto.`,
    done: (p, w) =>
      `${w.count(p.rows, { one: "linha lida", other: "linhas lidas" })}: ${p.coarsened} com o ponto mais grosso, ${p.emptied} com as coordenadas esvaziadas (faltantes, ilegíveis, em (0, 0), fora do intervalo ou de toda área; nunca ficam à vista). ${w.count(p.cells, { one: "célula", other: "células" })}; a menor tem ${w.count(p.smallest, { one: "linha", other: "linhas" })} (k = ${p.smallest} só pelas coordenadas); ${w.count(p.below, { one: "linha está", other: "linhas estão" })} em células de menos de ${p.k}.`,
    advice: (p, w) =>
      `Publique só se cada célula tiver ao menos ${w.count(p.k, { one: "linha", other: "linhas" })}: aumente a grade ou use --areas.`,
    badGrid: "--grid deve ser um número de metros maior que 0 (por exemplo --grid 500)",
    needGrid: "geo coarsen precisa de --grid <metros> ou --areas <áreas>",
  },
});
