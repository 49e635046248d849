import { defineIssueCatalogs } from "@ciudata/core";

/**
 * How every problem of a linkage run is worded in es, en and pt (render with `renderIssue(issue, lang,
 * linkageIssues)` from `@ciudata/core`). Params: `file`, `side`, `column`, `columns` (the ones the file
 * has), `rule`, `count`, `cap`, `ids`, `id`, `field`, `where` (the comparison or
 * blocking rule that names a field), `fields` (the ones the records have), `package`; the privacy-preserving mode
 * (`linkage/pprl-*`) adds `left`, `right`, `leftFingerprint`, `rightFingerprint`, `schemaFile`, `header`,
 * `bits`, `first`, `declared`, `min`, `variable`, `bands` (never a secret, never a value in clear: ids are masked).
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
    "linkage/pprl-too-many-comparisons": {
      title: "Demasiadas comparaciones de codificaciones",
      describe: (i, w) =>
        i.params.bands === undefined
          ? `comparar todos los pares de codificaciones serían ${w.count(Number(i.params.count), { one: "par", other: "pares" })}, más que el tope de ${w.number(Number(i.params.cap))}; use el bloqueo por bits (blocking: { bands: 40, bits: 12 }) o suba el tope con maxComparisons`
          : `el bloqueo por bits (${w.number(Number(i.params.bands))} × ${w.number(Number(i.params.bits))}) compararía ${w.count(Number(i.params.count), { one: "par", other: "pares" })}, más que el tope de ${w.number(Number(i.params.cap))}; use más bits por grupo o suba el tope con maxComparisons`,
    },
    "linkage/pprl-schema": { title: "Esquema de codificación inválido" },
    "linkage/pprl-weak-secret": {
      title: "Secreto demasiado corto",
      describe: (i, w) =>
        `el secreto compartido tiene menos de ${w.count(Number(i.params.min), { one: "byte", other: "bytes" })}; use uno largo y aleatorio (por ejemplo el que da generateSecret) y compártalo por un canal seguro`,
    },
    "linkage/pprl-no-secret": {
      title: "Falta el secreto compartido",
      describe: (i) =>
        `no se dio el secreto para codificar: póngalo en la variable de entorno ${i.params.variable} (nunca en la línea de comandos ni en un archivo compartido)`,
    },
    "linkage/pprl-missing-field": {
      title: "Falta un campo del esquema de codificación",
      describe: (i) =>
        `el esquema de codificación usa el campo «${i.params.field}», que ${i.params.side} no tiene; campos disponibles: ${i.params.fields}`,
    },
    "linkage/pprl-schema-mismatch": {
      title: "Archivos codificados con esquemas distintos",
      describe: (i) =>
        `${i.params.left} (huella ${i.params.leftFingerprint}) y ${i.params.right} (huella ${i.params.rightFingerprint}) se codificaron con esquemas distintos; las dos partes deben codificar con el mismo esquema`,
    },
    "linkage/pprl-key-mismatch": {
      title: "Archivos codificados con secretos distintos",
      describe: (i) =>
        `${i.params.left} y ${i.params.right} se codificaron con secretos (o sales) distintos, así que sus codificaciones no se pueden comparar; vuelvan a codificar con el mismo secreto`,
    },
    "linkage/pprl-no-schema": {
      title: "Falta el esquema de un archivo codificado",
      describe: (i) =>
        `no se encontró ${i.params.schemaFile}, el esquema que acompaña a ${i.params.file}; compártanse los dos archivos juntos`,
    },
    "linkage/pprl-bad-header": {
      title: "Encabezado de archivo codificado inválido",
      describe: (i) =>
        `${i.params.file} debe empezar con el encabezado «id,clk» y empieza con «${i.params.header}»`,
    },
    "linkage/pprl-bad-clk": {
      title: "Codificación ilegible",
      describe: (i, w) =>
        `en ${i.params.file} la codificación no es base64 de ${w.count(Number(i.params.bits), { one: "bit", other: "bits" })}, como dice su esquema`,
    },
    "linkage/pprl-duplicate-id": {
      title: "Id repetido en un archivo codificado",
      describe: (i) => `en ${i.params.file} el id «${i.params.id}» ya apareció en la fila ${i.params.first}`,
    },
    "linkage/pprl-manifest-mismatch": {
      title: "El esquema no corresponde al archivo codificado",
      describe: (i, w) =>
        `${i.params.schemaFile} dice que ${i.params.file} tiene ${w.count(Number(i.params.declared), { one: "registro", other: "registros" })} y tiene ${w.number(Number(i.params.count))}, o su huella no es la de su esquema; vuelva a codificar`,
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
    "linkage/pprl-too-many-comparisons": {
      title: "Too many comparisons of encodings",
      describe: (i, w) =>
        i.params.bands === undefined
          ? `comparing every pair of encodings would make ${w.count(Number(i.params.count), { one: "pair", other: "pairs" })}, more than the cap of ${w.number(Number(i.params.cap))}; use bit blocking (blocking: { bands: 40, bits: 12 }) or raise the cap with maxComparisons`
          : `bit blocking (${w.number(Number(i.params.bands))} × ${w.number(Number(i.params.bits))}) would compare ${w.count(Number(i.params.count), { one: "pair", other: "pairs" })}, more than the cap of ${w.number(Number(i.params.cap))}; use more bits per band or raise the cap with maxComparisons`,
    },
    "linkage/pprl-schema": { title: "Invalid encoding schema" },
    "linkage/pprl-weak-secret": {
      title: "Secret too short",
      describe: (i, w) =>
        `the shared secret has fewer than ${w.count(Number(i.params.min), { one: "byte", other: "bytes" })}; use a long random one (for example the one generateSecret gives) and share it by a safe channel`,
    },
    "linkage/pprl-no-secret": {
      title: "The shared secret is missing",
      describe: (i) =>
        `no secret was given to encode with: put it in the environment variable ${i.params.variable} (never on the command line or in a shared file)`,
    },
    "linkage/pprl-missing-field": {
      title: "A field of the encoding schema is missing",
      describe: (i) =>
        `the encoding schema uses field "${i.params.field}", which ${i.params.side} does not have; fields available: ${i.params.fields}`,
    },
    "linkage/pprl-schema-mismatch": {
      title: "Files encoded with different schemas",
      describe: (i) =>
        `${i.params.left} (fingerprint ${i.params.leftFingerprint}) and ${i.params.right} (fingerprint ${i.params.rightFingerprint}) were encoded with different schemas; both parties must encode with the same schema`,
    },
    "linkage/pprl-key-mismatch": {
      title: "Files encoded with different secrets",
      describe: (i) =>
        `${i.params.left} and ${i.params.right} were encoded with different secrets (or salts), so their encodings cannot be compared; encode again with the same secret`,
    },
    "linkage/pprl-no-schema": {
      title: "The schema of an encoded file is missing",
      describe: (i) =>
        `${i.params.schemaFile}, the schema that goes with ${i.params.file}, was not found; share both files together`,
    },
    "linkage/pprl-bad-header": {
      title: "Invalid encoded file header",
      describe: (i) =>
        `${i.params.file} must start with the header "id,clk" and starts with "${i.params.header}"`,
    },
    "linkage/pprl-bad-clk": {
      title: "Unreadable encoding",
      describe: (i, w) =>
        `in ${i.params.file} the encoding is not base64 of ${w.count(Number(i.params.bits), { one: "bit", other: "bits" })}, as its schema says`,
    },
    "linkage/pprl-duplicate-id": {
      title: "Repeated id in an encoded file",
      describe: (i) =>
        `in ${i.params.file} the id "${i.params.id}" already appeared in row ${i.params.first}`,
    },
    "linkage/pprl-manifest-mismatch": {
      title: "The schema does not belong to the encoded file",
      describe: (i, w) =>
        `the schema ${i.params.schemaFile} was written for ${w.count(Number(i.params.declared), { one: "record", other: "records" })}, and ${i.params.file} has ${w.number(Number(i.params.count))} (or the fingerprint is not the schema's); encode again`,
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
    "linkage/pprl-too-many-comparisons": {
      title: "Comparações de codificações demais",
      describe: (i, w) =>
        i.params.bands === undefined
          ? `comparar todos os pares de codificações dariam ${w.count(Number(i.params.count), { one: "par", other: "pares" })}, mais que o limite de ${w.number(Number(i.params.cap))}; use a blocagem por bits (blocking: { bands: 40, bits: 12 }) ou aumente o limite com maxComparisons`
          : `a blocagem por bits (${w.number(Number(i.params.bands))} × ${w.number(Number(i.params.bits))}) compararia ${w.count(Number(i.params.count), { one: "par", other: "pares" })}, mais que o limite de ${w.number(Number(i.params.cap))}; use mais bits por grupo ou aumente o limite com maxComparisons`,
    },
    "linkage/pprl-schema": { title: "Esquema de codificação inválido" },
    "linkage/pprl-weak-secret": {
      title: "Segredo curto demais",
      describe: (i, w) =>
        `o segredo compartilhado tem menos de ${w.count(Number(i.params.min), { one: "byte", other: "bytes" })}; use um longo e aleatório (por exemplo o que generateSecret dá) e compartilhe-o por um canal seguro`,
    },
    "linkage/pprl-no-secret": {
      title: "Falta o segredo compartilhado",
      describe: (i) =>
        `não foi dado o segredo para codificar: coloque-o na variável de ambiente ${i.params.variable} (nunca na linha de comando nem num arquivo compartilhado)`,
    },
    "linkage/pprl-missing-field": {
      title: "Falta um campo do esquema de codificação",
      describe: (i) =>
        `o esquema de codificação usa o campo «${i.params.field}», que ${i.params.side} não tem; campos disponíveis: ${i.params.fields}`,
    },
    "linkage/pprl-schema-mismatch": {
      title: "Arquivos codificados com esquemas diferentes",
      describe: (i) =>
        `${i.params.left} (impressão ${i.params.leftFingerprint}) e ${i.params.right} (impressão ${i.params.rightFingerprint}) foram codificados com esquemas diferentes; as duas partes devem codificar com o mesmo esquema`,
    },
    "linkage/pprl-key-mismatch": {
      title: "Arquivos codificados com segredos diferentes",
      describe: (i) =>
        `${i.params.left} e ${i.params.right} foram codificados com segredos (ou sais) diferentes, então suas codificações não podem ser comparadas; codifiquem de novo com o mesmo segredo`,
    },
    "linkage/pprl-no-schema": {
      title: "Falta o esquema de um arquivo codificado",
      describe: (i) =>
        `não foi encontrado ${i.params.schemaFile}, o esquema que acompanha ${i.params.file}; compartilhem os dois arquivos juntos`,
    },
    "linkage/pprl-bad-header": {
      title: "Cabeçalho de arquivo codificado inválido",
      describe: (i) =>
        `${i.params.file} deve começar com o cabeçalho «id,clk» e começa com «${i.params.header}»`,
    },
    "linkage/pprl-bad-clk": {
      title: "Codificação ilegível",
      describe: (i, w) =>
        `em ${i.params.file} a codificação não é base64 de ${w.count(Number(i.params.bits), { one: "bit", other: "bits" })}, como diz seu esquema`,
    },
    "linkage/pprl-duplicate-id": {
      title: "Id repetido num arquivo codificado",
      describe: (i) => `em ${i.params.file} o id «${i.params.id}» já apareceu na linha ${i.params.first}`,
    },
    "linkage/pprl-manifest-mismatch": {
      title: "O esquema não corresponde ao arquivo codificado",
      describe: (i, w) =>
        `${i.params.schemaFile} diz que ${i.params.file} tem ${w.count(Number(i.params.declared), { one: "registro", other: "registros" })} e tem ${w.number(Number(i.params.count))}, ou sua impressão não é a do seu esquema; codifique de novo`,
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
