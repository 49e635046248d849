#!/usr/bin/env node
// Writes a synthetic municipal social-program registry (no real person in it) for benchmarks:
// `node bench/generate.mjs [rows=1000000] [out=bench/data/registro-1m.csv]`.
// Same seed, same bytes: the file is reproducible and never committed (bench/data is gitignored).
import { createWriteStream, mkdirSync, renameSync } from "node:fs";
import { dirname, resolve } from "node:path";

const rows = Number(process.argv[2] ?? 1_000_000);
const out = resolve(process.argv[3] ?? new URL("./data/registro-1m.csv", import.meta.url).pathname);

// Mulberry32: small deterministic PRNG.
let seed = 20261122;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(rand() * list.length)];
const pad = (n, w) => String(n).padStart(w, "0");

const apellidos = [
  "González",
  "Rodríguez",
  "Gómez",
  "Fernández",
  "López",
  "Díaz",
  "Martínez",
  "Pérez",
  "García",
  "Sánchez",
  "Romero",
  "Sosa",
  "Álvarez",
  "Torres",
  "Ruiz",
  "Ramírez",
  "Flores",
  "Benítez",
  "Acosta",
  "Medina",
  "Núñez",
  "Ibáñez",
];
const nombres = [
  "María",
  "José",
  "Ana",
  "Juan",
  "Lucía",
  "Carlos",
  "Sofía",
  "Martín",
  "Valentina",
  "Diego",
  "Camila",
  "Lautaro",
  "Florencia",
  "Matías",
  "Agustina",
  "Nicolás",
];
const barrios = [
  "Centro",
  "Bombal",
  "Parque Central",
  "La Favorita",
  "San Agustín",
  "Cuarta Sección",
  "Quinta Sección",
  "Sexta Sección",
  "Barrio Cívico",
  "Los Cerros",
  "Ciudad Universitaria",
  "Dalvian",
];
const departamentos = [
  "50007",
  "50014",
  "50021",
  "50028",
  "50035",
  "50042",
  "50049",
  "50056",
  "50063",
  "50070",
  "50077",
  "50084",
  "50091",
  "50098",
  "50105",
  "50112",
  "50119",
  "50126",
];
const sexos = ["F", "M", "X", "F", "M"];
const programas = ["Alimentar", "Becas", "Adultos Mayores", "Primera Infancia", "Empleo Joven"];

mkdirSync(dirname(out), { recursive: true });
const tmp = `${out}.tmp-${process.pid}`;
const stream = createWriteStream(tmp);
const header =
  "id;dni;apellido;nombre;sexo;fecha_nacimiento;barrio;departamento;programa;monto;fecha_alta;activo\n";
stream.write(header);
let buffer = "";
for (let i = 1; i <= rows; i++) {
  const dni = pad(10_000_000 + Math.floor(rand() * 40_000_000), 8);
  const birth = `${pad(1 + Math.floor(rand() * 28), 2)}/${pad(1 + Math.floor(rand() * 12), 2)}/${1940 + Math.floor(rand() * 66)}`;
  const cents = Math.floor(rand() * 250_000_00);
  const pesos = Math.floor(cents / 100);
  const monto = `${pesos.toLocaleString("de-DE")},${pad(cents % 100, 2)}`;
  const alta = `20${pad(18 + Math.floor(rand() * 8), 2)}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
  const apellido = rand() < 0.3 ? `${pick(apellidos)} ${pick(apellidos)}` : pick(apellidos);
  buffer += `${i};${dni};${apellido};${pick(nombres)};${pick(sexos)};${birth};${pick(barrios)};${pick(departamentos)};${pick(programas)};${monto};${alta};${rand() < 0.8 ? "si" : "no"}\n`;
  if (buffer.length > 1 << 20) {
    if (!stream.write(buffer)) await new Promise((r) => stream.once("drain", r));
    buffer = "";
  }
}
stream.write(buffer);
await new Promise((r, j) => stream.end((e) => (e ? j(e) : r())));
renameSync(tmp, out);
console.log(`wrote ${rows} rows to ${out}`);
