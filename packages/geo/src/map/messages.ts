import { defineCatalogs } from "@ciudata/core";

/**
 * The words of a {@link choropleth} (legend and each area's `<title>`), in es, en and pt; pass your own
 * catalog with the same keys to word it otherwise.
 */
export const choroplethMessages = defineCatalogs({
  es: {
    map: (p: { measure: string }) => `Mapa: ${p.measure}`,
    range: (p: { from: string; to: string; last: boolean }) =>
      p.last ? `de ${p.from} a ${p.to}` : `de ${p.from} a menos de ${p.to}`,
    suppressed: (p: { threshold: number | null }) =>
      p.threshold === null
        ? "Oculto por privacidad"
        : `Oculto por privacidad (protege cuentas menores que ${p.threshold})`,
    noData: "Sin datos",
    values: "valores",
    area: (p: { name: string; value: string }) => `${p.name}: ${p.value}`,
    areaSuppressed: (p: { name: string }) => `${p.name}: oculto por privacidad`,
    areaNoData: (p: { name: string }) => `${p.name}: sin datos`,
  },
  en: {
    map: (p) => `Map: ${p.measure}`,
    range: (p) => (p.last ? `${p.from} to ${p.to}` : `${p.from} to under ${p.to}`),
    suppressed: (p) =>
      p.threshold === null
        ? "Hidden for privacy"
        : `Hidden for privacy (protects counts under ${p.threshold})`,
    noData: "No data",
    values: "values",
    area: (p) => `${p.name}: ${p.value}`,
    areaSuppressed: (p) => `${p.name}: hidden for privacy`,
    areaNoData: (p) => `${p.name}: no data`,
  },
  pt: {
    map: (p) => `Mapa: ${p.measure}`,
    range: (p) => (p.last ? `de ${p.from} a ${p.to}` : `de ${p.from} a menos de ${p.to}`),
    suppressed: (p) =>
      p.threshold === null
        ? "Oculto por privacidade"
        : `Oculto por privacidade (protege contagens menores que ${p.threshold})`,
    noData: "Sem dados",
    values: "valores",
    area: (p) => `${p.name}: ${p.value}`,
    areaSuppressed: (p) => `${p.name}: oculto por privacidade`,
    areaNoData: (p) => `${p.name}: sem dados`,
  },
});
