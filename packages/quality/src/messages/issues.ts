import { defineIssueCatalogs, type Issue } from "@ciudata/core";

/** A param as text. */
const p = (e: Issue, key: string): string => String(e.params[key] ?? "");

const whyEs: Readonly<Record<string, (e: Issue) => string>> = {
  "cannot-order": (e) => `no se pueden comparar ${p(e, "a")} y ${p(e, "b")}`,
  "in-needs-list": (e) => `«in» necesita una lista o un texto, no ${p(e, "b")}`,
  "cannot-apply": (e) =>
    `no se puede aplicar «${p(e, "op")}» a ${p(e, "a")}${e.params.b ? ` y ${p(e, "b")}` : ""}`,
  "division-by-zero": () => "división por cero",
  "unknown-field": (e) => `«${p(e, "name")}» no es una columna de la tabla`,
};
const whyEn: Readonly<Record<string, (e: Issue) => string>> = {
  "cannot-order": (e) => `cannot compare ${p(e, "a")} and ${p(e, "b")}`,
  "in-needs-list": (e) => `"in" needs a list or a text, not ${p(e, "b")}`,
  "cannot-apply": (e) =>
    `cannot apply "${p(e, "op")}" to ${p(e, "a")}${e.params.b ? ` and ${p(e, "b")}` : ""}`,
  "division-by-zero": () => "division by zero",
  "unknown-field": (e) => `"${p(e, "name")}" is not a column of the table`,
};
const whyPt: Readonly<Record<string, (e: Issue) => string>> = {
  "cannot-order": (e) => `não é possível comparar ${p(e, "a")} e ${p(e, "b")}`,
  "in-needs-list": (e) => `«in» precisa de uma lista ou um texto, não ${p(e, "b")}`,
  "cannot-apply": (e) =>
    `não é possível aplicar «${p(e, "op")}» a ${p(e, "a")}${e.params.b ? ` e ${p(e, "b")}` : ""}`,
  "division-by-zero": () => "divisão por zero",
  "unknown-field": (e) => `«${p(e, "name")}» não é uma coluna da tabela`,
};

/**
 * Why a row formula could not be evaluated, from the `EvaluationError` code in `reason` (with its
 * `a`, `b`, `op`, `name` params); a reason that is not a code is shown as it is.
 */
const why = (words: Readonly<Record<string, (e: Issue) => string>>, e: Issue): string => {
  const reason = p(e, "reason");
  const say = words[reason];
  return say ? say(e) : reason;
};

/**
 * How the error types of the Frictionless checks, the file integrity and the package reader are worded
 * in es, en and pt (the checks' own types are in `checkIssues`, the profiles' in `profileIssues`).
 */
export const ownIssues = defineIssueCatalogs({
  es: {
    "duplicate-row": {
      title: "Fila duplicada",
      describe: (e) => `la fila repite la fila ${p(e, "firstRowNumber")}`,
    },
    "unique-error": {
      title: "Valor repetido",
      describe: (e) =>
        e.params.fieldNames
          ? `la combinación «${p(e, "fieldNames")}» ya apareció en la fila ${p(e, "firstRowNumber")}`
          : `el valor ya apareció en la fila ${p(e, "firstRowNumber")} y la columna debe ser única`,
    },
    "primary-key": {
      title: "Clave primaria inválida",
      describe: (e) =>
        e.params.reason === "null"
          ? `la clave primaria (${p(e, "fieldNames")}) está vacía`
          : `la clave primaria (${p(e, "fieldNames")}) repite la de la fila ${p(e, "firstRowNumber")}`,
    },
    "foreign-key": {
      title: "Referencia inexistente",
      describe: (e) =>
        `«${p(e, "fieldNames")}» no está en la tabla de referencia ${p(e, "referenceName") || "(esta misma)"} (${p(e, "referenceFieldNames")})`,
    },
    "row-constraint": {
      title: "Regla de fila no cumplida",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `la fórmula «${p(e, "formula")}» no se puede leer (posición ${p(e, "position")})`
          : `la fila no cumple «${p(e, "formula")}»${e.params.reason && e.params.reason !== "false" ? ` (${why(whyEs, e)})` : ""}`,
    },
    "table-dimensions": {
      title: "Dimensiones de la tabla",
      describe: (e, w) => {
        const forms =
          e.params.what === "rows" ? { one: "fila", other: "filas" } : { one: "columna", other: "columnas" };
        const bound =
          { required: "se requieren", minimum: "el mínimo es", maximum: "el máximo es" }[p(e, "bound")] ?? "";
        return `la tabla tiene ${w.count(Number(e.params.actual), forms)}; ${bound} ${w.number(Number(e.params.limit))}`;
      },
    },
    "deviated-value": {
      title: "Valor atípico",
      describe: (e) =>
        `el valor ${p(e, "received")} de «${p(e, "field")}» (fila ${p(e, "row")}) se aleja del resto`,
    },
    "deviated-cell": {
      title: "Celda demasiado larga",
      describe: (e) =>
        `la celda de «${p(e, "field")}» en la fila ${p(e, "row")} es mucho más larga que las demás`,
    },
    "truncated-value": {
      title: "Valor posiblemente truncado",
      describe: () => "el valor parece cortado por el sistema que lo exportó",
    },
    "forbidden-value": {
      title: "Valor prohibido",
      describe: () => "el valor está en la lista de valores prohibidos",
    },
    "sequential-value": {
      title: "Secuencia rota",
      describe: () => "el valor no sigue la secuencia (anterior + 1)",
    },
    "ascii-value": {
      title: "Caracteres no ASCII",
      describe: () => "el texto tiene caracteres fuera de ASCII (tildes, ñ…)",
    },
    "required-value": {
      title: "Falta un valor obligatorio",
      describe: (e) => `ninguna fila de «${p(e, "field")}» tiene el valor requerido`,
    },
    "hash-count": {
      title: "Huella del archivo distinta",
      describe: (e) => `la huella ${p(e, "algorithm")} del archivo no coincide`,
    },
    "byte-count": {
      title: "Tamaño del archivo distinto",
      describe: () => "el tamaño del archivo (bytes) no coincide",
    },
    "row-count": {
      title: "Cantidad de filas distinta",
      describe: () => "la cantidad de filas no coincide con la declarada",
    },
    "check-error": {
      title: "Control mal configurado",
      describe: (e) => `el control no puede correr: ${e.note}`,
    },
    "checklist-error": {
      title: "Lista de controles inválida",
      describe: (e) => `la lista de controles no es válida en ${p(e, "path")}`,
    },
    "unmatched-header": {
      title: "Encabezado sin coincidencias",
      describe: () => "ninguna columna coincide con un campo del esquema",
    },
    "resource-error": {
      title: "Recurso inválido",
      describe: (e) => {
        const name = p(e, "resource");
        if (e.params.reference)
          return `hace falta el paquete de datos para validar la clave foránea hacia «${p(e, "reference")}»`;
        switch (p(e, "reason")) {
          case "descriptor":
            return `no se pudo leer el esquema o el dialecto de «${name}» (${p(e, "detail")})`;
          case "inline-data":
            return `los datos en línea de «${name}» no son una lista de filas`;
          case "no-data":
            return `«${name}» no tiene ni path ni datos en línea`;
          case "unreadable":
            return `no se pudo leer «${name}» (${p(e, "detail")})`;
          default:
            return e.note ? `el recurso no es válido: ${e.note}` : "el recurso no es válido";
        }
      },
    },
    "package-error": {
      title: "Paquete inválido",
      describe: (e) => `el paquete no es válido en ${p(e, "path")}`,
    },
    "expected:formula-max-length": { title: "una fórmula con esta cantidad máxima de caracteres" },
    "expected:formula-max-depth": { title: "como máximo esta cantidad de niveles anidados" },
    "expected:formula-closing": { title: "el cierre" },
    "expected:formula-comma-or": { title: "una coma o el cierre" },
    "expected:formula-token": { title: "un nombre de columna, un número, un texto o un operador" },
    "expected:formula-value": { title: "un valor (un nombre de columna, un número o un texto)" },
    "expected:formula-operator-or-end": { title: "un operador o el fin de la fórmula" },
    error: { title: "Error", describe: (e) => e.note || "error sin detalle" },
  },
  en: {
    "duplicate-row": {
      title: "Duplicate row",
      describe: (e) => `the row repeats row ${p(e, "firstRowNumber")}`,
    },
    "unique-error": {
      title: "Repeated value",
      describe: (e) =>
        e.params.fieldNames
          ? `the combination "${p(e, "fieldNames")}" already appeared in row ${p(e, "firstRowNumber")}`
          : `the value already appeared in row ${p(e, "firstRowNumber")} and the column must be unique`,
    },
    "primary-key": {
      title: "Invalid primary key",
      describe: (e) =>
        e.params.reason === "null"
          ? `the primary key (${p(e, "fieldNames")}) is empty`
          : `the primary key (${p(e, "fieldNames")}) repeats that of row ${p(e, "firstRowNumber")}`,
    },
    "foreign-key": {
      title: "Missing reference",
      describe: (e) =>
        `"${p(e, "fieldNames")}" is not in the reference table ${p(e, "referenceName") || "(this one)"} (${p(e, "referenceFieldNames")})`,
    },
    "row-constraint": {
      title: "Row rule not met",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `the formula "${p(e, "formula")}" cannot be read (position ${p(e, "position")})`
          : `the row does not meet "${p(e, "formula")}"${e.params.reason && e.params.reason !== "false" ? ` (${why(whyEn, e)})` : ""}`,
    },
    "table-dimensions": {
      title: "Table dimensions",
      describe: (e, w) => {
        const forms =
          e.params.what === "rows" ? { one: "row", other: "rows" } : { one: "column", other: "columns" };
        const bound =
          { required: "required:", minimum: "minimum:", maximum: "maximum:" }[p(e, "bound")] ?? "";
        return `the table has ${w.count(Number(e.params.actual), forms)}; ${bound} ${w.number(Number(e.params.limit))}`;
      },
    },
    "deviated-value": {
      title: "Outlier",
      describe: (e) =>
        `the value ${p(e, "received")} of "${p(e, "field")}" (row ${p(e, "row")}) is far from the rest`,
    },
    "deviated-cell": {
      title: "Cell too long",
      describe: (e) => `the cell of "${p(e, "field")}" in row ${p(e, "row")} is much longer than the others`,
    },
    "truncated-value": {
      title: "Possibly truncated value",
      describe: () => "the value looks cut by the system that exported it",
    },
    "forbidden-value": {
      title: "Forbidden value",
      describe: () => "the value is in the list of forbidden values",
    },
    "sequential-value": {
      title: "Broken sequence",
      describe: () => "the value does not follow the sequence (previous + 1)",
    },
    "ascii-value": {
      title: "Non-ASCII characters",
      describe: () => "the text has characters outside ASCII (accents, ñ…)",
    },
    "required-value": {
      title: "Required value missing",
      describe: (e) => `no row of "${p(e, "field")}" has the required value`,
    },
    "hash-count": {
      title: "File hash differs",
      describe: (e) => `the ${p(e, "algorithm")} hash of the file does not match`,
    },
    "byte-count": { title: "File size differs", describe: () => "the file size (bytes) does not match" },
    "row-count": {
      title: "Row count differs",
      describe: () => "the number of rows does not match the declared one",
    },
    "check-error": { title: "Misconfigured check", describe: (e) => `the check cannot run: ${e.note}` },
    "checklist-error": {
      title: "Invalid checklist",
      describe: (e) => `the checklist is not valid at ${p(e, "path")}`,
    },
    "unmatched-header": {
      title: "Unmatched header",
      describe: () => "no column matches a field of the schema",
    },
    "resource-error": {
      title: "Invalid resource",
      describe: (e) => {
        const name = p(e, "resource");
        if (e.params.reference)
          return `the data package is needed to check the foreign key to "${p(e, "reference")}"`;
        switch (p(e, "reason")) {
          case "descriptor":
            return `cannot read the schema or dialect of "${name}" (${p(e, "detail")})`;
          case "inline-data":
            return `the inline data of "${name}" is not a list of rows`;
          case "no-data":
            return `"${name}" has neither a path nor inline data`;
          case "unreadable":
            return `cannot read "${name}" (${p(e, "detail")})`;
          default:
            return e.note ? `the resource is not valid: ${e.note}` : "the resource is not valid";
        }
      },
    },
    "package-error": {
      title: "Invalid package",
      describe: (e) => `the package is not valid at ${p(e, "path")}`,
    },
    "expected:formula-max-length": { title: "a formula with at most this many characters" },
    "expected:formula-max-depth": { title: "at most this many nested levels" },
    "expected:formula-closing": { title: "the closing" },
    "expected:formula-comma-or": { title: "a comma or the closing" },
    "expected:formula-token": { title: "a field name, a number, a string or an operator" },
    "expected:formula-value": { title: "a value (a field name, a number or a string)" },
    "expected:formula-operator-or-end": { title: "an operator or the end of the formula" },
    error: { title: "Error", describe: (e) => e.note || "error without details" },
  },
  pt: {
    "duplicate-row": {
      title: "Linha duplicada",
      describe: (e) => `a linha repete a linha ${p(e, "firstRowNumber")}`,
    },
    "unique-error": {
      title: "Valor repetido",
      describe: (e) =>
        e.params.fieldNames
          ? `a combinação «${p(e, "fieldNames")}» já apareceu na linha ${p(e, "firstRowNumber")}`
          : `o valor já apareceu na linha ${p(e, "firstRowNumber")} e a coluna deve ser única`,
    },
    "primary-key": {
      title: "Chave primária inválida",
      describe: (e) =>
        e.params.reason === "null"
          ? `a chave primária (${p(e, "fieldNames")}) está vazia`
          : `a chave primária (${p(e, "fieldNames")}) repete a da linha ${p(e, "firstRowNumber")}`,
    },
    "foreign-key": {
      title: "Referência inexistente",
      describe: (e) =>
        `«${p(e, "fieldNames")}» não está na tabela de referência ${p(e, "referenceName") || "(esta mesma)"} (${p(e, "referenceFieldNames")})`,
    },
    "row-constraint": {
      title: "Regra de linha não cumprida",
      describe: (e) =>
        e.params.reason === "syntax"
          ? `a fórmula «${p(e, "formula")}» não pode ser lida (posição ${p(e, "position")})`
          : `a linha não cumpre «${p(e, "formula")}»${e.params.reason && e.params.reason !== "false" ? ` (${why(whyPt, e)})` : ""}`,
    },
    "table-dimensions": {
      title: "Dimensões da tabela",
      describe: (e, w) => {
        const forms =
          e.params.what === "rows" ? { one: "linha", other: "linhas" } : { one: "coluna", other: "colunas" };
        const bound = { required: "exigidas:", minimum: "mínimo:", maximum: "máximo:" }[p(e, "bound")] ?? "";
        return `a tabela tem ${w.count(Number(e.params.actual), forms)}; ${bound} ${w.number(Number(e.params.limit))}`;
      },
    },
    "deviated-value": {
      title: "Valor atípico",
      describe: (e) =>
        `o valor ${p(e, "received")} de «${p(e, "field")}» (linha ${p(e, "row")}) se afasta do resto`,
    },
    "deviated-cell": {
      title: "Célula longa demais",
      describe: (e) =>
        `a célula de «${p(e, "field")}» na linha ${p(e, "row")} é muito mais longa que as demais`,
    },
    "truncated-value": {
      title: "Valor possivelmente truncado",
      describe: () => "o valor parece cortado pelo sistema que o exportou",
    },
    "forbidden-value": {
      title: "Valor proibido",
      describe: () => "o valor está na lista de valores proibidos",
    },
    "sequential-value": {
      title: "Sequência quebrada",
      describe: () => "o valor não segue a sequência (anterior + 1)",
    },
    "ascii-value": {
      title: "Caracteres não ASCII",
      describe: () => "o texto tem caracteres fora do ASCII (acentos, ñ…)",
    },
    "required-value": {
      title: "Falta um valor obrigatório",
      describe: (e) => `nenhuma linha de «${p(e, "field")}» tem o valor exigido`,
    },
    "hash-count": {
      title: "Hash do arquivo diferente",
      describe: (e) => `o hash ${p(e, "algorithm")} do arquivo não confere`,
    },
    "byte-count": {
      title: "Tamanho do arquivo diferente",
      describe: () => "o tamanho do arquivo (bytes) não confere",
    },
    "row-count": {
      title: "Quantidade de linhas diferente",
      describe: () => "a quantidade de linhas não confere com a declarada",
    },
    "check-error": {
      title: "Controle mal configurado",
      describe: (e) => `o controle não pode ser executado: ${e.note}`,
    },
    "checklist-error": {
      title: "Lista de controles inválida",
      describe: (e) => `a lista de controles não é válida em ${p(e, "path")}`,
    },
    "unmatched-header": {
      title: "Cabeçalho sem correspondência",
      describe: () => "nenhuma coluna corresponde a um campo do esquema",
    },
    "resource-error": {
      title: "Recurso inválido",
      describe: (e) => {
        const name = p(e, "resource");
        if (e.params.reference)
          return `é preciso o pacote de dados para validar a chave estrangeira para «${p(e, "reference")}»`;
        switch (p(e, "reason")) {
          case "descriptor":
            return `não foi possível ler o esquema ou o dialeto de «${name}» (${p(e, "detail")})`;
          case "inline-data":
            return `os dados em linha de «${name}» não são uma lista de linhas`;
          case "no-data":
            return `«${name}» não tem nem path nem dados em linha`;
          case "unreadable":
            return `não foi possível ler «${name}» (${p(e, "detail")})`;
          default:
            return e.note ? `o recurso não é válido: ${e.note}` : "o recurso não é válido";
        }
      },
    },
    "package-error": {
      title: "Pacote inválido",
      describe: (e) => `o pacote não é válido em ${p(e, "path")}`,
    },
    "expected:formula-max-length": { title: "uma fórmula com no máximo esta quantidade de caracteres" },
    "expected:formula-max-depth": { title: "no máximo esta quantidade de níveis aninhados" },
    "expected:formula-closing": { title: "o fechamento" },
    "expected:formula-comma-or": { title: "uma vírgula ou o fechamento" },
    "expected:formula-token": { title: "um nome de coluna, um número, um texto ou um operador" },
    "expected:formula-value": { title: "um valor (um nome de coluna, um número ou um texto)" },
    "expected:formula-operator-or-end": { title: "um operador ou o fim da fórmula" },
    error: { title: "Erro", describe: (e) => e.note || "erro sem detalhes" },
  },
});
