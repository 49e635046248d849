import { defineCatalogs } from "@ciudata/core";

/** The texts the `encoding` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const encodingTexts = defineCatalogs({
  es: {
    hint: "guarde el archivo como «CSV UTF-8» (en LibreOffice: Guardar como › Juego de caracteres: Unicode (UTF-8))",
    bomHint:
      "guarde el archivo en UTF-8 sin BOM (la marca invisible al comienzo se pega al primer encabezado)",
  },
  en: {
    hint: 'save the file as "CSV UTF-8" (in LibreOffice: Save as › Character set: Unicode (UTF-8))',
    bomHint:
      "save the file as UTF-8 without a BOM (the invisible mark at the start sticks to the first label)",
  },
  pt: {
    hint: "salve o arquivo como «CSV UTF-8» (no LibreOffice: Salvar como › Conjunto de caracteres: Unicode (UTF-8))",
    bomHint: "salve o arquivo em UTF-8 sem BOM (a marca invisível no início gruda no primeiro cabeçalho)",
  },
});
