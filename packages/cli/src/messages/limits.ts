import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/_limits.ts`, in es, en and pt. */
export const limitsMessages = defineCatalogs({
  es: {
    "flag.limit":
      "Sube un límite de lectura: --limit columns=40000, record-size=64MiB, header-size, download=2GB, json-depth (none lo quita); repetible o separado por comas",
    noEquals: (p: { entry: string; list: string }) =>
      `--limit espera nombre=valor, por ejemplo --limit columns=40000; se recibió «${p.entry}». Nombres: ${p.list}.`,
    badName: (p: { typed: string; hint: string | undefined; list: string }) =>
      `--limit no conoce el límite «${p.typed}».${p.hint ? ` ¿Quiso decir «${p.hint}»?` : ""} Nombres: ${p.list}.`,
    badValue: (p: { name: string; value: string }) =>
      `--limit ${p.name} espera un número entero positivo, con unidad opcional (64MiB, 2GB, 100000) o none para quitarlo; se recibió «${p.value}».`,
  },
  en: {
    "flag.limit":
      "Raise a reader limit: --limit columns=40000, record-size=64MiB, header-size, download=2GB, json-depth (none lifts it); repeatable or comma-separated",
    noEquals: (p) =>
      `--limit expects name=value, for example --limit columns=40000; received "${p.entry}". Names: ${p.list}.`,
    badName: (p) =>
      `--limit does not know the limit "${p.typed}".${p.hint ? ` Did you mean "${p.hint}"?` : ""} Names: ${p.list}.`,
    badValue: (p) =>
      `--limit ${p.name} expects a positive whole number, with an optional unit (64MiB, 2GB, 100000) or none to lift it; received "${p.value}".`,
  },
  pt: {
    "flag.limit":
      "Aumenta um limite de leitura: --limit columns=40000, record-size=64MiB, header-size, download=2GB, json-depth (none o remove); repetível ou separado por vírgulas",
    noEquals: (p) =>
      `--limit espera nome=valor, por exemplo --limit columns=40000; recebido "${p.entry}". Nomes: ${p.list}.`,
    badName: (p) =>
      `--limit não conhece o limite "${p.typed}".${p.hint ? ` Quis dizer "${p.hint}"?` : ""} Nomes: ${p.list}.`,
    badValue: (p) =>
      `--limit ${p.name} espera um número inteiro positivo, com unidade opcional (64MiB, 2GB, 100000) ou none para removê-lo; recebido "${p.value}".`,
  },
});
