import { barriosCsv, registroCsv, solicitudesCsv } from "./tables";

/** A portal snapshot as the mirror writes it and the local portal serves it. */
export interface Snapshot {
  format: "ciudata-portal-snapshot/1";
  title: string;
  description: string;
  /** The portal it was copied from (`null` for the generated sample). */
  source: string | null;
  organizations: Record<string, unknown>[];
  /** CKAN packages; resources point at files of the snapshot with `url: "files/<name>"`. */
  datasets: Record<string, unknown>[];
  /**
   * Files of the snapshot by relative path, with their SHA-256 and size, and the `ETag` /
   * `Last-Modified` the portal sent (the next mirror asks only for what changed).
   */
  files: Record<
    string,
    { sha256: string; bytes: number; resourceId: string; etag?: string; lastModified?: string }
  >;
}

const org = (name: string, title: string, description: string) => ({
  id: `org-${name}`,
  name,
  title,
  display_name: title,
  description,
  is_organization: true,
  state: "active",
});

const FIELD = (title: string, type: string, description: string) => ({ title, type, description });

interface SampleDataset {
  name: string;
  title: string;
  notes: string;
  org: string;
  tags: string[];
  theme: string;
  periodicity: string;
  file: string;
  text: () => string;
  fields: Array<{ title: string; type: string; description: string }>;
}

const SAMPLE: readonly SampleDataset[] = [
  {
    name: "barrios",
    title: "Barrios de la Ciudad (muestra sintética)",
    notes:
      "Barrios por sección con superficie y población estimada. DATOS SINTÉTICOS generados por ciudata para demostraciones: no usar para decisiones.",
    org: "desarrollo-urbano",
    tags: ["barrios", "territorio", "secciones"],
    theme: "regi",
    periodicity: "R/P1Y",
    file: "barrios.csv",
    text: barriosCsv,
    fields: [
      FIELD("id", "integer", "Código del barrio"),
      FIELD("barrio", "string", "Nombre del barrio"),
      FIELD("seccion", "string", "Sección de la ciudad"),
      FIELD("superficie_km2", "number", "Superficie en km²"),
      FIELD("poblacion_estimada", "integer", "Población estimada (sintética)"),
    ],
  },
  {
    name: "solicitudes-ciudadanas-2026",
    title: "Solicitudes ciudadanas 2026 (muestra sintética)",
    notes:
      "Reclamos y pedidos de vecinos por tipo, canal, sección y estado. DATOS SINTÉTICOS: ninguna persona real.",
    org: "atencion-ciudadana",
    tags: ["reclamos", "147", "servicios"],
    theme: "gove",
    periodicity: "R/P1M",
    file: "solicitudes-2026.csv",
    text: () => solicitudesCsv(),
    fields: [
      FIELD("id", "integer", "Número de solicitud"),
      FIELD("fecha", "date", "Fecha de ingreso"),
      FIELD("tipo", "string", "Tipo de solicitud"),
      FIELD("canal", "string", "Canal de ingreso"),
      FIELD("seccion", "string", "Sección"),
      FIELD("estado", "string", "Estado"),
      FIELD("dias_resolucion", "integer", "Días hasta resolver"),
    ],
  },
  {
    name: "registro-programa-alimentario-muestra",
    title: "Registro de un programa alimentario (muestra sintética)",
    notes:
      "Muestra de un registro de programa social con códigos seudónimos. DATOS SINTÉTICOS para practicar controles de privacidad.",
    org: "desarrollo-humano",
    tags: ["programas sociales", "registro", "privacidad"],
    theme: "soci",
    periodicity: "R/P1M",
    file: "registro-programa.csv",
    text: () => registroCsv(),
    fields: [
      FIELD("codigo", "string", "Código seudónimo del hogar"),
      FIELD("seccion", "string", "Sección"),
      FIELD("grupo_etario", "string", "Grupo de edad del titular"),
      FIELD("integrantes_hogar", "integer", "Integrantes del hogar"),
      FIELD("monto_mensual", "number", "Monto mensual en pesos"),
      FIELD("fecha_alta", "date", "Fecha de alta"),
      FIELD("activo", "boolean", "Sigue en el programa (si/no)"),
    ],
  },
];

/**
 * Generates the synthetic, Mendoza-flavoured sample catalog (barrios, citizen requests, a programme
 * registry sample): CKAN packages plus their CSV files. Deterministic; every figure is invented.
 *
 * @example
 * ```ts
 * const { snapshot, files } = generateSampleCatalog();
 * snapshot.datasets.length; //=> 3
 * files["files/barrios.csv"]?.startsWith("id,barrio"); //=> true
 * ```
 */
export function generateSampleCatalog(): {
  snapshot: Omit<Snapshot, "files">;
  files: Record<string, string>;
} {
  const files: Record<string, string> = {};
  const datasets = SAMPLE.map((d, i) => {
    const text = d.text();
    const path = `files/${d.file}`;
    files[path] = text;
    const o = ORGS.find((x) => x.name === d.org);
    const created = `2026-0${i + 1}-15T12:00:00`;
    return {
      id: `ciudata-muestra-${d.name}`,
      name: d.name,
      title: d.title,
      notes: d.notes,
      author: "Municipalidad de Ejemplo (Mendoza) — datos sintéticos",
      author_email: "datosabiertos@ejemplo.invalid",
      license_id: "cc-by-4.0",
      license_title: "Creative Commons Attribution 4.0",
      metadata_created: created,
      metadata_modified: created,
      state: "active",
      type: "dataset",
      url: null,
      organization: o,
      owner_org: o?.id ?? null,
      tags: d.tags.map((name) => ({ name, display_name: name })),
      groups: [{ name: d.theme, title: d.theme }],
      extras: [
        { key: "accrualPeriodicity", value: d.periodicity },
        { key: "superTheme", value: JSON.stringify([d.theme.toUpperCase()]) },
        { key: "language", value: '["spa"]' },
        { key: "issued", value: created },
      ],
      resources: [
        {
          id: `ciudata-muestra-${d.name}-csv`,
          package_id: `ciudata-muestra-${d.name}`,
          name: d.file,
          description: d.notes,
          format: "CSV",
          mimetype: "text/csv",
          url: path,
          size: new TextEncoder().encode(text).byteLength,
          datastore_active: true,
          created,
          last_modified: created,
          attributesDescription: JSON.stringify(d.fields),
        },
      ],
      num_resources: 1,
    };
  });
  return {
    snapshot: {
      format: "ciudata-portal-snapshot/1",
      title: "Portal de datos abiertos de ejemplo (Mendoza, sintético)",
      description:
        "Catálogo de muestra generado por ciudata: datos sintéticos para demostraciones y hackatones sin conexión.",
      source: null,
      organizations: ORGS,
      datasets,
    },
    files,
  };
}

const ORGS = [
  org("desarrollo-urbano", "Secretaría de Desarrollo Urbano", "Planeamiento y territorio (ejemplo)."),
  org("atencion-ciudadana", "Dirección de Atención Ciudadana", "Reclamos y pedidos de vecinos (ejemplo)."),
  org("desarrollo-humano", "Secretaría de Desarrollo Humano", "Programas sociales (ejemplo)."),
];
