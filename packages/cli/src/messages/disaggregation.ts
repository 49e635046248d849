import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/disaggregation.ts`, in es, en and pt. */
export const disaggregationMessages = defineCatalogs({
  es: {
    summary: "Revisa, normaliza y agrega datos desagregados por sexo, edad y territorio",
    usage:
      "ciudata disaggregation check <archivo> [--standard estandar.json] [--dataset personas|tabla-agregada|…] [--format text|json|md|html] [--out reporte.json|md|html]\nciudata disaggregation normalize <archivo> --out normalizado.csv [--mapping correspondencias.json] [--mapping-out sugeridas.json] [--format text|json|md|html]\nciudata disaggregation aggregate <archivo> --by sexo,edad,barrio [--measure columna] [--threshold 5] [--out tabla.csv|json] [--format text|json|md|html]\nOpciones comunes: --codelist ar-indec|pe-ubigeo|mx-inegi|cl-cut|co-divipola|br-ibge, --barrios lista.csv|json, --sex-letters dni|curp, --encoding. aggregate sin --out imprime la tabla (CSV; --format json la da en JSON). Sale con 0 si está bien, 1 si hay errores, 2 si el comando o la entrada no sirven.",
    "flag.standard": "Estándar de desagregación (JSON); por defecto, el de estilo Mendoza",
    "flag.dataset": "Tipo de conjunto del estándar",
    "flag.mapping": "Archivo de correspondencias editado (JSON)",
    "flag.mappingOut": "Escribe las correspondencias sugeridas (JSON) para editar",
    "flag.barrios":
      "Lista de barrios de la ciudad (CSV, JSON o GeoJSON); con un GeoJSON y una tabla sin columna de barrio pero con coordenadas, asigna el barrio desde las coordenadas",
    "flag.sexLetters": "Letras de sexo: dni (M = masculino) o curp (M = mujer)",
    "flag.codelist":
      "Lista de códigos territoriales del país (ar-indec, pe-ubigeo, mx-inegi, cl-cut, co-divipola, br-ibge); sin ella se detecta solo si casi todos los valores están en una",
    "flag.by": "Columnas o dimensiones para agregar, separadas por coma",
    "flag.measure": "Columna a sumar (por defecto, cuenta filas)",
    "flag.threshold": "Conteo mínimo publicable (por defecto el del estándar, 5)",
    "flag.encoding": "Fuerza la codificación",
    "flag.out":
      "check: el informe (formato por la extensión); normalize: la tabla normalizada (CSV); aggregate: la tabla (CSV, o JSON si termina en .json)",
    title: (p: { sub: string; file: string }) => `Desagregación (${p.sub}): ${p.file}`,
    unmapped: "Valores sin código",
    dimension: "dimensión",
    column: "columna",
    value: "valor",
    times: "veces",
    badStandard: (p: { standardPath: string }) => `El estándar ${p.standardPath} no es válido`,
    badBarrios: (p: { barrios: string }) => `La lista de barrios ${p.barrios} no sirve`,
    badMapping: (p: { mappingPath: string }) => `Las correspondencias ${p.mappingPath} no son válidas`,
    unknownDataset: (p: { dataset: string; value: string }) =>
      `El estándar no tiene el tipo de conjunto «${p.dataset}» (tiene: ${p.value}).`,
    badThreshold: (p: { thresholdText: string }) =>
      `--threshold espera un entero (3, 5, 10 u 11 son usuales); se recibió «${p.thresholdText}».`,
    aggregated: (p: { inputRows: number; cellsCount: number; suppressed: number; threshold: number }, w) =>
      `${w.count(p.inputRows, { one: "fila agregada", other: "filas agregadas" })} en ${w.count(p.cellsCount, { one: "celda", other: "celdas" })}; ${w.count(p.suppressed, { one: "suprimida", other: "suprimidas" })}, chicas o para protegerlas, sin decir cuáles (umbral ${w.number(p.threshold)}).`,
    assignedFromCoordinates: (
      p: { columns: string; assigned: number; unassigned: number; areas: string },
      w,
    ) =>
      `barrio asignado desde coordenadas (${p.columns}, áreas de ${p.areas}): ${w.count(p.assigned, { one: "fila", other: "filas" })}; ${w.number(p.unassigned)} sin barrio (sin coordenadas o fuera de las áreas; ciudata geo check las lista).`,
    wideChecked: (p: { dimension: string; parts: string; total: string }) =>
      `Columnas de ${p.dimension}: ${p.parts}; en cada fila se comparó su suma con ${p.total}.`,
    wideNoTotal: (p: { dimension: string; parts: string }) =>
      `Columnas de ${p.dimension}: ${p.parts}; no hay columna de total con la que comparar su suma.`,
    ok: "Sin problemas de desagregación.",
    wrote: (p: { path: string }) => `Escrito: ${p.path}`,
    wroteRows: (p: { path: string; rows: number }, w) =>
      `Escrito: ${p.path} (${w.count(p.rows, { one: "fila", other: "filas" })})`,
    counts: (p: { errors: number; warnings: number }, w) =>
      `${w.count(p.errors, { one: "error", other: "errores" })}, ${w.count(p.warnings, { one: "advertencia", other: "advertencias" })}`,
    mappedCounts: (p: { dimension: string; mapped: number; unmapped: number }, w) =>
      `${p.dimension}: ${w.number(p.mapped)} con código, ${w.number(p.unmapped)} sin código`,
    notAggregated: "No se pudo agregar la tabla.",
    territoryDetected: (p: { column: string; codelist: string; share: number }, w) =>
      `Territorio (${p.column}): se detectó la lista ${p.codelist} (${w.percent(p.share, 1)} de los valores están en ella); es una suposición: confírmela con --codelist ${p.codelist}.`,
    territoryNone: (p: { column: string }) =>
      `Territorio (${p.column}): no se eligió ni se detectó la lista de códigos de un país; los nombres quedan como están escritos (elija una con --codelist).`,
    notCoded: (p: { value: string; candidates: string; count: number }, w) =>
      `«${p.value}» sin código: puede ser ${p.candidates} (${w.count(p.count, { one: "vez", other: "veces" })})`,
    padded: (p: { value: string; code: string; count: number }, w) =>
      `«${p.value}» leído como ${p.code}: se restituyeron los ceros a la izquierda; es una suposición, revísela (${w.count(p.count, { one: "vez", other: "veces" })})`,
  },
  en: {
    summary: "Check, normalise and aggregate data disaggregated by sex, age and territory",
    usage:
      "ciudata disaggregation check <file> [--standard standard.json] [--dataset personas|tabla-agregada|…] [--format text|json|md|html] [--out report.json|md|html]\nciudata disaggregation normalize <file> --out normalised.csv [--mapping mapping.json] [--mapping-out suggested.json] [--format text|json|md|html]\nciudata disaggregation aggregate <file> --by sexo,edad,barrio [--measure column] [--threshold 5] [--out table.csv|json] [--format text|json|md|html]\nCommon options: --codelist ar-indec|pe-ubigeo|mx-inegi|cl-cut|co-divipola|br-ibge, --barrios list.csv|json, --sex-letters dni|curp, --encoding. aggregate without --out prints the table (CSV; --format json gives it as JSON). Exits 0 when fine, 1 when there are errors, 2 for a usage mistake or unreadable input.",
    "flag.standard": "Disaggregation standard (JSON); default: the Mendoza-style one",
    "flag.dataset": "Dataset kind of the standard",
    "flag.mapping": "Edited mapping file (JSON)",
    "flag.mappingOut": "Write the suggested mapping (JSON) to edit",
    "flag.barrios":
      "The city's barrio list (CSV, JSON or GeoJSON); with a GeoJSON and a table with coordinates but no barrio column, assigns the barrio from the coordinates",
    "flag.sexLetters": "Sex letters: dni (M = male) or curp (M = female)",
    "flag.codelist":
      "The country's territory code list (ar-indec, pe-ubigeo, mx-inegi, cl-cut, co-divipola, br-ibge); without it, one is detected only when nearly all values are in it",
    "flag.by": "Columns or dimensions to aggregate by, comma separated",
    "flag.measure": "Column to sum (default: count rows)",
    "flag.threshold": "Smallest publishable count (default: the standard's, 5)",
    "flag.encoding": "Force the encoding",
    "flag.out":
      "check: the report (format from the extension); normalize: the normalised table (CSV); aggregate: the table (CSV, or JSON when it ends in .json)",
    title: (p) => `Disaggregation (${p.sub}): ${p.file}`,
    unmapped: "Values without a code",
    dimension: "dimension",
    column: "column",
    value: "value",
    times: "times",
    badStandard: (p) => `The standard ${p.standardPath} is not valid`,
    badBarrios: (p) => `The barrio list ${p.barrios} cannot be used`,
    badMapping: (p) => `The mapping ${p.mappingPath} is not valid`,
    unknownDataset: (p) => `The standard has no dataset kind "${p.dataset}" (it has: ${p.value}).`,
    badThreshold: (p) =>
      `--threshold expects an integer (3, 5, 10 or 11 are usual); received "${p.thresholdText}".`,
    aggregated: (p, w) =>
      `${w.count(p.inputRows, { one: "row", other: "rows" })} aggregated into ${w.count(p.cellsCount, { one: "cell", other: "cells" })}; ${w.number(p.suppressed)} suppressed, small or protecting one, without saying which (threshold ${w.number(p.threshold)}).`,
    assignedFromCoordinates: (p, w) =>
      `barrio assigned from coordinates (${p.columns}, areas of ${p.areas}): ${w.count(p.assigned, { one: "row", other: "rows" })}; ${w.number(p.unassigned)} without a barrio (no coordinates or outside the areas; ciudata geo check lists them).`,
    wideChecked: (p) => `Columns of ${p.dimension}: ${p.parts}; each row's sum was compared with ${p.total}.`,
    wideNoTotal: (p) =>
      `Columns of ${p.dimension}: ${p.parts}; there is no total column to compare their sum with.`,
    ok: "No disaggregation problems.",
    wrote: (p) => `Wrote: ${p.path}`,
    wroteRows: (p, w) => `Wrote: ${p.path} (${w.count(p.rows, { one: "row", other: "rows" })})`,
    counts: (p, w) =>
      `${w.count(p.errors, { one: "error", other: "errors" })}, ${w.count(p.warnings, { one: "warning", other: "warnings" })}`,
    mappedCounts: (p, w) => `${p.dimension}: ${w.number(p.mapped)} mapped, ${w.number(p.unmapped)} unmapped`,
    notAggregated: "The table could not be aggregated.",
    territoryDetected: (p, w) =>
      `Territory (${p.column}): detected the list ${p.codelist} (${w.percent(p.share, 1)} of the values are in it); this is a guess: confirm it with --codelist ${p.codelist}.`,
    territoryNone: (p) =>
      `Territory (${p.column}): no country's code list was chosen or detected; names are kept as written (choose one with --codelist).`,
    notCoded: (p, w) =>
      `"${p.value}" not coded: it may be ${p.candidates} (${w.count(p.count, { one: "time", other: "times" })})`,
    padded: (p, w) =>
      `"${p.value}" read as ${p.code}: its leading zeros were restored; this is a guess, check it (${w.count(p.count, { one: "time", other: "times" })})`,
  },
  pt: {
    summary: "Revisa, normaliza e agrega dados desagregados por sexo, idade e território",
    usage:
      "ciudata disaggregation check <arquivo> [--standard padrao.json] [--dataset personas|tabla-agregada|…] [--format text|json|md|html] [--out relatorio.json|md|html]\nciudata disaggregation normalize <arquivo> --out normalizado.csv [--mapping correspondencias.json] [--mapping-out sugeridas.json] [--format text|json|md|html]\nciudata disaggregation aggregate <arquivo> --by sexo,edad,barrio [--measure coluna] [--threshold 5] [--out tabela.csv|json] [--format text|json|md|html]\nOpções comuns: --codelist ar-indec|pe-ubigeo|mx-inegi|cl-cut|co-divipola|br-ibge, --barrios lista.csv|json, --sex-letters dni|curp, --encoding. aggregate sem --out imprime a tabela (CSV; --format json a dá em JSON). Sai com 0 se estiver bem, 1 se houver erros, 2 se o comando ou a entrada não servirem.",
    "flag.standard": "Padrão de desagregação (JSON); por padrão, o estilo Mendoza",
    "flag.dataset": "Tipo de conjunto do padrão",
    "flag.mapping": "Arquivo de correspondências editado (JSON)",
    "flag.mappingOut": "Grava as correspondências sugeridas (JSON) para editar",
    "flag.barrios":
      "Lista de bairros da cidade (CSV, JSON ou GeoJSON); com um GeoJSON e uma tabela sem coluna de bairro mas com coordenadas, atribui o bairro pelas coordenadas",
    "flag.sexLetters": "Letras de sexo: dni (M = masculino) ou curp (M = mulher)",
    "flag.codelist":
      "A lista de códigos territoriais do país (ar-indec, pe-ubigeo, mx-inegi, cl-cut, co-divipola, br-ibge); sem ela, detecta-se só quando quase todos os valores estão nela",
    "flag.by": "Colunas ou dimensões para agregar, separadas por vírgula",
    "flag.measure": "Coluna a somar (padrão: conta linhas)",
    "flag.threshold": "Contagem mínima publicável (padrão: a do padrão, 5)",
    "flag.encoding": "Força a codificação",
    "flag.out":
      "check: o relatório (formato pela extensão); normalize: a tabela normalizada (CSV); aggregate: a tabela (CSV, ou JSON se terminar em .json)",
    title: (p) => `Desagregação (${p.sub}): ${p.file}`,
    unmapped: "Valores sem código",
    dimension: "dimensão",
    column: "coluna",
    value: "valor",
    times: "vezes",
    badStandard: (p) => `O padrão ${p.standardPath} não é válido`,
    badBarrios: (p) => `A lista de bairros ${p.barrios} não serve`,
    badMapping: (p) => `As correspondências ${p.mappingPath} não são válidas`,
    unknownDataset: (p) => `O padrão não tem o tipo de conjunto "${p.dataset}" (tem: ${p.value}).`,
    badThreshold: (p) =>
      `--threshold espera um inteiro (3, 5, 10 ou 11 são usuais); recebido "${p.thresholdText}".`,
    aggregated: (p, w) =>
      `${w.count(p.inputRows, { one: "linha agregada", other: "linhas agregadas" })} em ${w.count(p.cellsCount, { one: "célula", other: "células" })}; ${w.count(p.suppressed, { one: "suprimida", other: "suprimidas" })}, pequenas ou para protegê-las, sem dizer quais (limiar ${w.number(p.threshold)}).`,
    assignedFromCoordinates: (p, w) =>
      `bairro atribuído pelas coordenadas (${p.columns}, áreas de ${p.areas}): ${w.count(p.assigned, { one: "linha", other: "linhas" })}; ${w.number(p.unassigned)} sem bairro (sem coordenadas ou fora das áreas; ciudata geo check as lista).`,
    wideChecked: (p) =>
      `Colunas de ${p.dimension}: ${p.parts}; em cada linha comparou-se a soma com ${p.total}.`,
    wideNoTotal: (p) =>
      `Colunas de ${p.dimension}: ${p.parts}; não há coluna de total com a qual comparar a soma.`,
    ok: "Sem problemas de desagregação.",
    wrote: (p) => `Gravado: ${p.path}`,
    wroteRows: (p, w) => `Gravado: ${p.path} (${w.count(p.rows, { one: "linha", other: "linhas" })})`,
    counts: (p, w) =>
      `${w.count(p.errors, { one: "erro", other: "erros" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    mappedCounts: (p, w) =>
      `${p.dimension}: ${w.number(p.mapped)} com código, ${w.number(p.unmapped)} sem código`,
    notAggregated: "Não foi possível agregar a tabela.",
    territoryDetected: (p, w) =>
      `Território (${p.column}): detectou-se a lista ${p.codelist} (${w.percent(p.share, 1)} dos valores estão nela); é uma suposição: confirme-a com --codelist ${p.codelist}.`,
    territoryNone: (p) =>
      `Território (${p.column}): não se escolheu nem se detectou a lista de códigos de um país; os nomes ficam como escritos (escolha uma com --codelist).`,
    notCoded: (p, w) =>
      `«${p.value}» sem código: pode ser ${p.candidates} (${w.count(p.count, { one: "vez", other: "vezes" })})`,
    padded: (p, w) =>
      `«${p.value}» lido como ${p.code}: os zeros à esquerda foram restituídos; é uma suposição, confira (${w.count(p.count, { one: "vez", other: "vezes" })})`,
  },
});
