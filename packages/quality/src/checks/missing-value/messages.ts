import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

const count = (e: { params: Record<string, unknown> }, k: string) => Number(e.params[k] ?? 0);

/** How the issues of the `missing-value` check are worded, in es, en and pt. */
export const missingValueIssues = defineIssueCatalogs({
  es: {
    "quality/missing-value": {
      title: "Celdas sin valor",
      describe: (e, words) =>
        `${words.count(count(e, "cells"), { one: "celda está vacía", other: "celdas están vacías" })}${
          count(e, "spaces") > 0
            ? ` (${words.count(count(e, "spaces"), { one: "tiene", other: "tienen" })} solo espacios)`
            : ""
        }; primeras filas: ${p(e, "rows")}`,
    },
  },
  en: {
    "quality/missing-value": {
      title: "Cells without a value",
      describe: (e, words) =>
        `${words.count(count(e, "cells"), { one: "cell is empty", other: "cells are empty" })}${
          count(e, "spaces") > 0
            ? ` (${words.count(count(e, "spaces"), { one: "holds", other: "hold" })} only spaces)`
            : ""
        }; first rows: ${p(e, "rows")}`,
    },
  },
  pt: {
    "quality/missing-value": {
      title: "Células sem valor",
      describe: (e, words) =>
        `${words.count(count(e, "cells"), { one: "célula está vazia", other: "células estão vazias" })}${
          count(e, "spaces") > 0
            ? ` (${words.count(count(e, "spaces"), { one: "tem", other: "têm" })} só espaços)`
            : ""
        }; primeiras linhas: ${p(e, "rows")}`,
    },
  },
});
