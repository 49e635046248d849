import { defineCatalogs } from "@ciudata/core";

/** The texts of the map in `ciudata validate`'s HTML report (when given areas), in es, en and pt. */
export const validateMapMessages = defineCatalogs({
  es: {
    title: (p: { areas: string }) => `Filas por territorio (${p.areas})`,
    measure: "Filas por territorio",
    left: (p: { rows: number; left: number }, w) =>
      `${w.count(p.rows, { one: "fila leída", other: "filas leídas" })}; ${w.count(p.left, { one: "fila queda", other: "filas quedan" })} sin territorio (sin coordenadas, fuera de toda área o con un territorio anotado que no es ninguna).`,
    hidden: (p: { threshold: number; hidden: number }, w) =>
      `${w.count(p.hidden, { one: "territorio oculto", other: "territorios ocultos" })} para proteger cuentas menores que ${p.threshold}, como lo hace ciudata suppress.`,
  },
  en: {
    title: (p) => `Rows per territory (${p.areas})`,
    measure: "Rows per territory",
    left: (p, w) =>
      `${w.count(p.rows, { one: "row read", other: "rows read" })}; ${w.count(p.left, { one: "row is", other: "rows are" })} in no territory (no coordinates, in no area, or a recorded territory that is none of them).`,
    hidden: (p, w) =>
      `${w.count(p.hidden, { one: "territory hidden", other: "territories hidden" })} to protect counts under ${p.threshold}, as ciudata suppress does.`,
  },
  pt: {
    title: (p) => `Linhas por território (${p.areas})`,
    measure: "Linhas por território",
    left: (p, w) =>
      `${w.count(p.rows, { one: "linha lida", other: "linhas lidas" })}; ${w.count(p.left, { one: "linha fica", other: "linhas ficam" })} sem território (sem coordenadas, fora de toda área ou com um território anotado que não é nenhuma).`,
    hidden: (p, w) =>
      `${w.count(p.hidden, { one: "território oculto", other: "territórios ocultos" })} para proteger contagens menores que ${p.threshold}, como faz ciudata suppress.`,
  },
});
