import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/validate.ts`, in es, en and pt. */
export const validateMessages = defineCatalogs({
  es: {
    summary: "Revisa la calidad de una tabla o un Data Package y la puntúa por dimensión",
    usage:
      "ciudata validate <archivo|url|datapackage.json> [--schema esquema.json] [--dialect dialecto.json] [--profile ar-datos-abiertos|perfil.json] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out archivo]\nSale con 0 si es válida, 1 si los datos tienen errores, 2 si el comando o la entrada no sirven.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Perfil: ar-datos-abiertos o un archivo JSON de la ciudad",
    "flag.asOf": "Fecha de la revisión (AAAA-MM-DD) para la actualidad",
    "flag.encoding": "Fuerza la codificación",
    checkDate: (p: { value: string }) =>
      `--as-of espera una fecha AAAA-MM-DD, por ejemplo 2026-11-22; se recibió «${p.value}».`,
    readProfile: (p: { name: string; profiles: string; lines: string }) =>
      `El perfil ${p.name} no es válido (perfiles incluidos: ${p.profiles}):\n${p.lines}`,
  },
  en: {
    summary: "Review the quality of a table or a Data Package and score it by dimension",
    usage:
      "ciudata validate <file|url|datapackage.json> [--schema schema.json] [--dialect dialect.json] [--profile ar-datos-abiertos|profile.json] [--as-of YYYY-MM-DD] [--format text|json|md|html] [--out file]\nExits 0 when valid, 1 when the data has errors, 2 for a usage mistake or unreadable input.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Profile: ar-datos-abiertos or a city's JSON file",
    "flag.asOf": "Review date (YYYY-MM-DD) for timeliness",
    "flag.encoding": "Force the encoding",
    checkDate: (p) => `--as-of expects a date YYYY-MM-DD, for example 2026-11-22; received "${p.value}".`,
    readProfile: (p) => `The profile ${p.name} is not valid (built-in profiles: ${p.profiles}):\n${p.lines}`,
  },
  pt: {
    summary: "Revisa a qualidade de uma tabela ou de um Data Package e a pontua por dimensão",
    usage:
      "ciudata validate <arquivo|url|datapackage.json> [--schema esquema.json] [--dialect dialeto.json] [--profile ar-datos-abiertos|perfil.json] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out arquivo]\nSai com 0 se válida, 1 se os dados tiverem erros, 2 se o comando ou a entrada não servirem.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Perfil: ar-datos-abiertos ou um arquivo JSON da cidade",
    "flag.asOf": "Data da revisão (AAAA-MM-DD) para a atualidade",
    "flag.encoding": "Força a codificação",
    checkDate: (p) => `--as-of espera uma data AAAA-MM-DD, por exemplo 2026-11-22; recebido "${p.value}".`,
    readProfile: (p) => `O perfil ${p.name} não é válido (perfis incluídos: ${p.profiles}):\n${p.lines}`,
  },
});
