// Two small registries of the same city for the tests of `ciudata link` and `ciudata dedupe`: 30 people
// in the left one (folio, separate names, a day-first date, CURP-like ids), 25 of them again in the right
// one with another layout (one full-name column, ISO dates) and the usual damage (a typo in a surname, a
// missing second surname, day and month swapped, a missing id), plus 5 people only on the right. The
// truth pairs are known. Synthetic names: no real person.
/** @internal */
export interface Registries {
  left: string;
  right: string;
  /** `left,right` pairs of ids. */
  truth: string;
  /** Every value written in a name, date or id column (for the "never in clear" checks). */
  personal: string[];
}

const GIVEN = [
  "María José",
  "Juan Carlos",
  "Guadalupe",
  "Ana Lucía",
  "José Luis",
  "Rosa",
  "Carmen",
  "Miguel Ángel",
  "Lucía",
  "Pedro",
  "Sofía",
  "Diego",
];
const SURNAMES = [
  "Pérez",
  "García",
  "Hernández",
  "López",
  "Martínez",
  "González",
  "Rodríguez",
  "Sánchez",
  "Ramírez",
  "Torres",
  "Flores",
  "Rivera",
  "Gómez",
  "Díaz",
  "Cruz",
  "Morales",
  "Ortiz",
  "Castillo",
  "Vargas",
  "Romero",
];

/** A small deterministic generator (no Math.random: the fixture is the same on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const pad = (n: number) => String(n).padStart(2, "0");

interface Person {
  given: string;
  s1: string;
  s2: string;
  year: number;
  month: number;
  day: number;
  sex: string;
  id: string;
}

function people(n: number, r: () => number): Person[] {
  return Array.from({ length: n }, (_, i) => ({
    given: pick(r, GIVEN),
    s1: SURNAMES[i % SURNAMES.length] as string,
    s2: pick(r, SURNAMES),
    year: 1950 + Math.floor(r() * 55),
    month: 1 + Math.floor(r() * 12),
    day: 1 + Math.floor(r() * 28),
    sex: r() < 0.5 ? "F" : "M",
    id: String(20_000_000 + Math.floor(r() * 9_000_000)),
  }));
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const line = (cells: readonly string[]) => cells.map(csvCell).join(",");

/**
 * The two registries and their truth.
 *
 * @example
 * ```ts
 * const { left, right, truth } = registries();
 * ```
 * @internal
 */
export function registries(seed = 7): Registries {
  const r = rng(seed);
  const all = people(35, r);
  const personal: string[] = [];
  const leftRows = [
    line(["folio", "nombre", "apellido_paterno", "apellido_materno", "fecha_nacimiento", "sexo", "dni"]),
  ];
  all.slice(0, 30).forEach((p, i) => {
    const date = `${pad(p.day)}/${pad(p.month)}/${p.year}`;
    personal.push(p.given, p.s1, p.s2, date, p.id);
    leftRows.push(line([`A${100 + i}`, p.given, p.s1, p.s2, date, p.sex, p.id]));
  });
  const rightRows = [line(["id", "nombre_completo", "fecha_nac", "sexo", "documento"])];
  const truth = ["left,right"];
  const rightPeople = [
    ...all.slice(0, 25).map((p, i) => ({ p, left: `A${100 + i}` })),
    ...all.slice(30).map((p) => ({ p, left: "" })),
  ];
  rightPeople.forEach(({ p, left }, k) => {
    let s1 = p.s1;
    let s2 = p.s2;
    let month = p.month;
    let day = p.day;
    let id = p.id;
    if (k % 7 === 1) s1 = `${s1.slice(0, -2)}${s1.at(-1)}${s1.at(-2)}`; // a typo: two letters swapped
    if (k % 7 === 3) s2 = ""; // no second surname
    if (k % 7 === 5 && day <= 12) [day, month] = [month, day]; // day and month swapped
    if (k % 7 === 6) id = ""; // no id
    const full = `${p.given} ${s1}${s2 ? ` ${s2}` : ""}`;
    const date = `${p.year}-${pad(month)}-${pad(day)}`;
    const rid = `B${500 + k}`;
    personal.push(full, s1, date);
    rightRows.push(line([rid, full, date, p.sex, id]));
    if (left) truth.push(`${left},${rid}`);
  });
  return {
    left: `${leftRows.join("\n")}\n`,
    right: `${rightRows.join("\n")}\n`,
    truth: `${truth.join("\n")}\n`,
    personal: [...new Set(personal.filter((v) => v !== ""))],
  };
}
