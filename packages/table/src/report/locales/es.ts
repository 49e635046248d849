import type { TableError } from "../error";
import { readerDescribe, readerTitles, sourceReasons } from "./reader";
import type { Locale } from "./types";

const p = (e: TableError, k: string) => String(e.params[k] ?? "");

/** Spanish, the default language of every message. */
export const es: Locale = {
  titles: {
    ...readerTitles.es,
    "encoding-error": "Error de codificación",
    mojibake: "Texto mal codificado",
    "format-error": "No es una tabla",
    "source-error": "No se pudo abrir la fuente",
    "scheme-error": "No se pudo descargar la fuente",
    "dialect-error": "Dialecto inválido",
    "schema-error": "Esquema inválido",
    "blank-label": "Encabezado vacío",
    "duplicate-label": "Encabezado repetido",
    "missing-label": "Falta un encabezado",
    "extra-label": "Encabezado de más",
    "incorrect-label": "Encabezado incorrecto",
    "blank-row": "Fila vacía",
    "extra-cell": "Celda de más",
    "missing-cell": "Falta una celda",
    "type-error": "Tipo incorrecto",
    "constraint-error": "Restricción no cumplida",
  },
  describe: {
    ...readerDescribe.es,
    "encoding-error": (e) => `los bytes no se pueden leer como ${p(e, "encoding")}`,
    mojibake: (e) =>
      `el texto parece codificado dos veces («${p(e, "example")}» debería ser «${p(e, "suggestion")}»)`,
    "format-error": (e) => `el archivo parece ${p(e, "found")}, no un CSV`,
    "source-error": (e) =>
      sourceReasons.es[p(e, "reason")]?.(e) ?? `no se pudo abrir ${p(e, "path")} (${p(e, "reason")})`,
    "scheme-error": (e) => `la descarga de ${p(e, "url")} falló (${p(e, "status")})`,
    "dialect-error": (e) => `el dialecto no es válido: ${e.note}`,
    "schema-error": (e) => `el esquema no es válido en ${p(e, "path")}`,
    "blank-label": () => "la columna no tiene nombre",
    "duplicate-label": (e) =>
      `el nombre «${p(e, "label")}» ya se usó en la columna ${p(e, "firstFieldNumber")}`,
    "missing-label": (e) => `el esquema espera la columna «${e.fieldName ?? ""}» y el archivo no la tiene`,
    "extra-label": (e) => `la columna «${p(e, "label")}» no está en el esquema`,
    "incorrect-label": (e) =>
      `la columna se llama «${p(e, "label")}» y el esquema espera «${e.fieldName ?? ""}»`,
    "blank-row": () => "la fila está vacía",
    "extra-cell": (e) =>
      `la fila tiene más celdas (${p(e, "cells")}) que columnas el encabezado (${p(e, "labels")})`,
    "missing-cell": (e) =>
      `la fila tiene menos celdas (${p(e, "cells")}) que columnas el encabezado (${p(e, "labels")})`,
    "type-error": (e) =>
      p(e, "reason") === "ambiguous-number"
        ? "el número es ambiguo: el punto puede ser separador de miles o decimal"
        : "el valor no tiene el tipo o el formato de la columna",
    "constraint-error": (e) => `el valor no cumple «${p(e, "constraint")}: ${p(e, "requirement")}»`,
  },
  where(e) {
    const parts: string[] = [];
    if (e.rowNumber !== null) parts.push(`Fila ${e.rowNumber}`);
    if (e.fieldNumber !== null)
      parts.push(
        `${parts.length ? "columna" : "Columna"} ${e.fieldNumber}${e.fieldName ? ` (${e.fieldName})` : ""}`,
      );
    return parts.length
      ? parts.join(", ")
      : e.rowNumber === null && e.tags.includes("#header")
        ? "Encabezado"
        : "Archivo";
  },
  words: {
    expected: "se esperaba",
    received: "se encontró",
    example: "ejemplo válido",
    hint: "qué hacer",
    cell: "celda",
    masked: "enmascarado",
  },
};
