import type { Lang } from "@ciudata/core";
import type { TableError } from "../error";
import { count, num as n, p } from "./params";

/** How a command-line user raises the limit: `--limit maxColumns=30000` (the count found) or `=…`. */
const flag = (e: TableError) =>
  `--limit ${p(e, "limit")}=${p(e, "limit") === "maxColumns" && typeof e.params.found === "number" ? e.params.found : "…"}`;

/** Titles of the reader's own errors (limits, quotes never closed), per language. */
export const readerTitles: Record<Lang, Record<string, string>> = {
  es: { "limit-error": "Límite de lectura superado", "unclosed-quote": "Comillas sin cerrar" },
  en: { "limit-error": "Reader limit exceeded", "unclosed-quote": "Unclosed quote" },
  pt: { "limit-error": "Limite de leitura excedido", "unclosed-quote": "Aspas não fechadas" },
};

const whatEs: Record<string, (e: TableError) => string> = {
  maxColumns: (e) => `la fila tiene ${n(e, "found", "es")} columnas y el límite es ${n(e, "value", "es")}`,
  maxRecordSize: (e) =>
    `la fila mide al menos ${n(e, "found", "es")} caracteres y el límite es ${n(e, "value", "es")}`,
  maxHeaderSize: (e) =>
    `el encabezado mide al menos ${n(e, "found", "es")} caracteres y el límite es ${n(e, "value", "es")}`,
  maxDownloadBytes: (e) =>
    `la descarga ${p(e, "source")} pasa de ${n(e, "value", "es")} bytes (llevaba ${n(e, "found", "es")})`,
  maxJsonDepth: (e) =>
    `el JSON anida más de ${n(e, "value", "es")} niveles de listas u objetos, el límite; si el documento es así a propósito, suba el límite con «${flag(e)}» en la línea de comandos (o la opción «${p(e, "option")}» de la biblioteca); si no, revise que sea el descriptor que quería usar`,
};
const whatEn: Record<string, (e: TableError) => string> = {
  maxColumns: (e) => `the row has ${n(e, "found", "en")} columns and the limit is ${n(e, "value", "en")}`,
  maxRecordSize: (e) =>
    `the row is at least ${n(e, "found", "en")} characters long and the limit is ${n(e, "value", "en")}`,
  maxHeaderSize: (e) =>
    `the header is at least ${n(e, "found", "en")} characters long and the limit is ${n(e, "value", "en")}`,
  maxDownloadBytes: (e) =>
    `the download ${p(e, "source")} goes past ${n(e, "value", "en")} bytes (${n(e, "found", "en")} so far)`,
  maxJsonDepth: (e) =>
    `the JSON nests lists or objects more than ${n(e, "value", "en")} levels deep, the limit; if the document is meant to be so, raise the limit with "${flag(e)}" on the command line (or the library's "${p(e, "option")}" option); if not, check that it is the descriptor you meant to use`,
};
const whatPt: Record<string, (e: TableError) => string> = {
  maxColumns: (e) => `a linha tem ${n(e, "found", "pt")} colunas e o limite é ${n(e, "value", "pt")}`,
  maxRecordSize: (e) =>
    `a linha tem pelo menos ${n(e, "found", "pt")} caracteres e o limite é ${n(e, "value", "pt")}`,
  maxHeaderSize: (e) =>
    `o cabeçalho tem pelo menos ${n(e, "found", "pt")} caracteres e o limite é ${n(e, "value", "pt")}`,
  maxDownloadBytes: (e) =>
    `o download ${p(e, "source")} passa de ${n(e, "value", "pt")} bytes (${n(e, "found", "pt")} até agora)`,
  maxJsonDepth: (e) =>
    `o JSON aninha listas ou objetos em mais de ${n(e, "value", "pt")} níveis, o limite; se o documento é assim de propósito, aumente o limite com "${flag(e)}" na linha de comando (ou a opção "${p(e, "option")}" da biblioteca); se não, verifique se é o descritor que queria usar`,
};

/** The sentences of the reader's own errors, per language: what was found and what to do. */
export const readerDescribe: Record<Lang, Record<string, (e: TableError) => string>> = {
  es: {
    "limit-error": (e) =>
      p(e, "limit") === "maxJsonDepth"
        ? (whatEs.maxJsonDepth as (e: TableError) => string)(e)
        : `${whatEs[p(e, "limit")]?.(e) ?? e.note}; si la entrada es así a propósito, suba el límite con «${flag(e)}» en la línea de comandos (o la opción «${p(e, "option")}» de la biblioteca; none o Infinity lo quita); si no, revise que sea una tabla CSV y que el separador y las comillas sean los correctos`,
    "unclosed-quote": (e) =>
      `las comillas que abren en esta fila no se cierran nunca y se tragaron ${count(e, "lines", "es", { one: "línea", other: "líneas" })} hasta el final del archivo; cierre las comillas de ese campo (una comilla dentro de un campo entre comillas se escribe doble: "")`,
  },
  en: {
    "limit-error": (e) =>
      p(e, "limit") === "maxJsonDepth"
        ? (whatEn.maxJsonDepth as (e: TableError) => string)(e)
        : `${whatEn[p(e, "limit")]?.(e) ?? e.note}; if the input is meant to be so, raise the limit with "${flag(e)}" on the command line (or the library's "${p(e, "option")}" option; none or Infinity lifts it); if not, check that it is a CSV table and that the delimiter and quotes are right`,
    "unclosed-quote": (e) =>
      `the quote that opens in this row is never closed and swallowed ${count(e, "lines", "en", { one: "line", other: "lines" })} up to the end of the file; close the quotes of that field (a quote inside a quoted field is written twice: "")`,
  },
  pt: {
    "limit-error": (e) =>
      p(e, "limit") === "maxJsonDepth"
        ? (whatPt.maxJsonDepth as (e: TableError) => string)(e)
        : `${whatPt[p(e, "limit")]?.(e) ?? e.note}; se a entrada é assim de propósito, aumente o limite com "${flag(e)}" na linha de comando (ou a opção "${p(e, "option")}" da biblioteca; none ou Infinity o remove); se não, verifique se é uma tabela CSV e se o separador e as aspas estão corretos`,
    "unclosed-quote": (e) =>
      `as aspas que abrem nesta linha nunca se fecham e engoliram ${count(e, "lines", "pt", { one: "linha", other: "linhas" })} até o fim do arquivo; feche as aspas desse campo (aspas dentro de um campo entre aspas se escrevem duplas: "")`,
  },
};

/** The `source-error`s the reader words itself, by reason (`empty`, `invalid-json`), per language. */
export const sourceReasons: Record<Lang, Record<string, (e: TableError) => string>> = {
  es: {
    empty: (e) =>
      `${p(e, "path") ? `«${p(e, "path")}»` : "la fuente"} está vacía (no tiene contenido, o solo una marca BOM); revise que se haya descargado o exportado completa`,
    "invalid-json": (e) =>
      `${p(e, "path") ? `«${p(e, "path")}»` : "el texto"} no es JSON válido${p(e, "at") ? ` (en la ${p(e, "at").replace("position", "posición").replace("line", "línea").replace("column", "columna")})` : ""}; revise comas, llaves y comillas, por ejemplo con un validador de JSON`,
  },
  en: {
    empty: (e) =>
      `${p(e, "path") ? `"${p(e, "path")}"` : "the source"} is empty (no content, or only a byte-order mark); check that it was downloaded or exported in full`,
    "invalid-json": (e) =>
      `${p(e, "path") ? `"${p(e, "path")}"` : "the text"} is not valid JSON${p(e, "at") ? ` (at ${p(e, "at")})` : ""}; check commas, braces and quotes, for example with a JSON validator`,
  },
  pt: {
    empty: (e) =>
      `${p(e, "path") ? `"${p(e, "path")}"` : "a fonte"} está vazia (sem conteúdo, ou só uma marca BOM); verifique se foi baixada ou exportada por completo`,
    "invalid-json": (e) =>
      `${p(e, "path") ? `"${p(e, "path")}"` : "o texto"} não é JSON válido${p(e, "at") ? ` (na ${p(e, "at").replace("position", "posição").replace("line", "linha").replace("column", "coluna")})` : ""}; verifique vírgulas, chaves e aspas, por exemplo com um validador de JSON`,
  },
};
