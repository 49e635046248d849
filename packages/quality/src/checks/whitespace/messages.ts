import { defineIssueCatalogs } from "@ciudata/core";
import { c, n } from "../_shared/params";

/** How the issues of the `whitespace` check are worded, in es, en and pt. */
export const whitespaceIssues = defineIssueCatalogs({
  es: {
    "quality/whitespace": {
      title: "Espacios de más",
      describe: (e, words) =>
        `${c(e, "cells", words, { one: "celda tiene", other: "celdas tienen" })} espacios de más (${n(e, "leading", words)} al inicio, ${n(e, "trailing", words)} al final, ${c(e, "double", words, { one: "doble", other: "dobles" })}${
          Number(e.params.unusual ?? 0) > 0 ? `, ${n(e, "unusual", words)} con espacios no estándar` : ""
        }); primeras filas: ${n(e, "rows", words)}`,
    },
  },
  en: {
    "quality/whitespace": {
      title: "Extra whitespace",
      describe: (e, words) =>
        `${c(e, "cells", words, { one: "cell has", other: "cells have" })} extra whitespace (${n(e, "leading", words)} leading, ${n(e, "trailing", words)} trailing, ${n(e, "double", words)} double${
          Number(e.params.unusual ?? 0) > 0 ? `, ${n(e, "unusual", words)} with non-standard spaces` : ""
        }); first rows: ${n(e, "rows", words)}`,
    },
  },
  pt: {
    "quality/whitespace": {
      title: "Espaços a mais",
      describe: (e, words) =>
        `${c(e, "cells", words, { one: "célula tem", other: "células têm" })} espaços a mais (${n(e, "leading", words)} no início, ${n(e, "trailing", words)} no final, ${c(e, "double", words, { one: "duplo", other: "duplos" })}${
          Number(e.params.unusual ?? 0) > 0 ? `, ${n(e, "unusual", words)} com espaços não padrão` : ""
        }); primeiras linhas: ${n(e, "rows", words)}`,
    },
  },
});
