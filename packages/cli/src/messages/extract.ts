import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/extract` and `commands/convert`, in es, en and pt. */
export const extractMessages = defineCatalogs({
  es: {
    summary: "Saca filas de una tabla como CSV, JSON, JSONL o XLSX (columnas, filtro, límite, tipos)",
    usage:
      'ciudata extract <archivo> [--columns a,b] [--where "edad >= 18"] [--limit N] [--offset N] [--schema esquema.json] [--format csv|json|jsonl|xlsx] [--out salida.csv]\nSin --out, los formatos de texto van a la salida estándar. Sin --schema, el JSON guarda cada valor como texto; con --schema, cada valor sale con su tipo (en JSON, número, fecha o booleano; en CSV, números con punto y fechas ISO 8601) y las celdas que no se pueden convertir se informan.\n--where usa el lenguaje de las fórmulas de calidad (comparaciones, and/or/not, in, aritmética) sobre los valores con su tipo.\nLos valores se escriben tal cual: si alguna columna pedida parece personal, se avisa por la salida de errores (--yes-personal lo calla).',
    convertSummary: "Convierte una tabla entre CSV, XLSX, JSON, JSONL y Parquet",
    convertUsage:
      "ciudata convert <entrada> <salida> [--schema esquema.json] [--yes-personal]\nLos formatos salen de las extensiones (.csv, .json, .jsonl, .parquet, .xlsx). El CSV se lee con su codificación y su separador detectados; se escribe en UTF-8 con coma, con números con punto y fechas ISO 8601. Los tipos de Parquet y JSON vienen del esquema, o si no se infieren; el resumen dice cuáles se usaron.",
    "flag.format": "Formato de salida (si no, la extensión de --out; si no, csv)",
    "flag.out": "Archivo de salida (se escribe de una vez, nunca sobre la entrada)",
    "flag.columns": "Columnas a sacar, en ese orden, separadas por comas",
    "flag.where": "Filtro de filas: una fórmula (edad >= 18 and barrio == 'Centro')",
    "flag.limit": "Como máximo N filas",
    "flag.offset": "Saltear las primeras N filas que pasan el filtro",
    "flag.schema": "Table Schema (JSON): los valores salen con su tipo",
    "flag.yesPersonal": "No avisar cuando se exportan columnas personales",
    unknownColumn: (p: { flag: string; column: string; columns: string; suggestion: string }) =>
      `${p.flag}: la columna «${p.column}» no existe.${p.suggestion ? ` ¿Quiso decir «${p.suggestion}»?` : ""} Columnas de la tabla: ${p.columns}.`,
    whereSyntax: (p: { position: number; expected: string; received: string; pointer: string }) =>
      `--where no se puede leer: en el carácter ${p.position} se esperaba ${p.expected}${p.received ? ` y se encontró «${p.received}»` : " y la fórmula terminó"}.\n${p.pointer}\nQué hacer: corrija la fórmula (por ejemplo --where "edad >= 18 and barrio == 'Centro'").`,
    badCount: (p: { flag: string; value: string }) =>
      `${p.flag} espera un número entero de 0 en adelante; se recibió «${p.value}».`,
    unsupported: (p: { path: string; formats: string }) =>
      `No se reconoce el formato de ${p.path}. Formatos: ${p.formats}. Qué hacer: use una de esas extensiones (o --format en extract).`,
    needOut: (p: { format: string }) =>
      `El formato ${p.format} no se escribe en la salida estándar. Qué hacer: indique --out salida.${p.format}.`,
    personal: (p: { columns: string }) =>
      `Aviso: estas columnas parecen datos personales y se exportan tal cual: ${p.columns}. Cuide dónde se guarda el archivo (o anonimícelo con ciudata anonymize). --yes-personal quita este aviso.`,
    castFailed: (p: { column: string; type: string; count: number; rows: string }, w) =>
      `columna ${p.column}: ${w.count(p.count, { one: "celda no es", other: "celdas no son" })} de tipo ${p.type} (${w.count(p.count, { one: "fila", other: "filas" })} ${p.rows})`,
    relaxed: "; la columna se escribe como texto (tipo inferido que esas celdas no tienen)",
    castKept:
      "Esas celdas se escribieron como texto, sin cambios. Qué hacer: corrija los datos o el esquema.",
    castRefused:
      "Parquet guarda un solo tipo por columna: no se escribió nada. Qué hacer: corrija esas celdas, o dé un esquema (--schema) con esa columna como string.",
    whereFailed: (p: { count: number; rows: string }, w) =>
      `--where no se pudo evaluar en ${w.count(p.count, { one: "fila", other: "filas" })} (${p.rows}): se dejaron afuera. Suele pasar con celdas vacías o valores de otro tipo.`,
    done: (p: { written: number; read: number; target: string }, w) =>
      `${w.count(p.written, { one: "fila escrita", other: "filas escritas" })} de ${w.count(p.read, { one: "fila leída", other: "filas leídas" })} → ${p.target}`,
    missing: (p: { origin: string; list: string }) =>
      `se leen como faltantes, vacíos en la salida (${p.origin}): ${p.list}`,
    stdout: "la salida estándar",
    types: (p: { origin: string; list: string }) => `tipos (${p.origin}): ${p.list}`,
    "origin.given": "del esquema",
    "origin.inferred": "inferidos",
    "origin.parquet": "del archivo Parquet",
    "origin.text": "texto, sin esquema",
    jsonNotTable: (p: { path: string; where: string }) =>
      `${p.path}${p.where}: se esperaba una lista de objetos ([{"columna": "valor"}, …]) o un objeto por línea (JSONL).`,
    jsonNewKey: (p: { path: string; line: number; key: string }) =>
      `${p.path}, objeto ${p.line}: la clave «${p.key}» no es una de las columnas (las del esquema o las de los primeros 1000 objetos); no se escribió nada. Qué hacer: dé un esquema (--schema) que la incluya.`,
    duckdbMissing:
      "Parquet se lee y se escribe con DuckDB, que no está instalado. Qué hacer: npm install @duckdb/node-api",
    parquetFailed: (p: { path: string; detail: string }) =>
      `No se pudo leer o escribir ${p.path} como Parquet: ${p.detail}`,
  },
  en: {
    summary: "Extract rows from a table as CSV, JSON, JSONL or XLSX (columns, filter, limit, types)",
    usage:
      'ciudata extract <file> [--columns a,b] [--where "edad >= 18"] [--limit N] [--offset N] [--schema schema.json] [--format csv|json|jsonl|xlsx] [--out out.csv]\nWithout --out, text formats go to standard output. Without --schema, JSON keeps every value as text; with --schema, each value is written with its type (in JSON a number, date or boolean; in CSV numbers with a point and ISO 8601 dates) and cells that cannot be converted are reported.\n--where uses the quality formula language (comparisons, and/or/not, in, arithmetic) on typed values.\nValues are written as they are: when a requested column looks personal, a warning goes to standard error (--yes-personal silences it).',
    convertSummary: "Convert a table between CSV, XLSX, JSON, JSONL and Parquet",
    convertUsage:
      "ciudata convert <input> <output> [--schema schema.json] [--yes-personal]\nFormats come from the extensions (.csv, .json, .jsonl, .parquet, .xlsx). CSV is read with its detected encoding and delimiter, and written as UTF-8 with commas, numbers with a point and ISO 8601 dates. Parquet and JSON types come from the schema, else they are inferred; the summary says which were used.",
    "flag.format": "Output format (else the extension of --out, else csv)",
    "flag.out": "Output file (written in one go, never over the input)",
    "flag.columns": "Columns to extract, in that order, comma-separated",
    "flag.where": "Row filter: a formula (edad >= 18 and barrio == 'Centro')",
    "flag.limit": "At most N rows",
    "flag.offset": "Skip the first N rows that pass the filter",
    "flag.schema": "Table Schema (JSON): values are written with their types",
    "flag.yesPersonal": "Do not warn when personal columns are exported",
    unknownColumn: (p) =>
      `${p.flag}: there is no column "${p.column}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ""} Columns of the table: ${p.columns}.`,
    whereSyntax: (p) =>
      `--where cannot be read: at character ${p.position} ${p.expected} was expected${p.received ? `, found "${p.received}"` : " but the formula ended"}.\n${p.pointer}\nWhat to do: fix the formula (for example --where "edad >= 18 and barrio == 'Centro'").`,
    badCount: (p) => `${p.flag} expects a whole number from 0 up; got "${p.value}".`,
    unsupported: (p) =>
      `The format of ${p.path} is not recognised. Formats: ${p.formats}. What to do: use one of those extensions (or --format in extract).`,
    needOut: (p) =>
      `The ${p.format} format is not written to standard output. What to do: give --out out.${p.format}.`,
    personal: (p) =>
      `Warning: these columns look like personal data and are exported as they are: ${p.columns}. Mind where the file is kept (or anonymise it with ciudata anonymize). --yes-personal removes this warning.`,
    castFailed: (p, w) =>
      `column ${p.column}: ${w.count(p.count, { one: "cell is", other: "cells are" })} not of type ${p.type} (${w.count(p.count, { one: "row", other: "rows" })} ${p.rows})`,
    relaxed: "; the column is written as text (an inferred type those cells do not have)",
    castKept: "Those cells were written as text, unchanged. What to do: fix the data or the schema.",
    castRefused:
      "Parquet keeps one type per column: nothing was written. What to do: fix those cells, or give a schema (--schema) with that column as string.",
    whereFailed: (p, w) =>
      `--where could not be evaluated on ${w.count(p.count, { one: "row", other: "rows" })} (${p.rows}): left out. This usually comes from empty cells or values of another type.`,
    done: (p, w) =>
      `${w.count(p.written, { one: "row written", other: "rows written" })} of ${w.count(p.read, { one: "row read", other: "rows read" })} → ${p.target}`,
    missing: (p) => `read as missing, empty in the output (${p.origin}): ${p.list}`,
    stdout: "standard output",
    types: (p) => `types (${p.origin}): ${p.list}`,
    "origin.given": "from the schema",
    "origin.inferred": "inferred",
    "origin.parquet": "from the Parquet file",
    "origin.text": "text, no schema",
    jsonNotTable: (p) =>
      `${p.path}${p.where}: a list of objects ([{"column": "value"}, …]) or one object per line (JSONL) was expected.`,
    jsonNewKey: (p) =>
      `${p.path}, object ${p.line}: the key "${p.key}" is not one of the columns (those of the schema or of the first 1000 objects); nothing was written. What to do: give a schema (--schema) that includes it.`,
    duckdbMissing:
      "Parquet is read and written with DuckDB, which is not installed. What to do: npm install @duckdb/node-api",
    parquetFailed: (p) => `${p.path} could not be read or written as Parquet: ${p.detail}`,
  },
  pt: {
    summary: "Extrai linhas de uma tabela como CSV, JSON, JSONL ou XLSX (colunas, filtro, limite, tipos)",
    usage:
      'ciudata extract <arquivo> [--columns a,b] [--where "edad >= 18"] [--limit N] [--offset N] [--schema esquema.json] [--format csv|json|jsonl|xlsx] [--out saida.csv]\nSem --out, os formatos de texto vão para a saída padrão. Sem --schema, o JSON guarda cada valor como texto; com --schema, cada valor sai com seu tipo (em JSON, número, data ou booleano; em CSV, números com ponto e datas ISO 8601) e as células que não podem ser convertidas são informadas.\n--where usa a linguagem das fórmulas de qualidade (comparações, and/or/not, in, aritmética) sobre os valores com seu tipo.\nOs valores são escritos como estão: se alguma coluna pedida parece pessoal, um aviso vai para a saída de erros (--yes-personal o cala).',
    convertSummary: "Converte uma tabela entre CSV, XLSX, JSON, JSONL e Parquet",
    convertUsage:
      "ciudata convert <entrada> <saida> [--schema esquema.json] [--yes-personal]\nOs formatos vêm das extensões (.csv, .json, .jsonl, .parquet, .xlsx). O CSV é lido com a codificação e o separador detectados e escrito em UTF-8 com vírgula, números com ponto e datas ISO 8601. Os tipos de Parquet e JSON vêm do esquema, ou então são inferidos; o resumo diz quais foram usados.",
    "flag.format": "Formato de saída (senão, a extensão de --out; senão, csv)",
    "flag.out": "Arquivo de saída (escrito de uma vez, nunca sobre a entrada)",
    "flag.columns": "Colunas a extrair, nessa ordem, separadas por vírgulas",
    "flag.where": "Filtro de linhas: uma fórmula (edad >= 18 and barrio == 'Centro')",
    "flag.limit": "No máximo N linhas",
    "flag.offset": "Pular as primeiras N linhas que passam pelo filtro",
    "flag.schema": "Table Schema (JSON): os valores saem com seu tipo",
    "flag.yesPersonal": "Não avisar quando colunas pessoais são exportadas",
    unknownColumn: (p) =>
      `${p.flag}: a coluna «${p.column}» não existe.${p.suggestion ? ` Você quis dizer «${p.suggestion}»?` : ""} Colunas da tabela: ${p.columns}.`,
    whereSyntax: (p) =>
      `--where não pode ser lido: no caractere ${p.position} esperava-se ${p.expected}${p.received ? ` e encontrou-se «${p.received}»` : " e a fórmula terminou"}.\n${p.pointer}\nO que fazer: corrija a fórmula (por exemplo --where "edad >= 18 and barrio == 'Centro'").`,
    badCount: (p) => `${p.flag} espera um número inteiro de 0 em diante; recebeu-se «${p.value}».`,
    unsupported: (p) =>
      `O formato de ${p.path} não é reconhecido. Formatos: ${p.formats}. O que fazer: use uma dessas extensões (ou --format em extract).`,
    needOut: (p) =>
      `O formato ${p.format} não é escrito na saída padrão. O que fazer: indique --out saida.${p.format}.`,
    personal: (p) =>
      `Aviso: estas colunas parecem dados pessoais e são exportadas como estão: ${p.columns}. Cuide de onde o arquivo é guardado (ou anonimize-o com ciudata anonymize). --yes-personal remove este aviso.`,
    castFailed: (p, w) =>
      `coluna ${p.column}: ${w.count(p.count, { one: "célula não é", other: "células não são" })} do tipo ${p.type} (${w.count(p.count, { one: "linha", other: "linhas" })} ${p.rows})`,
    relaxed: "; a coluna é escrita como texto (tipo inferido que essas células não têm)",
    castKept:
      "Essas células foram escritas como texto, sem mudanças. O que fazer: corrija os dados ou o esquema.",
    castRefused:
      "Parquet guarda um só tipo por coluna: nada foi escrito. O que fazer: corrija essas células, ou dê um esquema (--schema) com essa coluna como string.",
    whereFailed: (p, w) =>
      `--where não pôde ser avaliado em ${w.count(p.count, { one: "linha", other: "linhas" })} (${p.rows}): ficaram de fora. Costuma acontecer com células vazias ou valores de outro tipo.`,
    done: (p, w) =>
      `${w.count(p.written, { one: "linha escrita", other: "linhas escritas" })} de ${w.count(p.read, { one: "linha lida", other: "linhas lidas" })} → ${p.target}`,
    missing: (p) => `lidos como faltantes, vazios na saída (${p.origin}): ${p.list}`,
    stdout: "a saída padrão",
    types: (p) => `tipos (${p.origin}): ${p.list}`,
    "origin.given": "do esquema",
    "origin.inferred": "inferidos",
    "origin.parquet": "do arquivo Parquet",
    "origin.text": "texto, sem esquema",
    jsonNotTable: (p) =>
      `${p.path}${p.where}: esperava-se uma lista de objetos ([{"coluna": "valor"}, …]) ou um objeto por linha (JSONL).`,
    jsonNewKey: (p) =>
      `${p.path}, objeto ${p.line}: a chave «${p.key}» não é uma das colunas (as do esquema ou as dos primeiros 1000 objetos); nada foi escrito. O que fazer: dê um esquema (--schema) que a inclua.`,
    duckdbMissing:
      "Parquet é lido e escrito com DuckDB, que não está instalado. O que fazer: npm install @duckdb/node-api",
    parquetFailed: (p) => `Não foi possível ler ou escrever ${p.path} como Parquet: ${p.detail}`,
  },
});
