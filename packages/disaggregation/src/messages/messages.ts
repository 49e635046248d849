import { defineCatalogs } from "@ciudata/core";

/**
 * What to do about each disaggregation problem, in es, en and pt: the checks put it in an issue's
 * `params.hint` in the report's language.
 *
 * @internal
 */
export const disaggregationMessages = defineCatalogs({
  es: {
    "hint.not-disaggregated": (p: { label: string }) =>
      `publique la desagregación por ${p.label} en otra tabla (o como columnas de esta) y diga en los metadatos dónde está`,
    "hint.missing-dimension": (p: { columns: string }) =>
      `agregue una columna (${p.columns}) o anote el campo del esquema con "x-disaggregation"`,
    "hint.age-band-overlap":
      "use grupos que no se superpongan (por ejemplo quinquenales: 0 a 4, 5 a 9…) o publique cada clasificación aparte",
    "hint.age-band-gap":
      "agregue el grupo que falta o explique en los metadatos por qué esas edades no se incluyen",
    "hint.missing-cross-cell":
      "publique el cruce con valor 0 si no hubo casos, o márquelo como suprimido (OBS_STATUS Q) si se ocultó",
    "hint.empty-cross-cells":
      "revise si el registro llega a esos grupos; al publicar, las celdas chicas se suprimen (ciudata disaggregation aggregate)",
    "hint.unmapped-value":
      "corrija el valor o agréguelo al archivo de correspondencias (ciudata disaggregation normalize --mapping-out)",
    "hint.value-outside-code-list": "use un código de la lista del estándar o agregue la lista al estándar",
    "hint.territory-not-coded":
      "elija la lista del país con --codelist (ar-indec, pe-ubigeo, mx-inegi, cl-cut, co-divipola, br-ibge) o escriba el código en el archivo de correspondencias",
    "hint.unknown-share":
      "recupere el dato en la fuente o documente por qué falta; no lo reparta entre categorías",
    "hint.total-mismatch":
      "revise la fila: una parte mal cargada, un total desactualizado o una categoría que falta (desconocidos incluidos)",
  },
  en: {
    "hint.not-disaggregated": (p: { label: string }) =>
      `publish the disaggregation by ${p.label} in another table (or as columns of this one) and say in the metadata where it is`,
    "hint.missing-dimension": (p: { columns: string }) =>
      `add a column (${p.columns}) or annotate the schema field with "x-disaggregation"`,
    "hint.age-band-overlap":
      "use bands that do not overlap (for example 5-year: 0-4, 5-9…) or publish each classification apart",
    "hint.age-band-gap": "add the missing band or explain in the metadata why those ages are left out",
    "hint.missing-cross-cell":
      "publish the cross-cell as 0 when there were no cases, or flag it suppressed (OBS_STATUS Q) when hidden",
    "hint.empty-cross-cells":
      "check whether the record reaches those groups; when publishing, small cells are suppressed (ciudata disaggregation aggregate)",
    "hint.unmapped-value":
      "fix the value or add it to the mapping file (ciudata disaggregation normalize --mapping-out)",
    "hint.value-outside-code-list": "use a code of the standard's list or add the list to the standard",
    "hint.territory-not-coded":
      "choose the country's list with --codelist (ar-indec, pe-ubigeo, mx-inegi, cl-cut, co-divipola, br-ibge) or write the code in the mapping file",
    "hint.unknown-share":
      "recover the value at the source or document why it is missing; do not spread it over categories",
    "hint.total-mismatch":
      "check the row: a part entered wrong, a stale total or a missing category (unknowns included)",
  },
  pt: {
    "hint.not-disaggregated": (p: { label: string }) =>
      `publique a desagregação por ${p.label} em outra tabela (ou como colunas desta) e diga nos metadados onde está`,
    "hint.missing-dimension": (p: { columns: string }) =>
      `adicione uma coluna (${p.columns}) ou anote o campo do esquema com "x-disaggregation"`,
    "hint.age-band-overlap":
      "use faixas que não se sobreponham (por exemplo quinquenais: 0 a 4, 5 a 9…) ou publique cada classificação à parte",
    "hint.age-band-gap":
      "adicione a faixa que falta ou explique nos metadados por que essas idades ficam de fora",
    "hint.missing-cross-cell":
      "publique o cruzamento com 0 se não houve casos, ou marque-o como suprimido (OBS_STATUS Q) se foi ocultado",
    "hint.empty-cross-cells":
      "verifique se o registro chega a esses grupos; ao publicar, células pequenas são suprimidas (ciudata disaggregation aggregate)",
    "hint.unmapped-value":
      "corrija o valor ou adicione-o ao arquivo de correspondências (ciudata disaggregation normalize --mapping-out)",
    "hint.value-outside-code-list": "use um código da lista do padrão ou adicione a lista ao padrão",
    "hint.territory-not-coded":
      "escolha a lista do país com --codelist (ar-indec, pe-ubigeo, mx-inegi, cl-cut, co-divipola, br-ibge) ou escreva o código no arquivo de correspondências",
    "hint.unknown-share":
      "recupere o dado na fonte ou documente por que falta; não o distribua entre categorias",
    "hint.total-mismatch":
      "revise a linha: uma parte digitada errada, um total desatualizado ou uma categoria que falta (desconhecidos incluídos)",
  },
});
