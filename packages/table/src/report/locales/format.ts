import type { Lang } from "@ciudata/core";
import type { TableError } from "../error";

type Kind = "pdf" | "html" | "xml" | "json" | "zip" | "xlsx" | "xls" | "gzip" | "binary";

/** What a file that is not a table looks like, and what to do with it, per language. */
const WORDS: Record<Lang, Record<Kind, [what: string, todo: string]>> = {
  es: {
    pdf: [
      "un documento PDF",
      "un PDF no es una tabla: pida el CSV a quien lo publica, o extraiga la tabla con una herramienta de PDF",
    ],
    html: [
      "una página web",
      "es una página (del portal, de inicio de sesión o de error): descargue el recurso CSV, no la página del portal",
    ],
    xml: ["un documento XML", "exporte la tabla como CSV, o léala con un lector de XML"],
    json: ["JSON", "convierta el JSON en CSV, o léalo con un lector de JSON"],
    zip: ["un archivo ZIP", "descomprima el archivo y abra el CSV que contiene"],
    xlsx: [
      "un libro de Excel (.xlsx)",
      "guárdelo de nuevo como libro de Excel (.xlsx) o exporte la tabla como CSV (UTF-8) desde la planilla",
    ],
    xls: [
      "un libro de Excel 97-2003 (.xls)",
      "guárdelo como libro de Excel (.xlsx) u OpenDocument (.ods), que se leen directamente, o exporte la tabla como CSV (UTF-8)",
    ],
    gzip: ["un archivo comprimido con gzip", "descomprímalo primero (por ejemplo con gunzip) y lea el CSV"],
    binary: ["un archivo binario", "no es texto: revise que descargó el recurso correcto"],
  },
  en: {
    pdf: [
      "a PDF document",
      "a PDF is not a table: ask the publisher for the CSV, or extract the table with a PDF tool first",
    ],
    html: [
      "an HTML web page",
      "this is a web page (a portal page, a login or an error page): download the CSV resource, not the portal page",
    ],
    xml: ["an XML document", "export the table as CSV, or read it with an XML reader"],
    json: ["JSON", "convert the JSON to CSV, or read it with a JSON reader"],
    zip: ["a ZIP archive", "unzip the archive and open the CSV inside"],
    xlsx: [
      "an Excel workbook (.xlsx)",
      "save it again as an Excel workbook (.xlsx) or export the table as CSV (UTF-8) from the spreadsheet",
    ],
    xls: [
      "an Excel 97-2003 workbook (.xls)",
      "save it as an Excel workbook (.xlsx) or OpenDocument (.ods), both read directly, or export the table as CSV (UTF-8)",
    ],
    gzip: ["a gzip-compressed file", "decompress it first (for example with gunzip) and read the CSV"],
    binary: ["a binary file", "this is not text: check that you downloaded the right resource"],
  },
  pt: {
    pdf: [
      "um documento PDF",
      "um PDF não é uma tabela: peça o CSV a quem o publica, ou extraia a tabela com uma ferramenta de PDF",
    ],
    html: [
      "uma página web",
      "é uma página (do portal, de login ou de erro): baixe o recurso CSV, não a página do portal",
    ],
    xml: ["um documento XML", "exporte a tabela como CSV, ou leia-a com um leitor de XML"],
    json: ["JSON", "converta o JSON em CSV, ou leia-o com um leitor de JSON"],
    zip: ["um arquivo ZIP", "descompacte o arquivo e abra o CSV que ele contém"],
    xlsx: [
      "uma pasta de trabalho do Excel (.xlsx)",
      "salve-a de novo como pasta de trabalho do Excel (.xlsx) ou exporte a tabela como CSV (UTF-8) pela planilha",
    ],
    xls: [
      "uma pasta de trabalho do Excel 97-2003 (.xls)",
      "salve-a como pasta de trabalho do Excel (.xlsx) ou OpenDocument (.ods), que são lidas diretamente, ou exporte a tabela como CSV (UTF-8)",
    ],
    gzip: ["um arquivo compactado com gzip", "descompacte-o primeiro (por exemplo com gunzip) e leia o CSV"],
    binary: ["um arquivo binário", "não é texto: verifique se baixou o recurso certo"],
  },
};

const SENTENCE: Record<Lang, (what: string, todo: string) => string> = {
  es: (what, todo) => `el archivo parece ${what}, no un CSV; qué hacer: ${todo}`,
  en: (what, todo) => `the file looks like ${what}, not a CSV; what to do: ${todo}`,
  pt: (what, todo) => `o arquivo parece ${what}, não um CSV; o que fazer: ${todo}`,
};

/** The `format-error` sentence in a language: what the file looks like and what to do with it. */
export function describeFormatError(e: TableError, lang: Lang): string {
  const found = String(e.params.found ?? "binary");
  const [what, todo] = WORDS[lang][found as Kind] ?? WORDS[lang].binary;
  return SENTENCE[lang](what, todo);
}
