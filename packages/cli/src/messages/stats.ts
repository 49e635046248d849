import { defineCatalogs } from "@ciudata/core";

/** The texts of `ciudata stats`, in es, en and pt. */
export const statsMessages = defineCatalogs({
  es: {
    summary:
      "Estadísticas por columna: tipo, vacías, distintos, mínimo, máximo, cuantiles y valores más frecuentes",
    usage:
      "ciudata stats <archivo|url> [--columns a,b] [--schema esquema.json] [--format text|json|md|html] [--out archivo]\nLee el archivo una vez, sin tenerlo entero en memoria. Las columnas personales (según la revisión de privacidad) muestran solo conteos. Sale con 2 si la entrada no se puede leer como tabla.",
    "flag.columns": "Solo estas columnas, separadas por comas",
    "flag.schema": "Un Table Schema con los tipos de las columnas (si no, se infieren)",
    unknownColumn: (p: { column: string; file: string; available: string }) =>
      `En ${p.file}: no hay una columna «${p.column}»; columnas: ${p.available}; qué hacer: pase en --columns nombres del encabezado, separados por comas.`,
    title: (p: { file: string }) => `Estadísticas de ${p.file}`,
    overview: (
      p: { rows: number; columns: number; encoding: string; delimiter: string; inferred: boolean },
      w,
    ) =>
      `${w.count(p.rows, { one: "fila", other: "filas" })}, ${w.count(p.columns, { one: "columna", other: "columnas" })}; codificación ${p.encoding}, separador «${p.delimiter}»; tipos ${p.inferred ? "inferidos de las primeras filas" : "del esquema dado"}.`,
    column: (p: { name: string; type: string }) => `${p.name} (${p.type})`,
    personal: "Columna personal según la revisión de privacidad: solo se muestran conteos, nunca valores.",
    stat: "medida",
    value: "valor",
    rows: "filas",
    empty: "vacías",
    spaces: "solo espacios",
    values: "con valor",
    missing: "faltantes según el esquema",
    invalid: (p: { type: string }) => `no son ${p.type}`,
    nonFinite: "no finitos (NaN, INF), fuera del resumen",
    distinct: "distintos",
    estimate: (p: { n: string }) => `≈ ${p.n} (estimado, HyperLogLog)`,
    lengths: "largo (caracteres)",
    range: (p: { min: string; max: string }) => `${p.min} a ${p.max}`,
    min: "mínimo",
    max: "máximo",
    mean: "media",
    median: "mediana (p50)",
    quantiles: "p05 · p25 · p75 · p95",
    approximate: (p: { text: string }) => `${p.text} (aproximado, de una muestra de los valores)`,
    top: "Valores más frecuentes",
    count: "cantidad",
    topIncomplete:
      "La columna tiene más valores distintos de los que se cuentan exactamente: los conteos son exactos, pero otro valor podría estar entre los diez primeros.",
    histogram: "Histograma",
    histogramApprox: "Histograma (aproximado, de una muestra de los valores)",
    notes:
      "Vacías: celdas sin nada; solo espacios: celdas de espacios. Los distintos y los valores frecuentes cuentan las celdas con valor. Mínimo, máximo y media son exactos; los cuantiles son exactos salvo que digan «aproximado» (de los valores de una parte de los textos elegida por hash, cada uno con su conteo exacto).",
  },
  en: {
    summary: "Column statistics: type, blanks, distinct values, min, max, quantiles and most frequent values",
    usage:
      "ciudata stats <file|url> [--columns a,b] [--schema schema.json] [--format text|json|md|html] [--out file]\nReads the file once, never whole in memory. Personal columns (by the privacy scan) show counts only. Exits 2 when the input cannot be read as a table.",
    "flag.columns": "Only these columns, comma-separated",
    "flag.schema": "A Table Schema with the columns' types (else they are inferred)",
    unknownColumn: (p) =>
      `In ${p.file}: there is no column “${p.column}”; columns: ${p.available}; what to do: pass header names to --columns, comma-separated.`,
    title: (p) => `Statistics of ${p.file}`,
    overview: (p, w) =>
      `${w.count(p.rows, { one: "row", other: "rows" })}, ${w.count(p.columns, { one: "column", other: "columns" })}; encoding ${p.encoding}, delimiter “${p.delimiter}”; types ${p.inferred ? "inferred from the first rows" : "from the schema given"}.`,
    column: (p) => `${p.name} (${p.type})`,
    personal: "Personal column by the privacy scan: counts only, never a value.",
    stat: "statistic",
    value: "value",
    rows: "rows",
    empty: "empty",
    spaces: "spaces only",
    values: "with a value",
    missing: "missing by the schema",
    invalid: (p) => `not ${p.type}`,
    nonFinite: "not finite (NaN, INF), left out of the summary",
    distinct: "distinct",
    estimate: (p) => `≈ ${p.n} (estimate, HyperLogLog)`,
    lengths: "length (characters)",
    range: (p) => `${p.min} to ${p.max}`,
    min: "min",
    max: "max",
    mean: "mean",
    median: "median (p50)",
    quantiles: "p05 · p25 · p75 · p95",
    approximate: (p) => `${p.text} (approximate, from a sample of the values)`,
    top: "Most frequent values",
    count: "count",
    topIncomplete:
      "The column has more distinct values than are counted exactly: the counts are exact, but another value could belong in the top ten.",
    histogram: "Histogram",
    histogramApprox: "Histogram (approximate, from a sample of the values)",
    notes:
      "Empty: cells with nothing; spaces only: cells of spaces. Distinct and most frequent values count the cells with a value. Min, max and mean are exact; quantiles are exact unless they say “approximate” (from the values of a share of the texts chosen by hash, each with its exact count).",
  },
  pt: {
    summary:
      "Estatísticas por coluna: tipo, vazias, distintos, mínimo, máximo, quantis e valores mais frequentes",
    usage:
      "ciudata stats <arquivo|url> [--columns a,b] [--schema esquema.json] [--format text|json|md|html] [--out arquivo]\nLê o arquivo uma vez, sem mantê-lo inteiro na memória. As colunas pessoais (pela revisão de privacidade) mostram só contagens. Sai com 2 se a entrada não puder ser lida como tabela.",
    "flag.columns": "Só estas colunas, separadas por vírgulas",
    "flag.schema": "Um Table Schema com os tipos das colunas (senão, são inferidos)",
    unknownColumn: (p) =>
      `Em ${p.file}: não há uma coluna «${p.column}»; colunas: ${p.available}; o que fazer: passe em --columns nomes do cabeçalho, separados por vírgulas.`,
    title: (p) => `Estatísticas de ${p.file}`,
    overview: (p, w) =>
      `${w.count(p.rows, { one: "linha", other: "linhas" })}, ${w.count(p.columns, { one: "coluna", other: "colunas" })}; codificação ${p.encoding}, separador «${p.delimiter}»; tipos ${p.inferred ? "inferidos das primeiras linhas" : "do esquema dado"}.`,
    column: (p) => `${p.name} (${p.type})`,
    personal: "Coluna pessoal pela revisão de privacidade: só contagens, nunca valores.",
    stat: "medida",
    value: "valor",
    rows: "linhas",
    empty: "vazias",
    spaces: "só espaços",
    values: "com valor",
    missing: "ausentes pelo esquema",
    invalid: (p) => `não são ${p.type}`,
    nonFinite: "não finitos (NaN, INF), fora do resumo",
    distinct: "distintos",
    estimate: (p) => `≈ ${p.n} (estimativa, HyperLogLog)`,
    lengths: "comprimento (caracteres)",
    range: (p) => `${p.min} a ${p.max}`,
    min: "mínimo",
    max: "máximo",
    mean: "média",
    median: "mediana (p50)",
    quantiles: "p05 · p25 · p75 · p95",
    approximate: (p) => `${p.text} (aproximado, de uma amostra dos valores)`,
    top: "Valores mais frequentes",
    count: "quantidade",
    topIncomplete:
      "A coluna tem mais valores distintos do que os contados exatamente: as contagens são exatas, mas outro valor poderia estar entre os dez primeiros.",
    histogram: "Histograma",
    histogramApprox: "Histograma (aproximado, de uma amostra dos valores)",
    notes:
      "Vazias: células sem nada; só espaços: células de espaços. Distintos e valores frequentes contam as células com valor. Mínimo, máximo e média são exatos; os quantis são exatos, salvo quando dizem «aproximado» (dos valores de uma parte dos textos escolhida por hash, cada um com sua contagem exata).",
  },
});
