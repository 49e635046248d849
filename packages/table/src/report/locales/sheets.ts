import { type Lang, numberWords } from "@ciudata/core";
import type { TableError } from "../error";
import { p } from "./params";

/** Titles of the spreadsheet reader's findings, per language. */
export const sheetTitles: Record<Lang, Record<string, string>> = {
  es: { "sheet-error": "No se pudo leer la planilla", "sheet-note": "Hoja leída" },
  en: { "sheet-error": "Spreadsheet cannot be read", "sheet-note": "Sheet read" },
  pt: { "sheet-error": "Não foi possível ler a planilha", "sheet-note": "Planilha lida" },
};

const quote: Record<Lang, (s: string) => string> = {
  es: (s) => `«${s}»`,
  en: (s) => `"${s}"`,
  pt: (s) => `"${s}"`,
};

/** The sheet names of a param (one per line), quoted and listed the way the language lists things. */
function names(e: TableError, key: string, lang: Lang): string {
  const list = p(e, key)
    .split("\n")
    .filter((s) => s !== "");
  return numberWords(lang).list(list.map(quote[lang]));
}

const file = (e: TableError) => p(e, "path") || "?";
const book = (lang: Lang, e: TableError) => {
  const ods = p(e, "kind") === "ods";
  if (lang === "es") return ods ? "la planilla OpenDocument (.ods)" : "el libro de Excel (.xlsx)";
  if (lang === "en") return ods ? "the OpenDocument spreadsheet (.ods)" : "the Excel workbook (.xlsx)";
  return ods ? "a planilha OpenDocument (.ods)" : "a pasta de trabalho do Excel (.xlsx)";
};

const errorEs: Record<string, (e: TableError) => string> = {
  encrypted: () =>
    `el libro de Excel está protegido con contraseña y no se puede leer; qué hacer: ábralo en Excel, quite la contraseña (Archivo › Información › Proteger libro) y guárdelo de nuevo, o exporte la hoja como CSV (UTF-8)`,
  corrupt: (e) =>
    `${book("es", e)} está dañado o incompleto${e.params.detail ? ` (${p(e, "detail")})` : ""}; qué hacer: vuelva a descargarlo o ábralo y guárdelo de nuevo desde la planilla`,
  "no-sheet": (e) =>
    `el libro no tiene una hoja ${quote.es(p(e, "sheet"))}; las hojas son ${names(e, "sheets", "es")}; qué hacer: elija una con --sheet (por nombre o por número, desde 1)`,
  "empty-sheet": (e) =>
    `la hoja ${quote.es(p(e, "sheet"))} está vacía${p(e, "sheets").includes("\n") ? `; las hojas son ${names(e, "sheets", "es")}` : ""}; qué hacer: elija la hoja con los datos con --sheet`,
  "no-sheets": () =>
    `el libro no tiene ninguna hoja de cálculo con datos; qué hacer: revise que sea el archivo correcto`,
};
const errorEn: Record<string, (e: TableError) => string> = {
  encrypted: () =>
    `the Excel workbook is password-protected and cannot be read; what to do: open it in Excel, remove the password (File › Info › Protect Workbook) and save it again, or export the sheet as CSV (UTF-8)`,
  corrupt: (e) =>
    `${book("en", e)} is damaged or incomplete${e.params.detail ? ` (${p(e, "detail")})` : ""}; what to do: download it again, or open it and save it again from the spreadsheet program`,
  "no-sheet": (e) =>
    `the workbook has no sheet ${quote.en(p(e, "sheet"))}; its sheets are ${names(e, "sheets", "en")}; what to do: choose one with --sheet (by name or by number, from 1)`,
  "empty-sheet": (e) =>
    `sheet ${quote.en(p(e, "sheet"))} is empty${p(e, "sheets").includes("\n") ? `; its sheets are ${names(e, "sheets", "en")}` : ""}; what to do: choose the sheet with the data with --sheet`,
  "no-sheets": () => `the workbook has no worksheet with data; what to do: check that it is the right file`,
};
const errorPt: Record<string, (e: TableError) => string> = {
  encrypted: () =>
    `a pasta de trabalho do Excel está protegida por senha e não pode ser lida; o que fazer: abra-a no Excel, remova a senha (Arquivo › Informações › Proteger pasta de trabalho) e salve de novo, ou exporte a planilha como CSV (UTF-8)`,
  corrupt: (e) =>
    `${book("pt", e)} está danificada ou incompleta${e.params.detail ? ` (${p(e, "detail")})` : ""}; o que fazer: baixe-a de novo, ou abra-a e salve de novo no programa de planilhas`,
  "no-sheet": (e) =>
    `a pasta de trabalho não tem uma planilha ${quote.pt(p(e, "sheet"))}; as planilhas são ${names(e, "sheets", "pt")}; o que fazer: escolha uma com --sheet (pelo nome ou pelo número, a partir de 1)`,
  "empty-sheet": (e) =>
    `a planilha ${quote.pt(p(e, "sheet"))} está vazia${p(e, "sheets").includes("\n") ? `; as planilhas são ${names(e, "sheets", "pt")}` : ""}; o que fazer: escolha a planilha com os dados com --sheet`,
  "no-sheets": () =>
    `a pasta de trabalho não tem nenhuma planilha com dados; o que fazer: verifique se é o arquivo certo`,
};

const skippedEs = (e: TableError) =>
  Number(e.params.skipped) > 0
    ? `; el encabezado está en la fila ${p(e, "headerRow")} y se saltearon ${Number(e.params.skipped) === 1 ? "la fila 1" : `las filas 1 a ${Number(e.params.headerRow) - 1}`} de arriba (título o filas vacías)`
    : "";
const skippedEn = (e: TableError) =>
  Number(e.params.skipped) > 0
    ? `; the header is on row ${p(e, "headerRow")} and ${Number(e.params.skipped) === 1 ? "row 1" : `rows 1 to ${Number(e.params.headerRow) - 1}`} above it (a title or blank rows) were skipped`
    : "";
const skippedPt = (e: TableError) =>
  Number(e.params.skipped) > 0
    ? `; o cabeçalho está na linha ${p(e, "headerRow")} e ${Number(e.params.skipped) === 1 ? "a linha 1" : `as linhas 1 a ${Number(e.params.headerRow) - 1}`} acima dele (título ou linhas vazias) foram puladas`
    : "";

/** The sentences of the spreadsheet reader's findings, per language: what was read or found, and what to do. */
export const sheetDescribe: Record<Lang, Record<string, (e: TableError) => string>> = {
  es: {
    "sheet-error": (e) => errorEs[p(e, "reason")]?.(e) ?? `no se pudo leer ${file(e)}`,
    "sheet-note": (e) =>
      `se leyó la hoja ${quote.es(p(e, "sheet"))} (la ${p(e, "position")}.ª)${p(e, "others") ? `; las otras son ${names(e, "others", "es")}: para leer otra use --sheet` : ""}${skippedEs(e)}`,
  },
  en: {
    "sheet-error": (e) => errorEn[p(e, "reason")]?.(e) ?? `${file(e)} cannot be read`,
    "sheet-note": (e) =>
      `read sheet ${quote.en(p(e, "sheet"))} (number ${p(e, "position")})${p(e, "others") ? `; the others are ${names(e, "others", "en")}: to read another use --sheet` : ""}${skippedEn(e)}`,
  },
  pt: {
    "sheet-error": (e) => errorPt[p(e, "reason")]?.(e) ?? `não foi possível ler ${file(e)}`,
    "sheet-note": (e) =>
      `foi lida a planilha ${quote.pt(p(e, "sheet"))} (a ${p(e, "position")}.ª)${p(e, "others") ? `; as outras são ${names(e, "others", "pt")}: para ler outra use --sheet` : ""}${skippedPt(e)}`,
  },
};
