import { foldValue, isSentinel, oneByte } from "./text";

/** Abbreviations of street words, anywhere in an address (folded, without their dots). */
const WORDS: Readonly<Record<string, string>> = {
  AV: "AVENIDA",
  AVE: "AVENIDA",
  AVDA: "AVENIDA",
  AVD: "AVENIDA",
  AVEN: "AVENIDA",
  CLL: "CALLE",
  CALZ: "CALZADA",
  CZDA: "CALZADA",
  BV: "BULEVAR",
  BVD: "BULEVAR",
  BVAR: "BULEVAR",
  BLVD: "BULEVAR",
  BLVR: "BULEVAR",
  BOULEVARD: "BULEVAR",
  BOULEVAR: "BULEVAR",
  PJE: "PASAJE",
  PSJE: "PASAJE",
  GRAL: "GENERAL",
  STA: "SANTA",
  STO: "SANTO",
  PRES: "PRESIDENTE",
  DR: "DOCTOR",
  ING: "INGENIERO",
  TTE: "TENIENTE",
  CNEL: "CORONEL",
  DPTO: "DEPARTAMENTO",
  DEPTO: "DEPARTAMENTO",
  DTO: "DEPARTAMENTO",
  FRACC: "FRACCIONAMIENTO",
  PROL: "PROLONGACION",
  CARR: "CARRETERA",
  CRA: "CARRERA",
  KRA: "CARRERA",
  DIAG: "DIAGONAL",
  TRANSV: "TRANSVERSAL",
  ESQ: "ESQUINA",
  MZ: "MANZANA",
  MZA: "MANZANA",
  LT: "LOTE",
  KM: "KILOMETRO",
  BO: "BARRIO",
  PCA: "PRACA",
  CDA: "CERRADA",
  PRIV: "PRIVADA",
  PVDA: "PRIVADA",
  AND: "ANDADOR",
  CJON: "CALLEJON",
  CJN: "CALLEJON",
  RET: "RETORNO",
  CIRC: "CIRCUITO",
  UNID: "UNIDAD",
  HAB: "HABITACIONAL",
  COL: "COLONIA",
  TRAV: "TRAVESSA",
};

/** {@link WORDS} as a map: looking a word up never makes V8 intern it as a property name. */
const WORD_MAP: ReadonlyMap<string, string> = new Map(Object.entries(WORDS));

/** Abbreviations read only as the first word, where they name the kind of street (C. Mayor, R. Augusta). */
const FIRST: Readonly<Record<string, string>> = { C: "CALLE", CL: "CALLE", R: "RUA" };

/** Signs of a number (#, °, º): most addresses have none, and skip the patterns that read them. */
const MARKS = /[#°º]/u;

/** Words that only say "number" before one (Nº 123, No. 123, # 123): dropped. */
const NUMBER_MARKS: ReadonlySet<string> = new Set(["N", "NO", "NRO", "NUM", "NUMERO"]);

/**
 * Standardises an address: folded like every field, street words expanded (Av./Avda → AVENIDA, C./Cll
 * → CALLE, Calz. → CALZADA, Bv./Blvd → BULEVAR, Pje → PASAJE, Gral. → GENERAL, Sta → SANTA, Cda. →
 * CERRADA, Priv. → PRIVADA, Col. → COLONIA…), the marks of a number dropped (Nº 123, No. 123, #123)
 * and "S/N" read as SIN NUMERO.
 *
 * @example
 * ```ts
 * standardiseAddress("Av. San Martín Nº 123"); //=> "AVENIDA SAN MARTIN 123"
 * standardiseAddress("Avenida San Martin 123"); //=> "AVENIDA SAN MARTIN 123"
 * standardiseAddress("Calz. de Tlalpan s/n"); //=> "CALZADA DE TLALPAN SIN NUMERO"
 * ```
 */
export function standardiseAddress(raw: string): string | null {
  // Most addresses hold none of these marks: look before running the patterns.
  let text = raw;
  if (text.includes("/")) text = text.replace(/\bs\s*\/\s*n\b/giu, " SIN NUMERO ");
  if (MARKS.test(text)) text = text.replace(/\bn\s*[°º]/giu, " NO ").replace(/[#°º]/gu, " NO ");
  const folded = foldValue(text);
  if (isSentinel(folded)) return null;
  const words = folded.split(" ");
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (NUMBER_MARKS.has(w) && /^\d/.test(words[i + 1] ?? "")) {
      changed = true;
      continue;
    }
    // Numbers (most words after the street's name) are never abbreviations.
    const code = w.charCodeAt(0);
    const expanded =
      code >= 48 && code <= 57 ? undefined : ((i === 0 ? FIRST[w] : undefined) ?? WORD_MAP.get(w));
    if (expanded !== undefined) changed = true;
    out.push(expanded ?? w);
  }
  const joined = out.join(" ");
  if (joined === "") return null;
  // V8 joins an expanded word and the cut ones into a two-byte string: copied, it takes half the memory.
  return changed ? oneByte(joined) : joined;
}
