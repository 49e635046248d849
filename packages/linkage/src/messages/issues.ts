import { defineIssueCatalogs } from "@ciudata/core";

/**
 * How every problem of a linkage run is worded in es, en and pt (render with `renderIssue(issue, lang,
 * linkageIssues)` from `@ciudata/core`). Params: `file`, `side`, `column`, `columns` (the ones the file
 * has), `rule`, `count`, `cap`, `ids`, `id`, `field`, `where` (the comparison or
 * blocking rule that names a field), `fields` (the ones the records have), `package`.
 */
export const linkageIssues = defineIssueCatalogs({
  es: {
    "linkage/missing-id": {
      title: "Un registro no tiene id",
      describe: (i) =>
        `la fila de datos ${i.params.row} de ${i.params.file} no tiene valor en la columna de id «${i.params.column}»`,
    },
    "linkage/duplicate-id": {
      title: "Un id se repite",
      describe: (i) =>
        `la fila de datos ${i.params.row} de ${i.params.file} repite el id de la fila ${i.params.first} (columna «${i.params.column}»); cada registro necesita un id propio`,
    },
    "linkage/missing-column": {
      title: "Falta una columna del mapeo",
      describe: (i) =>
        `el mapeo usa la columna «${i.params.column}», que no está en ${i.params.file}; columnas del archivo: ${i.params.columns}`,
    },
    "linkage/empty-side": {
      title: "Un lado no tiene registros",
      describe: (i) => `${i.params.file} no tiene filas de datos; no hay nada que vincular`,
    },
    "linkage/too-many-comparisons": {
      title: "Demasiadas comparaciones",
      describe: (i, w) =>
        `la regla de bloqueo «${i.params.rule}» compararía ${w.count(Number(i.params.count), { one: "par", other: "pares" })}, más que el tope de ${w.number(Number(i.params.cap))}; agregue un campo a la regla (por ejemplo el año de nacimiento) o suba el tope con maxComparisons`,
    },
    "linkage/truth-unknown-id": {
      title: "El archivo de verdad nombra ids que no existen",
      describe: (i, w) =>
        `el archivo de verdad ${i.params.file} nombra ${w.count(Number(i.params.count), { one: "un id que no está", other: "ids que no están" })} en los datos (por ejemplo «${i.params.id}»)`,
    },
    "linkage/duckdb-missing": {
      title: "Falta DuckDB",
      describe: (i) =>
        `el motor DuckDB necesita el paquete ${i.params.package}, que no está instalado; instálelo con «npm install ${i.params.package}» o use el motor en proceso`,
    },
    "linkage/unknown-field": {
      title: "Un campo que no existe",
      describe: (i) =>
        `«${i.params.where}» usa el campo «${i.params.field}», que ${i.params.file} no tiene; campos: ${i.params.fields}`,
    },
    "linkage/config": { title: "Configuración de vinculación inválida" },
    "linkage/truth-format": {
      title: "Archivo de verdad ilegible",
      describe: (i) =>
        `${i.params.file}: un archivo de verdad necesita un encabezado y dos columnas: left,right (pares de ids) o id,cluster`,
    },
    "linkage/decision-unknown-id": {
      title: "Una decisión nombra ids que no existen",
      describe: (i, w) =>
        `las decisiones de revisión nombran ${w.count(Number(i.params.count), { one: "un id que no está", other: "ids que no están" })} en los datos (por ejemplo «${i.params.id}»)`,
    },
  },
  en: {
    "linkage/missing-id": {
      title: "A record has no id",
      describe: (i) =>
        `data row ${i.params.row} of ${i.params.file} has no value in the id column "${i.params.column}"`,
    },
    "linkage/duplicate-id": {
      title: "An id is repeated",
      describe: (i) =>
        `in ${i.params.file}, data row ${i.params.row} has the same id as row ${i.params.first} (column "${i.params.column}"); each record needs its own id`,
    },
    "linkage/missing-column": {
      title: "A mapped column is missing",
      describe: (i) =>
        `the mapping uses column "${i.params.column}", which is not in ${i.params.file}; the file's columns: ${i.params.columns}`,
    },
    "linkage/empty-side": {
      title: "One side has no records",
      describe: (i) => `${i.params.file} has no data rows; there is nothing to link`,
    },
    "linkage/too-many-comparisons": {
      title: "Too many comparisons",
      describe: (i, w) =>
        `blocking rule "${i.params.rule}" would compare ${w.count(Number(i.params.count), { one: "pair", other: "pairs" })}, more than the cap of ${w.number(Number(i.params.cap))}; add a field to the rule (for example the birth year) or raise the cap with maxComparisons`,
    },
    "linkage/truth-unknown-id": {
      title: "The truth file names ids that do not exist",
      describe: (i, w) =>
        `in the truth file ${i.params.file} there ${Number(i.params.count) === 1 ? "is" : "are"} ${w.count(Number(i.params.count), { one: "id that is not", other: "ids that are not" })} in the data (for example "${i.params.id}")`,
    },
    "linkage/duckdb-missing": {
      title: "DuckDB is missing",
      describe: (i) =>
        `the DuckDB engine needs the package ${i.params.package}, which is not installed; install it with "npm install ${i.params.package}" or use the in-process engine`,
    },
    "linkage/unknown-field": {
      title: "A field that does not exist",
      describe: (i) =>
        `"${i.params.where}" uses field "${i.params.field}", which ${i.params.file} does not have; fields: ${i.params.fields}`,
    },
    "linkage/config": { title: "Invalid linkage configuration" },
    "linkage/truth-format": {
      title: "Unreadable truth file",
      describe: (i) =>
        `${i.params.file}: a truth file needs a header and two columns: left,right (pairs of ids) or id,cluster`,
    },
    "linkage/decision-unknown-id": {
      title: "A decision names ids that do not exist",
      describe: (i, w) =>
        `the review decisions name ${w.count(Number(i.params.count), { one: "id that is not", other: "ids that are not" })} in the data (for example "${i.params.id}")`,
    },
  },
  pt: {
    "linkage/missing-id": {
      title: "Um registro não tem id",
      describe: (i) =>
        `a linha de dados ${i.params.row} de ${i.params.file} não tem valor na coluna de id «${i.params.column}»`,
    },
    "linkage/duplicate-id": {
      title: "Um id se repete",
      describe: (i) =>
        `a linha de dados ${i.params.row} de ${i.params.file} repete o id da linha ${i.params.first} (coluna «${i.params.column}»); cada registro precisa de um id próprio`,
    },
    "linkage/missing-column": {
      title: "Falta uma coluna do mapeamento",
      describe: (i) =>
        `o mapeamento usa a coluna «${i.params.column}», que não está em ${i.params.file}; colunas do arquivo: ${i.params.columns}`,
    },
    "linkage/empty-side": {
      title: "Um lado não tem registros",
      describe: (i) => `${i.params.file} não tem linhas de dados; não há nada para vincular`,
    },
    "linkage/too-many-comparisons": {
      title: "Comparações demais",
      describe: (i, w) =>
        `a regra de blocagem «${i.params.rule}» compararia ${w.count(Number(i.params.count), { one: "par", other: "pares" })}, mais que o limite de ${w.number(Number(i.params.cap))}; acrescente um campo à regra (por exemplo o ano de nascimento) ou aumente o limite com maxComparisons`,
    },
    "linkage/truth-unknown-id": {
      title: "O arquivo de verdade cita ids que não existem",
      describe: (i, w) =>
        `o arquivo de verdade ${i.params.file} cita ${w.count(Number(i.params.count), { one: "um id que não está", other: "ids que não estão" })} nos dados (por exemplo «${i.params.id}»)`,
    },
    "linkage/duckdb-missing": {
      title: "Falta o DuckDB",
      describe: (i) =>
        `o motor DuckDB precisa do pacote ${i.params.package}, que não está instalado; instale-o com «npm install ${i.params.package}» ou use o motor em processo`,
    },
    "linkage/unknown-field": {
      title: "Um campo que não existe",
      describe: (i) =>
        `«${i.params.where}» usa o campo «${i.params.field}», que ${i.params.file} não tem; campos: ${i.params.fields}`,
    },
    "linkage/config": { title: "Configuração de vinculação inválida" },
    "linkage/truth-format": {
      title: "Arquivo de verdade ilegível",
      describe: (i) =>
        `${i.params.file}: um arquivo de verdade precisa de um cabeçalho e duas colunas: left,right (pares de ids) ou id,cluster`,
    },
    "linkage/decision-unknown-id": {
      title: "Uma decisão cita ids que não existem",
      describe: (i, w) =>
        `as decisões de revisão citam ${w.count(Number(i.params.count), { one: "um id que não está", other: "ids que não estão" })} nos dados (por exemplo «${i.params.id}»)`,
    },
  },
});
