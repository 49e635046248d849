import { describe, expect, it } from "vitest";
import { registry } from "./default-checks.test-helpers";
import { review } from "./review";

/** What a finding says, compactly: where, what, and its message in Spanish (every param in words). */
const summary = (
  errors: readonly {
    rowNumber?: number | null;
    fieldNumber?: number | null;
    type: string;
    message?: string;
  }[],
) => errors.map((e) => `${e.rowNumber ?? "-"}:${e.fieldNumber ?? "-"} ${e.type} ${e.message ?? ""}`);

describe("review: the default checks on a registry", () => {
  it("find what the one-pass run found before the per-cell work was made cheap", async () => {
    const { report, scores } = await review(registry(6000), { lang: "es" });
    const task = report.tasks[0];
    const found = summary(task?.errors ?? []);
    if (process.env.PRINT_DEFAULT_CHECKS)
      console.log(JSON.stringify({ found, totals: task?.totals, scores }));
    expect(found).toEqual(EXPECTED);
    expect(task?.totals?.byType).toEqual(EXPECTED_BY_TYPE);
  });
});

// Computed by the one-pass run before this change (commit 91d2331), on this same registry.
const EXPECTED: string[] = [
  "1252:- duplicate-row Fila 1252: la fila repite la fila 1148.",
  "1258:- duplicate-row Fila 1258: la fila repite la fila 963.",
  "1405:- duplicate-row Fila 1405: la fila repite la fila 444.",
  "1669:- duplicate-row Fila 1669: la fila repite la fila 628.",
  "1775:- duplicate-row Fila 1775: la fila repite la fila 1596.",
  "2070:- duplicate-row Fila 2070: la fila repite la fila 1383.",
  "2308:- duplicate-row Fila 2308: la fila repite la fila 1980.",
  "2439:- duplicate-row Fila 2439: la fila repite la fila 1298.",
  "3149:- duplicate-row Fila 3149: la fila repite la fila 599.",
  "3327:- duplicate-row Fila 3327: la fila repite la fila 1904.",
  "3378:- duplicate-row Fila 3378: la fila repite la fila 3185.",
  "3547:- duplicate-row Fila 3547: la fila repite la fila 933.",
  "3657:- duplicate-row Fila 3657: la fila repite la fila 180.",
  "3674:- duplicate-row Fila 3674: la fila repite la fila 1752.",
  "3901:- duplicate-row Fila 3901: la fila repite la fila 1785.",
  "3905:- duplicate-row Fila 3905: la fila repite la fila 3753.",
  "3934:- duplicate-row Fila 3934: la fila repite la fila 268.",
  "4071:- duplicate-row Fila 4071: la fila repite la fila 2645.",
  "4158:- duplicate-row Fila 4158: la fila repite la fila 1261.",
  "4204:- duplicate-row Fila 4204: la fila repite la fila 3439.",
  "4466:- duplicate-row Fila 4466: la fila repite la fila 1453.",
  "4631:- duplicate-row Fila 4631: la fila repite la fila 747.",
  "4698:- duplicate-row Fila 4698: la fila repite la fila 2486.",
  "4699:- blank-row Fila 4699: la fila está vacía; qué hacer: borre la fila o complete sus datos.",
  "4731:- duplicate-row Fila 4731: la fila repite la fila 218.",
  "4736:- duplicate-row Fila 4736: la fila repite la fila 2474.",
  "4764:- duplicate-row Fila 4764: la fila repite la fila 3805.",
  "4844:- duplicate-row Fila 4844: la fila repite la fila 1613.",
  "4846:- duplicate-row Fila 4846: la fila repite la fila 2733.",
  "4916:- duplicate-row Fila 4916: la fila repite la fila 2819.",
  "4961:- duplicate-row Fila 4961: la fila repite la fila 1825.",
  "4973:- duplicate-row Fila 4973: la fila repite la fila 3131.",
  "4987:- duplicate-row Fila 4987: la fila repite la fila 1132.",
  "5175:- duplicate-row Fila 5175: la fila repite la fila 188.",
  "5176:- blank-row Fila 5176: la fila está vacía; qué hacer: borre la fila o complete sus datos.",
  "5401:- duplicate-row Fila 5401: la fila repite la fila 4700.",
  "5402:- blank-row Fila 5402: la fila está vacía; qué hacer: borre la fila o complete sus datos.",
  "5403:- duplicate-row Fila 5403: la fila repite la fila 5298.",
  "5594:- duplicate-row Fila 5594: la fila repite la fila 2819.",
  "5603:- duplicate-row Fila 5603: la fila repite la fila 1646.",
  "5642:- duplicate-row Fila 5642: la fila repite la fila 694.",
  "5822:- duplicate-row Fila 5822: la fila repite la fila 2744.",
  "5842:- duplicate-row Fila 5842: la fila repite la fila 4128.",
  "5843:- blank-row Fila 5843: la fila está vacía; qué hacer: borre la fila o complete sus datos.",
  "404:2 quality/missing-value Fila 404, columna 2 (barrio): 24 celdas están vacías (24 tienen solo espacios); primeras filas: 404, 578, 601.",
  "2:6 quality/missing-value Fila 2, columna 6 (nota): 1.857 celdas están vacías (29 tienen solo espacios); primeras filas: 2, 4, 6.",
  "33:2 quality/whitespace Fila 33, columna 2 (barrio): 262 celdas tienen espacios de más (61 al inicio, 191 al final, 8 dobles, 67 con espacios no estándar); primeras filas: 33, 44, 73; se encontró: «Caballito »; qué hacer: quite los espacios al inicio y al final y los espacios dobles.",
  "-:2 quality/letter-case Columna 2 (barrio): 6 valores aparecen con distintas mayúsculas o acentos (p. ej. «Caballito» / «CABALLITO» / «caballito»; «Núñez» / «NÚÑEZ» / «NuñEz»; «Palermo» / «palermo» / «PALERMO»); 1 valor tiene mayúsculas irregulares (p. ej. «NuñEz»); se esperaba: Caballito; qué hacer: use siempre la misma escritura (mayúsculas y acentos) para el mismo valor.",
  "-:4 quality/letter-case Columna 4 (provincia): 1 valor aparece con distintas mayúsculas o acentos (p. ej. «Córdoba» / «CORDOBA»); se esperaba: Córdoba; qué hacer: use siempre la misma escritura (mayúsculas y acentos) para el mismo valor.",
  "-:2 quality/category-variants Columna 2 (barrio): 4 escrituras distintas parecen la misma categoría: «Caballito» (1038), «CABALLITO» (9), «Caballito​» (7), «caballito» (7); se esperaba: Caballito; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
  "-:2 quality/category-variants Columna 2 (barrio): 4 escrituras distintas parecen la misma categoría: «Núñez» (1018), «Núñez​» (9), «NÚÑEZ» (7), «NuñEz» (6); se esperaba: Núñez; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
  "-:2 quality/category-variants Columna 2 (barrio): 4 escrituras distintas parecen la misma categoría: «Palermo» (991), «palermo» (7), «Palermo​» (5), «PALERMO» (4); se esperaba: Palermo; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
  "-:2 quality/category-variants Columna 2 (barrio): 4 escrituras distintas parecen la misma categoría: «Flores» (985), «FLORES» (11), «Flores​» (6), «flores» (4); se esperaba: Flores; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
  "-:2 quality/category-variants Columna 2 (barrio): 4 escrituras distintas parecen la misma categoría: «Recoleta» (960), «RECOLETA» (8), «Recoleta​» (6), «recoleta» (5); se esperaba: Recoleta; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
  "-:2 quality/category-variants Columna 2 (barrio): 4 escrituras distintas parecen la misma categoría: «Villa Crespo» (904), «VILLA CRESPO» (10), «Villa Crespo​» (6), «villa crespo» (3); se esperaba: Villa Crespo; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
  "-:4 quality/category-variants Columna 4 (provincia): 2 escrituras distintas parecen la misma categoría: «Córdoba» (1513), «CORDOBA» (20); se esperaba: Córdoba; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
  "-:4 quality/category-variants Columna 4 (provincia): 3 escrituras distintas parecen la misma categoría: «CABA» (1457), «Ciudad Autónoma de Buenos Aires» (14), «Capital Federal» (13); se esperaba: CABA; qué hacer: unifique la escritura de la categoría (use siempre la misma forma).",
];
const EXPECTED_BY_TYPE = {
  "blank-row": {
    findings: 4,
    errors: 4,
    warnings: 0,
    listed: 4,
    rows: 4,
    cells: 0,
    wholeRows: 4,
    withoutRowErrors: 0,
    withoutRowWarnings: 0,
  },
  "duplicate-row": {
    findings: 40,
    errors: 40,
    warnings: 0,
    listed: 40,
    rows: 40,
    cells: 0,
    wholeRows: 40,
    withoutRowErrors: 0,
    withoutRowWarnings: 0,
  },
  "quality/category-variants": {
    findings: 8,
    errors: 0,
    warnings: 8,
    listed: 8,
    rows: 0,
    cells: 0,
    wholeRows: 0,
    withoutRowErrors: 0,
    withoutRowWarnings: 8,
  },
  "quality/letter-case": {
    findings: 2,
    errors: 0,
    warnings: 2,
    listed: 2,
    rows: 0,
    cells: 0,
    wholeRows: 0,
    withoutRowErrors: 0,
    withoutRowWarnings: 2,
  },
  "quality/missing-value": {
    findings: 2,
    errors: 0,
    warnings: 2,
    listed: 2,
    rows: 2,
    cells: 2,
    wholeRows: 0,
    withoutRowErrors: 0,
    withoutRowWarnings: 0,
  },
  "quality/whitespace": {
    findings: 1,
    errors: 0,
    warnings: 1,
    listed: 1,
    rows: 1,
    cells: 1,
    wholeRows: 0,
    withoutRowErrors: 0,
    withoutRowWarnings: 0,
  },
};
