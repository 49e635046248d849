import { seededRandom } from "@ciudata/core";
import { writeCsv } from "@ciudata/table";
import { pick } from "./random";

/** The ten sections of the city (public place names; every figure in the sample is invented). */
export const SECCIONES = [
  "Primera Sección (Parque Central)",
  "Segunda Sección (Barrio Cívico)",
  "Tercera Sección (Parque O'Higgins)",
  "Cuarta Sección (Área Fundacional)",
  "Quinta Sección (Residencial Sur)",
  "Sexta Sección (Residencial Norte)",
  "Séptima Sección (Residencial Parque)",
  "Octava Sección (Aeroparque)",
  "Novena Sección (Parque General San Martín)",
  "Décima Sección (Residencial Los Cerros)",
] as const;

const PREFIJOS = ["Barrio", "Loteo", "Conjunto", "Villa"] as const;
const NOMBRES = [
  "Los Olivos",
  "Las Acequias",
  "El Challao",
  "San Agustín",
  "Los Plátanos",
  "Alameda",
  "Cerro Arco",
  "La Favorita",
  "Jardín Norte",
  "Las Viñas",
  "Del Carril",
  "Piedemonte",
] as const;

/** Synthetic barrios: code, name, section, area and an invented population. @internal */
export function barriosCsv(): string {
  const r = seededRandom(2601);
  const rows: string[][] = [["id", "barrio", "seccion", "superficie_km2", "poblacion_estimada"]];
  let id = 1;
  for (const seccion of SECCIONES)
    for (let k = 0; k < 3; k++) {
      const nombre = `${pick(r, PREFIJOS)} ${pick(r, NOMBRES)} ${id}`;
      rows.push([
        String(id),
        nombre,
        seccion,
        (0.2 + r() * 2).toFixed(2),
        String(800 + Math.floor(r() * 9000)),
      ]);
      id++;
    }
  return `${writeCsv(rows)}\r\n`;
}

const TIPOS = [
  "Alumbrado público",
  "Poda y arbolado",
  "Recolección de residuos",
  "Bache en calzada",
  "Limpieza de acequia",
  "Ruidos molestos",
] as const;
const CANALES = ["App municipal", "Teléfono 147", "Web", "Presencial"] as const;
const ESTADOS = ["Resuelta", "Resuelta", "Resuelta", "En curso", "Derivada"] as const;

/** Synthetic citizen requests (no person data): date, type, channel, section, state, days to resolve. @internal */
export function solicitudesCsv(count = 240): string {
  const r = seededRandom(2602);
  const rows: string[][] = [["id", "fecha", "tipo", "canal", "seccion", "estado", "dias_resolucion"]];
  for (let i = 1; i <= count; i++) {
    const month = 1 + Math.floor(((i - 1) / count) * 12);
    const day = 1 + Math.floor(r() * 28);
    const estado = pick(r, ESTADOS);
    rows.push([
      String(i),
      `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      pick(r, TIPOS),
      pick(r, CANALES),
      pick(r, SECCIONES),
      estado,
      estado === "Resuelta" ? String(1 + Math.floor(r() * 20)) : "",
    ]);
  }
  return `${writeCsv(rows)}\r\n`;
}

/** A synthetic sample of a programme registry: pseudonymous codes, never names or ID numbers. @internal */
export function registroCsv(count = 60): string {
  const r = seededRandom(2603);
  const rows: string[][] = [
    ["codigo", "seccion", "grupo_etario", "integrantes_hogar", "monto_mensual", "fecha_alta", "activo"],
  ];
  for (let i = 1; i <= count; i++) {
    rows.push([
      `PAA-${(i * 7919).toString(36).toUpperCase().padStart(5, "0")}`,
      pick(r, SECCIONES),
      pick(r, ["18-29", "30-44", "45-59", "60+"]),
      String(1 + Math.floor(r() * 6)),
      (15000 + Math.floor(r() * 20) * 500).toFixed(2),
      `2025-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
      r() < 0.85 ? "si" : "no",
    ]);
  }
  return `${writeCsv(rows)}\r\n`;
}
