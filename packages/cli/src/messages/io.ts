import { defineCatalogs } from "@ciudata/core";

/** Where a JSON file failed to parse. */
export interface JsonProblem {
  path: string;
  line?: number | undefined;
  column?: number | undefined;
  example?: string | undefined;
}

/** The texts of `io.ts` and the shared report options, in es, en and pt. */
export const ioMessages = defineCatalogs({
  es: {
    "flag.format":
      "Formato del informe: text, json, md (Markdown), html (una página) o github (anotaciones de GitHub Actions, en validate)",
    noGithubFormat:
      "--format github (anotaciones de GitHub Actions) solo existe para ciudata validate; use text, json, md o html.",
    "flag.json": "Igual que --format json",
    "flag.out": "Escribe el informe en este archivo (el formato sale de la extensión si no se da --format)",
    wrote: (p: { path: string }) => `Escrito: ${p.path}`,
    notFound: (p: { path: string }) =>
      `No se encontró ${p.path}. Qué hacer: revise la ruta (relativa a la carpeta actual).`,
    isFolder: (p: { path: string }) => `${p.path} es una carpeta; se esperaba un archivo JSON.`,
    noPermission: (p: { path: string }) =>
      `No hay permiso para leer ${p.path}. Qué hacer: revise los permisos del archivo.`,
    notJson: (p: JsonProblem) =>
      `${p.path}${p.line === undefined ? "" : `, línea ${p.line}, columna ${p.column}`}: no es JSON válido.${p.example ? ` Ejemplo válido: ${p.example}` : ""}`,
    "flag.noFormulaEscape":
      "No antepone ' a las celdas que empiezan con = + - @ (solo para archivos que lee otro programa, no una planilla)",
    "flag.maskAll":
      "Enmascara los valores de todas las columnas (las columnas personales se enmascaran siempre; las demás se muestran tal cual)",
  },
  en: {
    "flag.format":
      "Report format: text, json, md (Markdown), html (one page) or github (GitHub Actions annotations, in validate)",
    noGithubFormat:
      "--format github (GitHub Actions annotations) exists only for ciudata validate; use text, json, md or html.",
    "flag.json": "Same as --format json",
    "flag.out":
      "Write the report to this file (the format comes from its extension unless --format is given)",
    wrote: (p) => `Written: ${p.path}`,
    notFound: (p) => `${p.path} was not found. What to do: check the path (relative to the current folder).`,
    isFolder: (p) => `${p.path} is a folder; a JSON file was expected.`,
    noPermission: (p) => `No permission to read ${p.path}. What to do: check the file's permissions.`,
    notJson: (p) =>
      `${p.path}${p.line === undefined ? "" : `, line ${p.line}, column ${p.column}`}: not valid JSON.${p.example ? ` Valid example: ${p.example}` : ""}`,
    "flag.noFormulaEscape":
      "Do not prefix ' to cells starting with = + - @ (only for files read by another program, not a spreadsheet)",
    "flag.maskAll":
      "Mask the values of every column (personal columns are always masked; the others are shown as they are)",
  },
  pt: {
    "flag.format":
      "Formato do relatório: text, json, md (Markdown), html (uma página) ou github (anotações do GitHub Actions, no validate)",
    noGithubFormat:
      "--format github (anotações do GitHub Actions) só existe para ciudata validate; use text, json, md ou html.",
    "flag.json": "O mesmo que --format json",
    "flag.out": "Escreve o relatório neste arquivo (o formato vem da extensão se --format não for dado)",
    wrote: (p) => `Gravado: ${p.path}`,
    notFound: (p) =>
      `${p.path} não foi encontrado. O que fazer: verifique o caminho (relativo à pasta atual).`,
    isFolder: (p) => `${p.path} é uma pasta; esperava-se um arquivo JSON.`,
    noPermission: (p) => `Sem permissão para ler ${p.path}. O que fazer: verifique as permissões do arquivo.`,
    notJson: (p) =>
      `${p.path}${p.line === undefined ? "" : `, linha ${p.line}, coluna ${p.column}`}: não é JSON válido.${p.example ? ` Exemplo válido: ${p.example}` : ""}`,
    "flag.noFormulaEscape":
      "Não antepõe ' às células que começam com = + - @ (só para arquivos lidos por outro programa, não uma planilha)",
    "flag.maskAll":
      "Mascara os valores de todas as colunas (as colunas pessoais são sempre mascaradas; as demais aparecem como são)",
  },
});
