import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/_limits.ts`, in es, en and pt. */
export const limitsMessages = defineCatalogs({
  es: {
    "flag.limitErrors":
      "Cuántos errores listar como máximo (por defecto 1000; 0: todos). Los puntajes y los conteos incluyen siempre todos los hallazgos",
    badLimitErrors: (p: { value: string }) =>
      `--limit-errors espera un número entero, 0 o más (0 lista todos); se recibió «${p.value}».`,
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
    "flag.limitErrors":
      "How many errors to list at most (default 1000; 0: all). Scores and counts always include every finding",
    badLimitErrors: (p) =>
      `--limit-errors expects a whole number, 0 or more (0 lists them all); received "${p.value}".`,
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
    "flag.limitErrors":
      "Quantos erros listar no máximo (padrão 1000; 0: todos). As pontuações e as contagens sempre incluem todos os achados",
    badLimitErrors: (p) =>
      `--limit-errors espera um número inteiro, 0 ou mais (0 lista todos); recebido "${p.value}".`,
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
