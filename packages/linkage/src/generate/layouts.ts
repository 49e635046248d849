// The two registries' own layouts and notations: A like a Mexican social programme (separate name
// columns, upper case, dd/mm/yyyy, H/M), B like another programme (one name column, title case,
// yyyy-mm-dd, F/M/Femenino…). Each copy draws its notation (phone, address abbreviations) at random.

import { foldAccents } from "@ciudata/core";
import type { Written } from "./errors";
import { chance, pick, type Rng } from "./random";

/** How registry B writes names: "APELLIDOS, NOMBRES" in one column, or the full name given names first. */
export type NameLayout = "surnames-first" | "given-first";

/** The header of registry A. */
export const HEADER_A = [
  "FOLIO",
  "CURP",
  "NOMBRE(S)",
  "PRIMER APELLIDO",
  "SEGUNDO APELLIDO",
  "FECHA DE NACIMIENTO",
  "SEXO",
  "TELEFONO",
  "DOMICILIO",
  "ALCALDIA",
] as const;

/** The header of registry B for a name layout. */
export const headerB = (names: NameLayout): string[] => [
  "id",
  names === "surnames-first" ? "apellidos_nombres" : "nombre_completo",
  "fecha_nac",
  "sexo",
  "documento",
  "celular",
  "direccion",
  "municipio",
];

/** The id of row `row` (0-based) of registry A or B. */
export const idOf = (side: "a" | "b", row: number): string =>
  side === "a" ? `BS-${String(row + 1).padStart(7, "0")}` : String(2_000_001 + row);

const PARTICLES = new Set(["DE", "DEL", "LA", "LAS", "LOS", "Y"]);

const titled = new Map<string, string>();

/** Title case with lower-case particles inside a name: `DE LA CRUZ PÉREZ` → `De la Cruz Pérez`. */
export function titleCase(upper: string): string {
  let t = titled.get(upper);
  if (t === undefined) {
    t = toTitle(upper);
    if (titled.size < 50_000) titled.set(upper, t);
  }
  return t;
}

function toTitle(upper: string): string {
  return upper
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && PARTICLES.has(w.toUpperCase()) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

const STREET_WORDS: Readonly<Record<string, readonly string[]>> = {
  CALLE: ["CALLE", "CALLE", "C.", ""],
  AVENIDA: ["AVENIDA", "AV.", "AV", "AVE."],
  CALZADA: ["CALZADA", "CALZ."],
  CERRADA: ["CERRADA", "CDA.", "CDA"],
  PRIVADA: ["PRIVADA", "PRIV.", "PRIV"],
  ANDADOR: ["ANDADOR", "AND."],
};

function address(rng: Rng, w: Written): string {
  const { type, name, number, colonia } = w.street;
  const kind = pick(rng, STREET_WORDS[type] ?? [type]);
  const num = pick(rng, [
    `${number}`,
    `${number}`,
    `NO. ${number}`,
    `#${number}`,
    `NUM. ${number}`,
    `MZ ${Math.ceil(number / 20)} LT ${number}`,
  ]);
  const col = pick(rng, [`COL. ${colonia}`, `COL. ${colonia}`, `COLONIA ${colonia}`, colonia]);
  return `${kind === "" ? "" : `${kind} `}${name} ${num}${chance(rng, 0.6) ? ", " : " "}${col}`;
}

function phone(rng: Rng, digits: string, mobile: boolean): string {
  const [a, b, c] = [digits.slice(0, 2), digits.slice(2, 6), digits.slice(6)];
  const forms = [
    digits,
    `${a} ${b} ${c}`,
    `${a}-${b}-${c}`,
    `(${a}) ${b} ${c}`,
    `+52 ${a} ${b} ${c}`,
    `+52${digits}`,
  ];
  if (mobile) forms.push(`044 ${a} ${b} ${c}`, `+52 1 ${a} ${b} ${c}`, `045${digits}`);
  return pick(rng, forms);
}

const folded = new Map<string, string>();
/** The text with or without accents as the copy writes it (folding memoised: names repeat a lot). */
function accents(w: Written, s: string): string {
  if (w.accents) return s;
  let f = folded.get(s);
  if (f === undefined) {
    f = foldAccents(s);
    if (folded.size < 50_000) folded.set(s, f);
  }
  return f;
}
const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A row of registry A. */
export function rowA(rng: Rng, w: Written, id: string): string[] {
  return [
    id,
    w.curp ?? "",
    accents(w, w.given),
    accents(w, w.surname1),
    w.surname2 === null ? "" : accents(w, w.surname2),
    w.birthDate === null ? "" : dmy(w.birthDate),
    w.sex === null ? "" : w.sex === "F" ? "M" : "H",
    w.phone === null ? "" : phone(rng, w.phone, false),
    accents(w, address(rng, w)),
    accents(w, w.alcaldia),
  ];
}

const SEX_B: readonly (readonly [string, string])[] = [
  ["F", "M"],
  ["F", "M"],
  ["Femenino", "Masculino"],
  ["Mujer", "Hombre"],
];

/** A row of registry B. */
export function rowB(rng: Rng, w: Written, id: string, names: NameLayout): string[] {
  const given = titleCase(accents(w, w.given));
  const surnames = titleCase(accents(w, w.surname2 === null ? w.surname1 : `${w.surname1} ${w.surname2}`));
  const [female, male] = pick(rng, SEX_B) as readonly [string, string];
  const doc = w.curp === null ? "" : chance(rng, 0.05) ? w.curp.toLowerCase() : w.curp;
  return [
    id,
    names === "surnames-first" ? `${surnames}, ${given}` : `${given} ${surnames}`,
    w.birthDate ?? "",
    w.sex === null ? "" : w.sex === "F" ? female : male,
    doc,
    w.phone === null ? "" : phone(rng, w.phone, true),
    titleCase(accents(w, address(rng, w))),
    titleCase(accents(w, w.alcaldia)),
  ];
}
