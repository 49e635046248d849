import { defineIssueCatalogs } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { tableError } from "../report/error";
import type { Check } from "./check";
import { validateTable } from "./validate";

const words = defineIssueCatalogs({
  es: { "demo/odd": { title: "Impar", describe: (i) => `el valor ${i.params.value} es impar` } },
  en: { "demo/odd": { title: "Odd", describe: (i) => `the value ${i.params.value} is odd` } },
  pt: { "demo/odd": { title: "Ímpar", describe: (i) => `o valor ${i.params.value} é ímpar` } },
});

function oddCheck(withWords: boolean): Check {
  return {
    name: "demo/odd",
    ...(withWords ? { issues: words } : {}),
    onRow(row, ctx) {
      const value = Number(row.cells[0]);
      if (value % 2 === 1)
        ctx.report(tableError("demo/odd", { rowNumber: row.rowNumber, params: { value } }));
    },
  };
}

describe("a check words its own issues", () => {
  it("localises the report with the catalog the check carries, in each language", async () => {
    const es = await validateTable("n\n2\n3\n", { checks: [oddCheck(true)] });
    expect(es.tasks[0]?.errors[0]?.message).toBe("Fila 3: el valor 3 es impar.");
    const pt = await validateTable("n\n3\n", { checks: [oddCheck(true)], lang: "pt" });
    expect(pt.tasks[0]?.errors[0]?.message).toBe("Linha 2: o valor 3 é ímpar.");
  });

  it("takes the caller's catalogs for checks that carry none, and never falls back to another language", async () => {
    const bare = await validateTable("n\n3\n", { checks: [oddCheck(false)], lang: "en" });
    expect(bare.tasks[0]?.errors[0]?.message).toBe("Row 2: demo/odd.");
    const given = await validateTable("n\n3\n", { checks: [oddCheck(false)], lang: "en", catalogs: words });
    expect(given.tasks[0]?.errors[0]?.message).toBe("Row 2: the value 3 is odd.");
  });
});
