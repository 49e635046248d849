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
    "flag.format": "text, json, md o html",
    "flag.encoding": "Fuerza la codificación",
    "flag.json": "Igual que --format json",
    "flag.out": "Escribe el reporte en este archivo",
    chooseFormat: (p: { received: string }) =>
      `--format espera text, json, md o html; se recibió «${p.received}». Ejemplo: --format html --out informe.html`,
    checkDate: (p: { value: string }) =>
      `--as-of espera una fecha AAAA-MM-DD, por ejemplo 2026-11-22; se recibió «${p.value}».`,
    unreadableJson: (p: { path: string }) => `No se pudo leer ${p.path}: revise la ruta.`,
    invalidJson: (p: { path: string; detail: string }) =>
      `${p.path} no es JSON válido (${p.detail}). Ejemplo válido: {"fields":[{"name":"id","type":"integer"}]}`,
    readProfile: (p: { name: string; profiles: string; lines: string }) =>
      `El perfil ${p.name} no es válido (perfiles incluidos: ${p.profiles}):\n${p.lines}`,
    wrote: "Escrito",
  },
  en: {
    summary: "Review the quality of a table or a Data Package and score it by dimension",
    usage:
      "ciudata validate <file|url|datapackage.json> [--schema schema.json] [--dialect dialect.json] [--profile ar-datos-abiertos|profile.json] [--as-of YYYY-MM-DD] [--format text|json|md|html] [--out file]\nExits 0 when valid, 1 when the data has errors, 2 for a usage mistake or unreadable input.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Profile: ar-datos-abiertos or a city's JSON file",
    "flag.asOf": "Review date (YYYY-MM-DD) for timeliness",
    "flag.format": "text, json, md or html",
    "flag.encoding": "Force the encoding",
    "flag.json": "Same as --format json",
    "flag.out": "Write the report to this file",
    chooseFormat: (p) =>
      `--format expects text, json, md or html; received "${p.received}". Example: --format html --out report.html`,
    checkDate: (p) => `--as-of expects a date YYYY-MM-DD, for example 2026-11-22; received "${p.value}".`,
    unreadableJson: (p) => `Could not read ${p.path}: check the path.`,
    invalidJson: (p) =>
      `${p.path} is not valid JSON (${p.detail}). Valid example: {"fields":[{"name":"id","type":"integer"}]}`,
    readProfile: (p) => `The profile ${p.name} is not valid (built-in profiles: ${p.profiles}):\n${p.lines}`,
    wrote: "Wrote",
  },
  pt: {
    summary: "Revisa a qualidade de uma tabela ou de um Data Package e a pontua por dimensão",
    usage:
      "ciudata validate <arquivo|url|datapackage.json> [--schema esquema.json] [--dialect dialeto.json] [--profile ar-datos-abiertos|perfil.json] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out arquivo]\nSai com 0 se válida, 1 se os dados tiverem erros, 2 se o comando ou a entrada não servirem.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Perfil: ar-datos-abiertos ou um arquivo JSON da cidade",
    "flag.asOf": "Data da revisão (AAAA-MM-DD) para a atualidade",
    "flag.format": "text, json, md ou html",
    "flag.encoding": "Força a codificação",
    "flag.json": "O mesmo que --format json",
    "flag.out": "Grava o relatório neste arquivo",
    chooseFormat: (p) =>
      `--format espera text, json, md ou html; recebido "${p.received}". Exemplo: --format html --out relatorio.html`,
    checkDate: (p) => `--as-of espera uma data AAAA-MM-DD, por exemplo 2026-11-22; recebido "${p.value}".`,
    unreadableJson: (p) => `Não foi possível ler ${p.path}: verifique o caminho.`,
    invalidJson: (p) =>
      `${p.path} não é JSON válido (${p.detail}). Exemplo válido: {"fields":[{"name":"id","type":"integer"}]}`,
    readProfile: (p) => `O perfil ${p.name} não é válido (perfis incluídos: ${p.profiles}):\n${p.lines}`,
    wrote: "Gravado",
  },
});
