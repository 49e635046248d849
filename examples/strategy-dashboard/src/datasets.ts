// Three small datasets of the city's data inventory, made up here (nobody and nothing real is in them):
// deterministic, so the page shows the same scores on every machine. Two carry the mistakes real files
// have. Replace `csv` with your own files (a `File` from an <input type="file"> or a `fetch` response body).

/** One dataset of the inventory, with the Table Schema it is published with. */
export interface InventoryDataset {
  id: string;
  title: { es: string; en: string; pt: string };
  csv: string;
  schema: Record<string, unknown>;
}

/** A tiny deterministic random generator (same numbers on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const SECCIONES = ["Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta"];

function streetTrees(): string {
  const rand = random(2024);
  const species = ["Plátano", "Fresno", "Morera", "Acacia visco", "Olmo"];
  const lines = ["id,especie,seccion,altura_m,fecha_censo"];
  for (let i = 1; i <= 40; i++) {
    const especie = species[Math.floor(rand() * species.length)];
    const seccion = SECCIONES[Math.floor(rand() * SECCIONES.length)];
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
    lines.push(`${i},${especie},${seccion},${(3 + rand() * 17).toFixed(1)},2024-03-${day}`);
  }
  lines.push("40,Fresno,Tercera,12.5,2024-03-15"); // a repeated id
  lines.push("42,Plátano,Cuarta,alto,2024-03-16"); // a height in words
  return `${lines.join("\n")}\n`;
}

function complaints(): string {
  const rand = random(311);
  // The same category spelt three ways, as when each office types it by hand.
  const categories = ["Alumbrado", "Baches", "Residuos", "Arbolado", "alumbrado", "ALUMBRADO"];
  const states = ["abierto", "en curso", "resuelto"];
  const lines = ["id,fecha,categoria,seccion,estado"];
  for (let i = 1; i <= 50; i++) {
    const month = String(1 + Math.floor(rand() * 9)).padStart(2, "0");
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
    const fecha = i % 17 === 0 ? "" : `2024-${month}-${day}`; // a few without a date
    const categoria = categories[Math.floor(rand() * categories.length)];
    const seccion = SECCIONES[Math.floor(rand() * SECCIONES.length)];
    lines.push(`${i},${fecha},${categoria},${seccion},${states[Math.floor(rand() * states.length)]}`);
  }
  return `${lines.join("\n")}\n`;
}

function busStops(): string {
  const rand = random(5500);
  const lines = ["id,linea,latitud,longitud"];
  for (let i = 1; i <= 30; i++) {
    const lat = (-32.9 + rand() * 0.04).toFixed(5);
    const lon = (-68.87 + rand() * 0.05).toFixed(5);
    lines.push(`${i},${100 + Math.floor(rand() * 12)},${lat},${lon}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The inventory's sample datasets, in the order the page shows them. */
export const DATASETS: readonly InventoryDataset[] = [
  {
    id: "arbolado-publico",
    title: { es: "Arbolado público", en: "Street trees", pt: "Arborização pública" },
    csv: streetTrees(),
    schema: {
      fields: [
        { name: "id", type: "integer", constraints: { required: true } },
        { name: "especie", type: "string" },
        { name: "seccion", type: "string" },
        { name: "altura_m", type: "number", constraints: { minimum: 0, maximum: 60 } },
        { name: "fecha_censo", type: "date" },
      ],
      primaryKey: ["id"],
    },
  },
  {
    id: "reclamos-vecinales",
    title: { es: "Reclamos vecinales", en: "Residents' complaints", pt: "Reclamações dos moradores" },
    csv: complaints(),
    schema: {
      fields: [
        { name: "id", type: "integer", constraints: { required: true } },
        { name: "fecha", type: "date", constraints: { required: true } },
        { name: "categoria", type: "string" },
        { name: "seccion", type: "string" },
        { name: "estado", type: "string", constraints: { enum: ["abierto", "en curso", "resuelto"] } },
      ],
      primaryKey: ["id"],
    },
  },
  {
    id: "paradas-colectivo",
    title: { es: "Paradas de colectivo", en: "Bus stops", pt: "Pontos de ônibus" },
    csv: busStops(),
    schema: {
      fields: [
        { name: "id", type: "integer", constraints: { required: true } },
        { name: "linea", type: "integer" },
        { name: "latitud", type: "number", constraints: { minimum: -90, maximum: 90 } },
        { name: "longitud", type: "number", constraints: { minimum: -180, maximum: 180 } },
      ],
      primaryKey: ["id"],
    },
  },
];
