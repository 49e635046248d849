import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/_io.ts`, in es, en and pt. */
export const ioMessages = defineCatalogs({
  es: {
    "flag.noFormulaEscape":
      "No antepone ' a las celdas que empiezan con = + - @ (solo para archivos que lee otro programa, no una planilla)",
  },
  en: {
    "flag.noFormulaEscape":
      "Do not prefix ' to cells starting with = + - @ (only for files read by another program, not a spreadsheet)",
  },
  pt: {
    "flag.noFormulaEscape":
      "Não antepõe ' às células que começam com = + - @ (só para arquivos lidos por outro programa, não uma planilha)",
  },
});
