import { defineCatalogs } from "@ciudata/core";

/** The texts of a report printed on a terminal (`commands/_report-text.ts`), in es, en and pt. */
export const reportTextMessages = defineCatalogs({
  es: {
    valid: "✔ válido",
    invalid: "✘ con errores",
    task: (p: { name: string; valid: boolean; rows: number; errors: number; warnings: number }, w) =>
      `${p.name}: ${p.valid ? "✔ válido" : "✘ con errores"} — ${w.count(p.rows, { one: "fila", other: "filas" })}, ${w.count(p.errors, { one: "error", other: "errores" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    more: (p: { count: number }, w) => `… ${w.number(p.count)} más`,
    limitNote: (p: { task: string; limit: number }, w) =>
      `${p.task}: la lista de errores se corta en ${w.number(p.limit)} (--limit-errors 0 los lista todos); los conteos incluyen todos los hallazgos.`,
    unlisted: (p: { n: number; title: string; type: string }, w) =>
      `sin listar: ${w.count(p.n, { one: "hallazgo", other: "hallazgos" })} más de «${p.title}» (${p.type}).`,
  },
  en: {
    valid: "✔ valid",
    invalid: "✘ has errors",
    task: (p, w) =>
      `${p.name}: ${p.valid ? "✔ valid" : "✘ has errors"} — ${w.count(p.rows, { one: "row", other: "rows" })}, ${w.count(p.errors, { one: "error", other: "errors" })}, ${w.count(p.warnings, { one: "warning", other: "warnings" })}`,
    more: (p, w) => `… ${w.number(p.count)} more`,
    limitNote: (p, w) =>
      `${p.task}: the list of errors stops at ${w.number(p.limit)} (--limit-errors 0 lists them all); counts include every finding.`,
    unlisted: (p, w) =>
      `not listed: ${w.count(p.n, { one: "more finding", other: "more findings" })} of “${p.title}” (${p.type}).`,
  },
  pt: {
    valid: "✔ válido",
    invalid: "✘ com erros",
    task: (p, w) =>
      `${p.name}: ${p.valid ? "✔ válido" : "✘ com erros"} — ${w.count(p.rows, { one: "linha", other: "linhas" })}, ${w.count(p.errors, { one: "erro", other: "erros" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    more: (p, w) => `… ${w.number(p.count)} mais`,
    limitNote: (p, w) =>
      `${p.task}: a lista de erros para em ${w.number(p.limit)} (--limit-errors 0 lista todos); as contagens incluem todos os achados.`,
    unlisted: (p, w) =>
      `fora da lista: ${w.count(p.n, { one: "achado", other: "achados" })} a mais de «${p.title}» (${p.type}).`,
  },
});
