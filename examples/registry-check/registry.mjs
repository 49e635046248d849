// A synthetic social-programme registry (no real person in it): deterministic, so the example's output
// is the same on every machine. A few rows carry the mistakes a real registry has.

const SECCIONES = ["Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta"];
const SEXOS = ["Mujer", "Varón", "mujer", "F", "M", "X", "s/d"];

/**
 * The registry as CSV text.
 *
 * @param {number} rows how many people
 * @returns {string}
 */
export function registryCsv(rows = 500) {
  let seed = 20261122;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const lines = ["id,seccion,sexo,edad,integrantes_hogar,monto"];
  for (let i = 1; i <= rows; i++) {
    const edad = 18 + Math.floor(rand() * 70);
    const monto = (15000 + Math.floor(rand() * 40) * 500).toFixed(2);
    lines.push(`${i},${pick(SECCIONES)},${pick(SEXOS)},${edad},${1 + Math.floor(rand() * 6)},${monto}`);
  }
  lines.push(`${rows},Primera,Mujer,40,2,18000.00`); // a repeated id
  lines.push(`${rows + 2},Segunda,Mujer,cuarenta,3,18000.00`); // an age written in words
  return `${lines.join("\n")}\n`;
}

/** The Table Schema the city publishes with the registry. */
export const SCHEMA = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true } },
    { name: "seccion", type: "string" },
    { name: "sexo", type: "string" },
    { name: "edad", type: "integer", constraints: { minimum: 0, maximum: 120 } },
    { name: "integrantes_hogar", type: "integer", constraints: { minimum: 1 } },
    { name: "monto", type: "number", constraints: { minimum: 0 } },
  ],
  primaryKey: ["id"],
  missingValues: ["", "s/d"],
};
