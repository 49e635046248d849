import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/clean`, in es, en and pt. */
export const cleanMessages = defineCatalogs({
  es: {
    summary: "Escribe una copia limpia de una tabla (pasos con nombre) y un registro de cada cambio",
    usage:
      "ciudata clean <archivo> --out limpio.csv [--steps trim,blank-rows,…|all] [--profile limpieza.json] [--log cambios.csv|.json]\nPasos: trim, blank-rows, duplicate-rows, decimal-comma, iso-dates, variants, disaggregation. La salida es CSV en UTF-8 sin BOM, separado por comas. Nunca escribe sobre la entrada; nada se escribe si la entrada no se puede leer.\nciudata clean <archivo> --suggest-variants variantes.json escribe las correspondencias de grafías que sugiere validate, para editarlas y pasarlas con --variants.",
    "flag.out": "La tabla limpia (CSV)",
    "flag.steps": "Pasos a aplicar, separados por comas (o all)",
    "flag.profile": "Un perfil de limpieza (JSON: pasos y opciones)",
    "flag.log": "El registro de cambios (.csv o .json): fila, columna, paso, antes → después",
    "flag.eol": "Fin de línea de la salida: lf (predeterminado) o crlf",
    "flag.dateFormat": "Formato de fecha de una columna, columna=%m/%d/%Y (para columnas ambiguas día/mes)",
    "flag.variants": "Correspondencias de grafías (JSON {columna: {grafía: canónica}} o CSV columna,de,a)",
    "flag.suggestVariants": "Escribe las correspondencias sugeridas por validate en este archivo y termina",
    "flag.encoding": "Codificación de la entrada (si no, se detecta)",
    "flag.threads":
      "Hilos que limpian a la vez un archivo local (predeterminado 1: una pasada, lo más rápido en 2 núcleos). El resultado es el mismo",
    title: "Limpieza",
    wrote: (p: { rows: number; out: string }, w) => `filas escritas: ${w.number(p.rows)} → ${p.out}`,
    read: (p: { rows: number }, w) => `filas leídas: ${w.number(p.rows)}`,
    logWrote: (p: { entries: number; out: string }, w) =>
      `registro: ${w.count(p.entries, { one: "cambio", other: "cambios" })} → ${p.out}`,
    nothing: "ningún cambio",
    counts: "Cambios por paso",
    leftAsIs: "Valores dejados como estaban (no siguen la convención de su columna)",
    notes: "Columnas que no se tocaron",
    "step.trim": "espacios recortados",
    "step.blank-rows": "filas vacías quitadas",
    "step.duplicate-rows": "filas duplicadas quitadas",
    "step.decimal-comma": "comas decimales pasadas a punto",
    "step.iso-dates": "fechas pasadas a ISO 8601",
    "step.variants": "grafías unificadas",
    "step.disaggregation": "valores de desagregación normalizados",
    "step.encoding": "codificación pasada a UTF-8",
    "step.bom": "BOM quitado",
    "step.delimiter": "separador pasado a coma",
    "step.line-endings": "fines de línea normalizados",
    "note.ambiguous-day-month": (p: { column: string; format: string }) =>
      `«${p.column}»: fechas ambiguas (día/mes o mes/día leen todo); no se convirtieron. Indicá el formato: --date-format "${p.column}=${p.format}"`,
    "note.ambiguous-number": (p: { column: string }) =>
      `«${p.column}»: números que se leen con coma decimal o de miles (1,234); no se convirtieron`,
    "note.missing-column": (p: { column: string; step: string }) =>
      `«${p.column}» (${p.step}): la columna no está en el archivo`,
    badThreads: (p: { value: string }) =>
      `--threads «${p.value}»: se esperaba un número entero de 1 a 64, por ejemplo --threads 2`,
    badDateFormat: (p: { value: string }) =>
      `--date-format «${p.value}»: se esperaba columna=formato, por ejemplo fecha=%d/%m/%Y`,
    badVariants: (p: { path: string; line: number; found: string }) =>
      `${p.path}:${p.line}: se esperaban tres columnas columna,de,a; se encontró «${p.found}». Corregí la línea o usá JSON {"columna": {"grafía": "canónica"}}`,
    noSteps:
      "No se pidió ningún paso: usá --steps (por ejemplo --steps trim,blank-rows o --steps all) o --profile limpieza.json",
    needsVariants: "El paso variants necesita --variants correspondencias.json (o mapping en el perfil)",
    unreadable: (p: { file: string }) => `${p.file}: no se puede leer como tabla; no se escribió nada`,
    suggested: (p: { columns: number; out: string }, w) =>
      `correspondencias sugeridas: ${w.count(p.columns, { one: "columna", other: "columnas" })} → ${p.out}. Editalas y pasalas con --variants.`,
  },
  en: {
    summary: "Writes a clean copy of a table (named steps) and a log of every change",
    usage:
      "ciudata clean <file> --out clean.csv [--steps trim,blank-rows,…|all] [--profile clean.json] [--log changes.csv|.json]\nSteps: trim, blank-rows, duplicate-rows, decimal-comma, iso-dates, variants, disaggregation. The output is CSV in UTF-8 without BOM, comma-separated. It never writes over its input; nothing is written when the input cannot be read.\nciudata clean <file> --suggest-variants variants.json writes the spelling mapping validate suggests, to edit and pass with --variants.",
    "flag.out": "The clean table (CSV)",
    "flag.steps": "Steps to apply, comma-separated (or all)",
    "flag.profile": "A clean profile (JSON: steps and options)",
    "flag.log": "The change log (.csv or .json): row, column, step, before → after",
    "flag.eol": "Output line ending: lf (default) or crlf",
    "flag.dateFormat": "A column's date format, column=%m/%d/%Y (for ambiguous day/month columns)",
    "flag.variants": "Spelling mapping (JSON {column: {spelling: canonical}} or CSV column,from,to)",
    "flag.suggestVariants": "Writes the mapping validate suggests to this file and stops",
    "flag.encoding": "Input encoding (detected otherwise)",
    "flag.threads":
      "Threads cleaning a local file at once (default 1: one pass, the fastest on 2 cores). The result is the same",
    title: "Cleaning",
    wrote: (p, w) => `rows written: ${w.number(p.rows)} → ${p.out}`,
    read: (p, w) => `rows read: ${w.number(p.rows)}`,
    logWrote: (p, w) => `log: ${w.count(p.entries, { one: "change", other: "changes" })} → ${p.out}`,
    nothing: "no change",
    counts: "Changes per step",
    leftAsIs: "Values left as they were (not in their column's convention)",
    notes: "Columns left alone",
    "step.trim": "spaces trimmed",
    "step.blank-rows": "blank rows dropped",
    "step.duplicate-rows": "duplicate rows dropped",
    "step.decimal-comma": "decimal commas made points",
    "step.iso-dates": "dates made ISO 8601",
    "step.variants": "spellings unified",
    "step.disaggregation": "disaggregation values normalised",
    "step.encoding": "encoding made UTF-8",
    "step.bom": "BOM dropped",
    "step.delimiter": "delimiter made a comma",
    "step.line-endings": "line endings normalised",
    "note.ambiguous-day-month": (p) =>
      `«${p.column}»: ambiguous dates (day/month and month/day both read every value); not converted. Name the format: --date-format "${p.column}=${p.format}"`,
    "note.ambiguous-number": (p) =>
      `«${p.column}»: numbers that read with a decimal or a thousands comma (1,234); not converted`,
    "note.missing-column": (p) => `«${p.column}» (${p.step}): the column is not in the file`,
    badThreads: (p) =>
      `--threads «${p.value}»: expected a whole number from 1 to 64, for example --threads 2`,
    badDateFormat: (p) => `--date-format «${p.value}»: expected column=format, for example fecha=%d/%m/%Y`,
    badVariants: (p) =>
      `${p.path}:${p.line}: expected three columns column,from,to; found «${p.found}». Fix the line or use JSON {"column": {"spelling": "canonical"}}`,
    noSteps:
      "No step asked for: use --steps (for example --steps trim,blank-rows or --steps all) or --profile clean.json",
    needsVariants: "The variants step needs --variants mapping.json (or a mapping in the profile)",
    unreadable: (p) => `${p.file}: cannot be read as a table; nothing was written`,
    suggested: (p, w) =>
      `suggested mapping: ${w.count(p.columns, { one: "column", other: "columns" })} → ${p.out}. Edit it and pass it with --variants.`,
  },
  pt: {
    summary: "Escreve uma cópia limpa de uma tabela (passos com nome) e um registro de cada mudança",
    usage:
      "ciudata clean <arquivo> --out limpo.csv [--steps trim,blank-rows,…|all] [--profile limpeza.json] [--log mudancas.csv|.json]\nPassos: trim, blank-rows, duplicate-rows, decimal-comma, iso-dates, variants, disaggregation. A saída é CSV em UTF-8 sem BOM, separado por vírgulas. Nunca escreve sobre a entrada; nada é escrito se a entrada não puder ser lida.\nciudata clean <arquivo> --suggest-variants variantes.json escreve as correspondências de grafias que o validate sugere, para editar e passar com --variants.",
    "flag.out": "A tabela limpa (CSV)",
    "flag.steps": "Passos a aplicar, separados por vírgulas (ou all)",
    "flag.profile": "Um perfil de limpeza (JSON: passos e opções)",
    "flag.log": "O registro de mudanças (.csv ou .json): linha, coluna, passo, antes → depois",
    "flag.eol": "Fim de linha da saída: lf (padrão) ou crlf",
    "flag.dateFormat": "Formato de data de uma coluna, coluna=%m/%d/%Y (para colunas ambíguas dia/mês)",
    "flag.variants": "Correspondências de grafias (JSON {coluna: {grafia: canônica}} ou CSV coluna,de,para)",
    "flag.suggestVariants": "Escreve as correspondências sugeridas pelo validate neste arquivo e termina",
    "flag.encoding": "Codificação da entrada (senão, é detectada)",
    "flag.threads":
      "Threads que limpam ao mesmo tempo um arquivo local (padrão 1: uma passada, o mais rápido em 2 núcleos). O resultado é o mesmo",
    title: "Limpeza",
    wrote: (p, w) => `linhas escritas: ${w.number(p.rows)} → ${p.out}`,
    read: (p, w) => `linhas lidas: ${w.number(p.rows)}`,
    logWrote: (p, w) => `registro: ${w.count(p.entries, { one: "mudança", other: "mudanças" })} → ${p.out}`,
    nothing: "nenhuma mudança",
    counts: "Mudanças por passo",
    leftAsIs: "Valores deixados como estavam (fora da convenção da sua coluna)",
    notes: "Colunas não tocadas",
    "step.trim": "espaços aparados",
    "step.blank-rows": "linhas vazias removidas",
    "step.duplicate-rows": "linhas duplicadas removidas",
    "step.decimal-comma": "vírgulas decimais passadas a ponto",
    "step.iso-dates": "datas passadas a ISO 8601",
    "step.variants": "grafias unificadas",
    "step.disaggregation": "valores de desagregação normalizados",
    "step.encoding": "codificação passada a UTF-8",
    "step.bom": "BOM removido",
    "step.delimiter": "separador passado a vírgula",
    "step.line-endings": "fins de linha normalizados",
    "note.ambiguous-day-month": (p) =>
      `«${p.column}»: datas ambíguas (dia/mês e mês/dia leem tudo); não foram convertidas. Indique o formato: --date-format "${p.column}=${p.format}"`,
    "note.ambiguous-number": (p) =>
      `«${p.column}»: números que se leem com vírgula decimal ou de milhar (1,234); não foram convertidos`,
    "note.missing-column": (p) => `«${p.column}» (${p.step}): a coluna não está no arquivo`,
    badThreads: (p) =>
      `--threads «${p.value}»: esperava-se um número inteiro de 1 a 64, por exemplo --threads 2`,
    badDateFormat: (p) =>
      `--date-format «${p.value}»: esperava-se coluna=formato, por exemplo fecha=%d/%m/%Y`,
    badVariants: (p) =>
      `${p.path}:${p.line}: esperavam-se três colunas coluna,de,para; encontrou-se «${p.found}». Corrija a linha ou use JSON {"coluna": {"grafia": "canônica"}}`,
    noSteps:
      "Nenhum passo pedido: use --steps (por exemplo --steps trim,blank-rows ou --steps all) ou --profile limpeza.json",
    needsVariants: "O passo variants precisa de --variants correspondencias.json (ou mapping no perfil)",
    unreadable: (p) => `${p.file}: não pode ser lido como tabela; nada foi escrito`,
    suggested: (p, w) =>
      `correspondências sugeridas: ${w.count(p.columns, { one: "coluna", other: "colunas" })} → ${p.out}. Edite-as e passe-as com --variants.`,
  },
});
