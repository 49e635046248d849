import { defineIssueCatalogs, type Issue } from "@ciudata/core";

/** A param as text. */
const p = (e: Issue, key: string): string => String(e.params[key] ?? "");

/**
 * How the error types quality reports outside any check are worded in es, en and pt: the header match,
 * the resource and package readers, a bare `error`, and what a row formula expected (`expected:formula-*`).
 * Each check words its own types in its folder (`checkIssues`), the checklist in `checklistIssues`, the
 * profiles in `profileIssues`.
 */
export const ownIssues = defineIssueCatalogs({
  es: {
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
    "quality/duckdb-missing": {
      title: "Falta DuckDB",
      describe: (e) =>
        `para revisar dentro de DuckDB hace falta el paquete ${p(e, "package")}, que no está instalado; instálelo con «npm install ${p(e, "package")}» o valide el archivo sin DuckDB`,
    },
    "quality/pushdown-unreadable": {
      title: "DuckDB no pudo leer el archivo",
      describe: (e) =>
        p(e, "reason") === "encoding"
          ? `${p(e, "file")} no está en UTF-8 (${p(e, "detail")}); indique la codificación, por ejemplo { encoding: "latin-1" }`
          : `DuckDB no pudo leer ${p(e, "file")}: ${p(e, "detail")}; revise la ruta, el separador y las comillas`,
    },
    error: { title: "Error", describe: (e) => e.note || "error sin detalle" },
  },
  en: {
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
    "quality/duckdb-missing": {
      title: "DuckDB missing",
      describe: (e) =>
        `checking inside DuckDB needs the package ${p(e, "package")}, which is not installed; install it with "npm install ${p(e, "package")}" or validate the file without DuckDB`,
    },
    "quality/pushdown-unreadable": {
      title: "DuckDB could not read the file",
      describe: (e) =>
        p(e, "reason") === "encoding"
          ? `${p(e, "file")} is not UTF-8 (${p(e, "detail")}); give the encoding, e.g. { encoding: "latin-1" }`
          : `DuckDB could not read ${p(e, "file")}: ${p(e, "detail")}; check the path, the delimiter and the quotes`,
    },
    error: { title: "Error", describe: (e) => e.note || "error without details" },
  },
  pt: {
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
    "quality/duckdb-missing": {
      title: "Falta o DuckDB",
      describe: (e) =>
        `para verificar dentro do DuckDB é preciso o pacote ${p(e, "package")}, que não está instalado; instale-o com «npm install ${p(e, "package")}» ou valide o arquivo sem DuckDB`,
    },
    "quality/pushdown-unreadable": {
      title: "O DuckDB não conseguiu ler o arquivo",
      describe: (e) =>
        p(e, "reason") === "encoding"
          ? `${p(e, "file")} não está em UTF-8 (${p(e, "detail")}); informe a codificação, por exemplo { encoding: "latin-1" }`
          : `o DuckDB não conseguiu ler ${p(e, "file")}: ${p(e, "detail")}; revise o caminho, o separador e as aspas`,
    },
    error: { title: "Erro", describe: (e) => e.note || "erro sem detalhes" },
  },
});
