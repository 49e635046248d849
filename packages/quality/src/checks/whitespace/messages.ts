import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `whitespace` check are worded, in es, en and pt. */
export const whitespaceIssues = defineIssueCatalogs({
  es: {
    "quality/whitespace": {
      title: "Espacios de más",
      describe: (e) =>
        `${p(e, "cells")} celdas tienen espacios de más (${p(e, "leading")} al inicio, ${p(e, "trailing")} al final, ${p(e, "double")} dobles${
          Number(e.params.unusual ?? 0) > 0 ? `, ${p(e, "unusual")} con espacios no estándar` : ""
        }); primeras filas: ${p(e, "rows")}`,
    },
  },
  en: {
    "quality/whitespace": {
      title: "Extra whitespace",
      describe: (e) =>
        `${p(e, "cells")} cells have extra whitespace (${p(e, "leading")} leading, ${p(e, "trailing")} trailing, ${p(e, "double")} double${
          Number(e.params.unusual ?? 0) > 0 ? `, ${p(e, "unusual")} with non-standard spaces` : ""
        }); first rows: ${p(e, "rows")}`,
    },
  },
  pt: {
    "quality/whitespace": {
      title: "Espaços a mais",
      describe: (e) =>
        `${p(e, "cells")} células têm espaços a mais (${p(e, "leading")} no início, ${p(e, "trailing")} no final, ${p(e, "double")} duplos${
          Number(e.params.unusual ?? 0) > 0 ? `, ${p(e, "unusual")} com espaços não padrão` : ""
        }); primeiras linhas: ${p(e, "rows")}`,
    },
  },
});
