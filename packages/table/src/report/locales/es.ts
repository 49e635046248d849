import { dialectProblems } from "./dialect";
import { describeFormatError } from "./format";
import { detailOf, num, p } from "./params";
import { readerDescribe, readerTitles, sourceReasons } from "./reader";
import { sheetDescribe, sheetTitles } from "./sheets";
import type { Locale } from "./types";

/** Spanish, the default language of every message. */
export const es: Locale = {
  titles: {
    ...readerTitles.es,
    ...sheetTitles.es,
    "unsafe-path": "Ruta no permitida",
    "output-is-input": "Salida sobre la entrada",
    "encoding-error": "Error de codificación",
    mojibake: "Texto mal codificado",
    "format-error": "No es una tabla",
    "source-error": "No se pudo abrir la fuente",
    "scheme-error": "No se pudo descargar la fuente",
    "dialect-error": "Dialecto inválido",
    "schema-error": "Esquema inválido",
    "pattern-error": "Patrón no admitido",
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
    ...sheetDescribe.es,
    "unsafe-path": (e) =>
      `la ruta «${p(e, "path")}» sale de la carpeta «${p(e, "root")}» o no se puede usar (${p(e, "reason")}); qué hacer: pida un archivo dentro de la carpeta, sin «..», rutas absolutas ni enlaces que salgan de ella`,
    "output-is-input": (e) =>
      `la salida ${p(e, "path")} es el mismo archivo que la entrada ${p(e, "input")} y lo borraría; qué hacer: elija otro nombre con --out`,
    "encoding-error": (e) => `los bytes no se pueden leer como ${p(e, "encoding")}`,
    mojibake: (e) =>
      `el texto parece codificado dos veces: «${p(e, "sequence")}» debería ser «${p(e, "repair")}» (${e.params.count === 1 ? "una vez" : `${num(e, "count", "es")} veces`} en el comienzo del archivo que se revisó; la primera, en la línea ${num(e, "line", "es")}); qué hacer: vuelva a exportarlo desde el original en UTF-8, o repárelo con repairMojibake()`,
    "format-error": (e) => describeFormatError(e, "es"),
    "source-error": (e) =>
      sourceReasons.es[p(e, "reason")]?.(e) ??
      `no se pudo abrir ${p(e, "path")}${e.params.todo ? "" : ` (${p(e, "reason")})`}`,
    "scheme-error": (e) => `la descarga de ${p(e, "url")} falló (${p(e, "status")})`,
    "dialect-error": (e) => {
      const problem = (dialectProblems.es as Record<string, string>)[p(e, "problem")];
      if (problem) return `el dialecto no es válido: «${p(e, "key")}» ${problem}`;
      return p(e, "path") ? `el dialecto no es válido en ${p(e, "path")}` : "el dialecto no es válido";
    },
    "schema-error": (e) => `el esquema no es válido en ${p(e, "path")}`,
    "pattern-error": (e) => {
      const why: Record<string, string> = {
        backreference: `usa una referencia a un grupo${detailOf(e)}, que no se puede evaluar sin riesgo de que el análisis no termine`,
        lookaround: `usa una aserción de anticipación o retrospección${detailOf(e)}, que no se puede evaluar sin riesgo de que el análisis no termine`,
        unsupported: `usa una construcción que el motor de tiempo lineal no admite${detailOf(e)}`,
        "too-large": `es demasiado grande para el motor de tiempo lineal una vez desplegadas sus repeticiones${detailOf(e)}`,
        invalid: `no es una expresión regular válida${detailOf(e)}`,
      };
      const where = p(e, "path") ? ` en ${p(e, "path")}` : "";
      return `el patrón «${p(e, "pattern")}»${where} ${why[p(e, "reason")] ?? p(e, "reason")}; qué hacer: ${p(e, "reason") === "too-large" ? "use repeticiones más cortas (+ o * en lugar de {1,5000}) o una lista de valores (enum)" : "reescríbalo sin esa construcción (por ejemplo, repita el grupo en lugar de referirlo, o use una clase como [^x] en lugar de una aserción)"} o quite la restricción`;
    },
    "blank-label": () => "la columna no tiene nombre",
    "duplicate-label": (e) =>
      `el nombre «${p(e, "label")}» ya se usó en la columna ${p(e, "firstFieldNumber")}`,
    "missing-label": (e) => `el esquema espera la columna «${e.fieldName ?? ""}» y el archivo no la tiene`,
    "extra-label": (e) => `la columna «${p(e, "label")}» no está en el esquema`,
    "incorrect-label": (e) =>
      `la columna se llama «${p(e, "label")}» y el esquema espera «${e.fieldName ?? ""}»`,
    "blank-row": () => "la fila está vacía",
    "extra-cell": (e) =>
      `la fila tiene más celdas (${num(e, "cells", "es")}) que columnas el encabezado (${num(e, "labels", "es")})`,
    "missing-cell": (e) =>
      `la fila tiene menos celdas (${num(e, "cells", "es")}) que columnas el encabezado (${num(e, "labels", "es")})`,
    "type-error": (e) =>
      p(e, "reason") === "ambiguous-number"
        ? "el número es ambiguo: el punto puede ser separador de miles o decimal"
        : "el valor no tiene el tipo o el formato de la columna",
    "constraint-error": (e) => `el valor no cumple «${p(e, "constraint")}: ${p(e, "requirement")}»`,
  },
};
