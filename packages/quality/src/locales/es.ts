import { p, type Wording } from "./types";

/** Spanish wording (the default language). */
export const es: Wording = {
  "duplicate-row": ["Fila duplicada", (e) => `la fila repite la fila ${p(e, "firstRowNumber")}`],
  "unique-error": [
    "Valor repetido",
    (e) =>
      e.params.fieldNames
        ? `la combinación «${p(e, "fieldNames")}» ya apareció en la fila ${p(e, "firstRowNumber")}`
        : `el valor ya apareció en la fila ${p(e, "firstRowNumber")} y la columna debe ser única`,
  ],
  "primary-key": [
    "Clave primaria inválida",
    (e) =>
      e.params.reason === "null"
        ? `la clave primaria (${p(e, "fieldNames")}) está vacía`
        : `la clave primaria (${p(e, "fieldNames")}) repite la de la fila ${p(e, "firstRowNumber")}`,
  ],
  "foreign-key": [
    "Referencia inexistente",
    (e) =>
      `«${p(e, "fieldNames")}» no está en la tabla de referencia ${p(e, "referenceName") || "(esta misma)"} (${p(e, "referenceFieldNames")})`,
  ],
  "row-constraint": [
    "Regla de fila no cumplida",
    (e) =>
      e.params.reason === "syntax"
        ? `la fórmula «${p(e, "formula")}» no se puede leer (posición ${p(e, "position")})`
        : `la fila no cumple «${p(e, "formula")}»${e.params.reason && e.params.reason !== "false" ? ` (${p(e, "reason")})` : ""}`,
  ],
  "table-dimensions": [
    "Dimensiones de la tabla",
    (e) =>
      `la tabla tiene ${p(e, "actual")} ${e.params.what === "rows" ? "filas" : "columnas"}; ${
        { required: "se requieren", minimum: "el mínimo es", maximum: "el máximo es" }[p(e, "bound")] ?? ""
      } ${p(e, "limit")}`,
  ],
  "deviated-value": [
    "Valor atípico",
    (e) => `el valor ${p(e, "received")} de «${p(e, "field")}» (fila ${p(e, "row")}) se aleja del resto`,
  ],
  "deviated-cell": [
    "Celda demasiado larga",
    (e) => `la celda de «${p(e, "field")}» en la fila ${p(e, "row")} es mucho más larga que las demás`,
  ],
  "truncated-value": [
    "Valor posiblemente truncado",
    () => "el valor parece cortado por el sistema que lo exportó",
  ],
  "forbidden-value": ["Valor prohibido", () => "el valor está en la lista de valores prohibidos"],
  "sequential-value": ["Secuencia rota", () => "el valor no sigue la secuencia (anterior + 1)"],
  "ascii-value": ["Caracteres no ASCII", () => "el texto tiene caracteres fuera de ASCII (tildes, ñ…)"],
  "required-value": [
    "Falta un valor obligatorio",
    (e) => `ninguna fila de «${p(e, "field")}» tiene el valor requerido`,
  ],
  "hash-count": [
    "Huella del archivo distinta",
    (e) => `la huella ${p(e, "algorithm")} del archivo no coincide`,
  ],
  "byte-count": ["Tamaño del archivo distinto", () => "el tamaño del archivo (bytes) no coincide"],
  "row-count": ["Cantidad de filas distinta", () => "la cantidad de filas no coincide con la declarada"],
  "check-error": ["Control mal configurado", (e) => `el control no puede correr: ${e.note}`],
  "checklist-error": [
    "Lista de controles inválida",
    (e) => `la lista de controles no es válida en ${p(e, "path")}`,
  ],
  "unmatched-header": [
    "Encabezado sin coincidencias",
    () => "ninguna columna coincide con un campo del esquema",
  ],
  "resource-error": ["Recurso inválido", (e) => `el recurso no es válido: ${e.note}`],
  "package-error": ["Paquete inválido", (e) => `el paquete no es válido en ${p(e, "path")}`],
  error: ["Error", (e) => e.note],
};
