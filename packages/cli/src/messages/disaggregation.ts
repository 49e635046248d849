import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/disaggregation.ts`, in es, en and pt. */
export const disaggregationMessages = defineCatalogs({
  es: {
    summary: "Revisa, normaliza y agrega datos desagregados por sexo, edad y territorio",
    usage:
      "ciudata disaggregation check <archivo> [--standard estandar.json] [--dataset personas|tabla-agregada|…] [--json] [--out reporte.json]\nciudata disaggregation normalize <archivo> --out normalizado.csv [--mapping correspondencias.json] [--mapping-out sugeridas.json]\nciudata disaggregation aggregate <archivo> --by sexo,edad,barrio [--measure columna] [--threshold 5] [--format csv|json] [--out tabla.csv]\nOpciones comunes: --barrios lista.csv|json, --sex-letters dni|curp, --encoding. Sale con 0 si está bien, 1 si hay errores, 2 si el comando o la entrada no sirven.",
    "flag.standard": "Estándar de desagregación (JSON); por defecto, el de estilo Mendoza",
    "flag.dataset": "Tipo de conjunto del estándar",
    "flag.mapping": "Archivo de correspondencias editado (JSON)",
    "flag.mappingOut": "Escribe las correspondencias sugeridas (JSON) para editar",
    "flag.barrios": "Lista de barrios de la ciudad (CSV, JSON o GeoJSON)",
    "flag.sexLetters": "Letras de sexo: dni (M = masculino) o curp (M = mujer)",
    "flag.by": "Columnas o dimensiones para agregar, separadas por coma",
    "flag.measure": "Columna a sumar (por defecto, cuenta filas)",
    "flag.threshold": "Conteo mínimo publicable (por defecto el del estándar, 5)",
    "flag.format": "csv o json",
    "flag.encoding": "Fuerza la codificación",
    "flag.json": "Reporte en JSON",
    "flag.out": "Archivo de salida",
    unknownSubcommand: (p: { sub: string }) =>
      `Subcomando desconocido «${p.sub}»: use check, normalize o aggregate.`,
    badStandard: (p: { standardPath: string }) => `El estándar ${p.standardPath} no es válido`,
    badBarrios: (p: { barrios: string }) => `La lista de barrios ${p.barrios} no sirve`,
    badMapping: (p: { mappingPath: string }) => `Las correspondencias ${p.mappingPath} no son válidas`,
    badSexLetters: (p: { letters: string }) => `--sex-letters espera dni o curp; se recibió «${p.letters}».`,
    unknownDataset: (p: { dataset: string; value: string }) =>
      `El estándar no tiene el tipo de conjunto «${p.dataset}» (tiene: ${p.value}).`,
    badThreshold: (p: { thresholdText: string }) =>
      `--threshold espera un entero (3, 5, 10 u 11 son usuales); se recibió «${p.thresholdText}».`,
    badFormat: (p: { format: string }) => `--format espera csv o json; se recibió «${p.format}».`,
    aggregated: (
      p: { inputRows: number; cellsCount: number; primary: number; secondary: number; threshold: number },
      w,
    ) =>
      `${w.number(p.inputRows)} filas agregadas en ${w.number(p.cellsCount)} celdas; suprimidas: ${w.number(p.primary)} primarias y ${w.number(p.secondary)} secundarias (umbral ${w.number(p.threshold)}).`,
    ok: "Sin problemas de desagregación.",
    wrote: (p: { path: string }) => `Escrito: ${p.path}`,
    wroteRows: (p: { path: string; rows: number }, w) =>
      `Escrito: ${p.path} (${w.count(p.rows, { one: "fila", other: "filas" })})`,
    counts: (p: { errors: number; warnings: number }, w) =>
      `${w.count(p.errors, { one: "error", other: "errores" })}, ${w.count(p.warnings, { one: "advertencia", other: "advertencias" })}`,
    mappedCounts: (p: { dimension: string; mapped: number; unmapped: number }, w) =>
      `${p.dimension}: ${w.number(p.mapped)} con código, ${w.number(p.unmapped)} sin código`,
    notAggregated: "No se pudo agregar la tabla.",
  },
  en: {
    summary: "Check, normalise and aggregate data disaggregated by sex, age and territory",
    usage:
      "ciudata disaggregation check <file> [--standard standard.json] [--dataset personas|tabla-agregada|…] [--json] [--out report.json]\nciudata disaggregation normalize <file> --out normalised.csv [--mapping mapping.json] [--mapping-out suggested.json]\nciudata disaggregation aggregate <file> --by sexo,edad,barrio [--measure column] [--threshold 5] [--format csv|json] [--out table.csv]\nCommon options: --barrios list.csv|json, --sex-letters dni|curp, --encoding. Exits 0 when fine, 1 when there are errors, 2 for a usage mistake or unreadable input.",
    "flag.standard": "Disaggregation standard (JSON); default: the Mendoza-style one",
    "flag.dataset": "Dataset kind of the standard",
    "flag.mapping": "Edited mapping file (JSON)",
    "flag.mappingOut": "Write the suggested mapping (JSON) to edit",
    "flag.barrios": "The city's barrio list (CSV, JSON or GeoJSON)",
    "flag.sexLetters": "Sex letters: dni (M = male) or curp (M = female)",
    "flag.by": "Columns or dimensions to aggregate by, comma separated",
    "flag.measure": "Column to sum (default: count rows)",
    "flag.threshold": "Smallest publishable count (default: the standard's, 5)",
    "flag.format": "csv or json",
    "flag.encoding": "Force the encoding",
    "flag.json": "Report as JSON",
    "flag.out": "Output file",
    unknownSubcommand: (p) => `Unknown subcommand "${p.sub}": use check, normalize or aggregate.`,
    badStandard: (p) => `The standard ${p.standardPath} is not valid`,
    badBarrios: (p) => `The barrio list ${p.barrios} cannot be used`,
    badMapping: (p) => `The mapping ${p.mappingPath} is not valid`,
    badSexLetters: (p) => `--sex-letters expects dni or curp; received "${p.letters}".`,
    unknownDataset: (p) => `The standard has no dataset kind "${p.dataset}" (it has: ${p.value}).`,
    badThreshold: (p) =>
      `--threshold expects an integer (3, 5, 10 or 11 are usual); received "${p.thresholdText}".`,
    badFormat: (p) => `--format expects csv or json; received "${p.format}".`,
    aggregated: (p, w) =>
      `${w.number(p.inputRows)} rows aggregated into ${w.number(p.cellsCount)} cells; suppressed: ${w.number(p.primary)} primary and ${w.number(p.secondary)} secondary (threshold ${w.number(p.threshold)}).`,
    ok: "No disaggregation problems.",
    wrote: (p) => `Wrote: ${p.path}`,
    wroteRows: (p, w) => `Wrote: ${p.path} (${w.count(p.rows, { one: "row", other: "rows" })})`,
    counts: (p, w) =>
      `${w.count(p.errors, { one: "error", other: "errors" })}, ${w.count(p.warnings, { one: "warning", other: "warnings" })}`,
    mappedCounts: (p, w) => `${p.dimension}: ${w.number(p.mapped)} mapped, ${w.number(p.unmapped)} unmapped`,
    notAggregated: "The table could not be aggregated.",
  },
  pt: {
    summary: "Revisa, normaliza e agrega dados desagregados por sexo, idade e território",
    usage:
      "ciudata disaggregation check <arquivo> [--standard padrao.json] [--dataset personas|tabla-agregada|…] [--json] [--out relatorio.json]\nciudata disaggregation normalize <arquivo> --out normalizado.csv [--mapping correspondencias.json] [--mapping-out sugeridas.json]\nciudata disaggregation aggregate <arquivo> --by sexo,edad,barrio [--measure coluna] [--threshold 5] [--format csv|json] [--out tabela.csv]\nOpções comuns: --barrios lista.csv|json, --sex-letters dni|curp, --encoding. Sai com 0 se estiver bem, 1 se houver erros, 2 se o comando ou a entrada não servirem.",
    "flag.standard": "Padrão de desagregação (JSON); por padrão, o estilo Mendoza",
    "flag.dataset": "Tipo de conjunto do padrão",
    "flag.mapping": "Arquivo de correspondências editado (JSON)",
    "flag.mappingOut": "Grava as correspondências sugeridas (JSON) para editar",
    "flag.barrios": "Lista de bairros da cidade (CSV, JSON ou GeoJSON)",
    "flag.sexLetters": "Letras de sexo: dni (M = masculino) ou curp (M = mulher)",
    "flag.by": "Colunas ou dimensões para agregar, separadas por vírgula",
    "flag.measure": "Coluna a somar (padrão: conta linhas)",
    "flag.threshold": "Contagem mínima publicável (padrão: a do padrão, 5)",
    "flag.format": "csv ou json",
    "flag.encoding": "Força a codificação",
    "flag.json": "Relatório em JSON",
    "flag.out": "Arquivo de saída",
    unknownSubcommand: (p) => `Subcomando desconhecido "${p.sub}": use check, normalize ou aggregate.`,
    badStandard: (p) => `O padrão ${p.standardPath} não é válido`,
    badBarrios: (p) => `A lista de bairros ${p.barrios} não serve`,
    badMapping: (p) => `As correspondências ${p.mappingPath} não são válidas`,
    badSexLetters: (p) => `--sex-letters espera dni ou curp; recebido "${p.letters}".`,
    unknownDataset: (p) => `O padrão não tem o tipo de conjunto "${p.dataset}" (tem: ${p.value}).`,
    badThreshold: (p) =>
      `--threshold espera um inteiro (3, 5, 10 ou 11 são usuais); recebido "${p.thresholdText}".`,
    badFormat: (p) => `--format espera csv ou json; recebido "${p.format}".`,
    aggregated: (p, w) =>
      `${w.number(p.inputRows)} linhas agregadas em ${w.number(p.cellsCount)} células; suprimidas: ${w.number(p.primary)} primárias e ${w.number(p.secondary)} secundárias (limiar ${w.number(p.threshold)}).`,
    ok: "Sem problemas de desagregação.",
    wrote: (p) => `Gravado: ${p.path}`,
    wroteRows: (p, w) => `Gravado: ${p.path} (${w.count(p.rows, { one: "linha", other: "linhas" })})`,
    counts: (p, w) =>
      `${w.count(p.errors, { one: "erro", other: "erros" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    mappedCounts: (p, w) =>
      `${p.dimension}: ${w.number(p.mapped)} com código, ${w.number(p.unmapped)} sem código`,
    notAggregated: "Não foi possível agregar a tabela.",
  },
});
