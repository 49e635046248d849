import { defineCatalogs } from "@ciudata/core";

/** The texts of a report printed on a terminal (`commands/_report-text.ts`), in es, en and pt. */
export const reportTextMessages = defineCatalogs({
  es: {
    valid: "✔ válido",
    invalid: "✘ con errores",
    task: (p: { name: string; valid: boolean; rows: number; errors: number; warnings: number }, w) =>
      `${p.name}: ${p.valid ? "✔ válido" : "✘ con errores"} — ${w.count(p.rows, { one: "fila", other: "filas" })}, ${w.count(p.errors, { one: "error", other: "errores" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    more: (p: { count: number }, w) => `… ${w.number(p.count)} más`,
  },
  en: {
    valid: "✔ valid",
    invalid: "✘ has errors",
    task: (p, w) =>
      `${p.name}: ${p.valid ? "✔ valid" : "✘ has errors"} — ${w.count(p.rows, { one: "row", other: "rows" })}, ${w.count(p.errors, { one: "error", other: "errors" })}, ${w.count(p.warnings, { one: "warning", other: "warnings" })}`,
    more: (p, w) => `… ${w.number(p.count)} more`,
  },
  pt: {
    valid: "✔ válido",
    invalid: "✘ com erros",
    task: (p, w) =>
      `${p.name}: ${p.valid ? "✔ válido" : "✘ com erros"} — ${w.count(p.rows, { one: "linha", other: "linhas" })}, ${w.count(p.errors, { one: "erro", other: "erros" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    more: (p, w) => `… ${w.number(p.count)} mais`,
  },
});
