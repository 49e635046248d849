import type { Wording } from "./types";

/** Spanish wording of the privacy error types. */
export const es: Wording = {
  "privacy/unknown-column": ["Columna inexistente", (e) => `no hay una columna «${e.params.column}»`],
  "privacy/k-anonymity": [
    "Riesgo de reidentificación (k-anonimato)",
    (e) =>
      `${e.params.records} registros están en grupos de menos de ${e.params.k} personas según ${e.params.qi}; se pueden reidentificar`,
  ],
  "privacy/l-diversity": [
    "Poca diversidad de un dato sensible",
    (e) => `en ${e.params.records} registros todo el grupo comparte el mismo valor de «${e.params.column}»`,
  ],
  "privacy/personal-data": [
    "Dato personal",
    (e) => `la columna parece contener ${e.params.category} (confianza ${e.params.confidence})`,
  ],
  "privacy/sensitive-data": [
    "Dato sensible",
    (e) => `la columna parece contener datos sensibles (${e.params.category}) según ${e.params.laws}`,
  ],
  "privacy/invalid-plan": ["Plan de anonimización inválido", (e) => `${e.params.path}: ${e.params.reason}`],
  "privacy/missing-key": [
    "Falta la clave",
    (e) => `no se encontró la clave para seudonimizar (${e.params.source}); nunca se muestra su valor`,
  ],
  "privacy/invalid-table": ["Tabla agregada inválida", (e) => `${e.params.reason}`],
  "privacy/empty-table": [
    "Tabla vacía",
    (e) =>
      `${e.params.file ? `"${e.params.file}"` : "la entrada"} no tiene encabezado ni filas (solo líneas en blanco): no hay nada que analizar; revisá que sea el archivo correcto`,
  ],
};
