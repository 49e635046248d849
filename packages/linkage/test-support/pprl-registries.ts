import { seededRandom } from "@ciudata/core";
// Small synthetic Latin American registries for the privacy-preserving tests: common surnames with
// frequencies, given names, and pairs of registries with typos and known truth. Test support only.

import type { Records } from "../src/types";

/** Frequent Latin American surnames, commonest first (rank order from national registries, approximate). */
const REAL_SURNAMES =
  `GONZALEZ RODRIGUEZ GOMEZ FERNANDEZ LOPEZ DIAZ MARTINEZ PEREZ GARCIA SANCHEZ ROMERO SOSA TORRES
ALVAREZ RUIZ RAMIREZ FLORES BENITEZ ACOSTA MEDINA HERRERA SUAREZ AGUIRRE GIMENEZ GUTIERREZ PEREYRA ROJAS MOLINA
CASTRO ORTIZ SILVA NUNEZ LUNA JUAREZ CABRERA RIOS FERREYRA GODOY MORALES DOMINGUEZ MORENO PERALTA VEGA CARRIZO
QUIROGA CASTILLO LEDESMA MUNOZ OJEDA PONCE VERA VAZQUEZ VILLALBA CARDOZO NAVARRO RAMOS ARIAS CORONEL CORDOBA
FIGUEROA CORREA CACERES VARGAS MALDONADO MENDOZA REYES CRUZ HERNANDEZ JIMENEZ CHAVEZ MENDEZ GUZMAN SALAZAR AGUILAR
ORTEGA DELGADO CASTANEDA ESPINOZA VALENZUELA CONTRERAS SEPULVEDA FUENTES MUNIZ ARAYA SOTO MORA CARVAJAL PINTO
TAPIA ZUNIGA OLIVARES CORTES LEIVA VALDES PIZARRO SAAVEDRA GALLARDO VELASQUEZ QUISPE MAMANI CONDORI HUAMAN CHOQUE
TICONA APAZA CCAMA FLORES CARDENAS PAREDES ESPINOSA CAMPOS VILLEGAS SANDOVAL GUERRERO RIVERA SOLIS PACHECO LARA
MEJIA OSORIO CARDONA GIRALDO HENAO ZAPATA OCAMPO BETANCUR ARANGO LONDONO VALENCIA QUINTERO CIFUENTES BERMUDEZ
OROZCO PARRA BARRERA ESCOBAR MONTOYA SALINAS BRAVO ROMAN CALDERON CISNEROS DUARTE ROCHA SANTOS OLIVEIRA SOUZA`
    .split(/\s+/)
    .filter((s, i, all) => s !== "" && all.indexOf(s) === i);

const ONSETS = [
  "B",
  "C",
  "CH",
  "D",
  "F",
  "G",
  "GU",
  "J",
  "L",
  "LL",
  "M",
  "N",
  "P",
  "QU",
  "R",
  "S",
  "T",
  "V",
  "Z",
];
const VOWELS = ["A", "E", "I", "O", "U"];
const ENDINGS = [
  "EZ",
  "ES",
  "AS",
  "OS",
  "ADA",
  "EDO",
  "ERA",
  "ERO",
  "ILLA",
  "INO",
  "ON",
  "AN",
  "AR",
  "IZ",
  "ANO",
  "ENA",
];

const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;

/**
 * The `n` commonest surnames with their shares (Zipf: the k-th has weight 1/k): the real ones above
 * first, then plausible Spanish-sounding ones (onset + vowel + onset + ending: "BALEDO", "QUIROS").
 */
export function commonSurnames(n = 1000): { surname: string; share: number }[] {
  const names = [...REAL_SURNAMES];
  const seen = new Set(names);
  const next = seededRandom(7);
  while (names.length < n) {
    const name = pick(ONSETS, next) + pick(VOWELS, next) + pick(ONSETS, next) + pick(ENDINGS, next);
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  const top = names.slice(0, n);
  const total = top.reduce((sum, _, k) => sum + 1 / (k + 1), 0);
  return top.map((surname, k) => ({ surname, share: 1 / (k + 1) / total }));
}

const GIVEN =
  `MARIA JOSE JUAN ANA LUIS CARLOS JORGE ROSA CARMEN MIGUEL PEDRO LAURA SOFIA VALENTINA CAMILA LUCIA
DANIEL DIEGO ANDRES PABLO ELENA MARTA PATRICIA GABRIELA FERNANDO RICARDO ALEJANDRO SANTIAGO MATEO ISABEL TERESA
GUADALUPE VICTOR RAUL HECTOR SILVIA NORMA BEATRIZ CLAUDIA VERONICA ADRIANA MONICA JAVIER SERGIO OSCAR ALBERTO
MARIO ROBERTO EDUARDO FRANCISCO ANTONIO MANUEL RAFAEL ENRIQUE ESTEBAN LORENA PAOLA NATALIA XIMENA JIMENA`
    .split(/\s+/)
    .filter((s) => s !== "");

/** One person's identifying fields, standardised (upper case, no accents). */
export interface Person {
  given: string;
  surname1: string;
  surname2: string | null;
  birthDate: string;
  sex: string;
}

/** Draws a surname by its share. */
function surnameSampler(next: () => number): () => string {
  const list = commonSurnames(1000);
  const cumulative: number[] = [];
  let sum = 0;
  for (const s of list) {
    sum += s.share;
    cumulative.push(sum);
  }
  return () => {
    const u = next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return (list[lo] as { surname: string }).surname;
  };
}

/** `n` people with surnames drawn by frequency, given names, birth dates 1940–2009 and sex. */
export function people(n: number, seed = 1): Person[] {
  const next = seededRandom(seed);
  const surname = surnameSampler(next);
  return Array.from({ length: n }, () => {
    const y = 1940 + Math.floor(next() * 70);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    return {
      given: next() < 0.2 ? `${pick(GIVEN, next)} ${pick(GIVEN, next)}` : pick(GIVEN, next),
      surname1: surname(),
      surname2: next() < 0.9 ? surname() : null,
      birthDate: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      sex: next() < 0.5 ? "F" : "M",
    };
  });
}

/** One typo: a letter replaced, dropped, doubled or two neighbours swapped. */
export function typo(value: string, next: () => number): string {
  if (value.length < 3) return value;
  const i = 1 + Math.floor(next() * (value.length - 2));
  const kind = Math.floor(next() * 4);
  if (kind === 0) return value.slice(0, i) + pick(["A", "E", "S", "Z", "N", "R"], next) + value.slice(i + 1);
  if (kind === 1) return value.slice(0, i) + value.slice(i + 1);
  if (kind === 2) return value.slice(0, i) + (value[i] as string) + value.slice(i);
  return value.slice(0, i - 1) + (value[i] as string) + (value[i - 1] as string) + value.slice(i + 1);
}

/** The same person as another registry writes them: typos, a lost second surname, day and month swapped. */
export function noisyCopy(p: Person, next: () => number): Person {
  let birthDate = p.birthDate;
  const day = Number(birthDate.slice(8));
  if (next() < 0.05 && day <= 12)
    birthDate = `${birthDate.slice(0, 5)}${birthDate.slice(8)}-${birthDate.slice(5, 7)}`;
  return {
    given: next() < 0.15 ? typo(p.given, next) : p.given,
    surname1: next() < 0.15 ? typo(p.surname1, next) : p.surname1,
    surname2:
      p.surname2 === null || next() < 0.1 ? null : next() < 0.15 ? typo(p.surname2, next) : p.surname2,
    birthDate,
    sex: p.sex,
  };
}

/** The list in a random order (Fisher–Yates), in place. */
export function shuffle<T>(list: T[], next: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/** People as standardised {@link Records}, ids `<prefix><k>`. */
export function asRecords(source: string, list: readonly Person[], ids: readonly string[]): Records {
  return {
    source,
    ids,
    rows: list.map((_, i) => i + 1),
    fields: {
      given: list.map((p) => p.given),
      surname1: list.map((p) => p.surname1),
      surname2: list.map((p) => p.surname2),
      birthDate: list.map((p) => p.birthDate),
      sex: list.map((p) => p.sex),
    },
  };
}

/**
 * Two registries of the same programme area: `a` has `n` people, `b` has `overlap` of them (noisy copies,
 * shuffled, their own ids) and `n − overlap` others. `truth` lists the true (a id, b id) pairs.
 */
export function registryPair(
  n: number,
  overlap: number,
  seed = 1,
): { a: Records; b: Records; truth: [string, string][] } {
  const next = seededRandom(seed * 7919);
  const base = people(n * 2 - overlap, seed);
  const left = base.slice(0, n);
  const shared = left.slice(0, overlap).map((p) => noisyCopy(p, next));
  const right = [...shared, ...base.slice(n)];
  const order = shuffle(
    right.map((_, i) => i),
    next,
  );
  const rightIds = order.map((_, k) => `b${k + 1}`);
  const truth: [string, string][] = [];
  const rightPeople: Person[] = [];
  order.forEach((from, k) => {
    rightPeople.push(right[from] as Person);
    if (from < overlap) truth.push([`a${from + 1}`, rightIds[k] as string]);
  });
  return {
    a: asRecords(
      "a",
      left,
      left.map((_, i) => `a${i + 1}`),
    ),
    b: asRecords("b", rightPeople, rightIds),
    truth,
  };
}
