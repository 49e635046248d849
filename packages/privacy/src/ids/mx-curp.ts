import { cleanId, fail, isoDate, isValidDate, pass } from "./clean";
import type { IdDefinition } from "./types";

const compact = (v: string) => cleanId(v, "-_ ");
const SHAPE = /^[A-Z]{4}[0-9]{6}[A-Z]{6}[0-9A-Z][0-9]$/;
const ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
/** Words RENAPO never issues as the first four letters (python-stdnum's list). */
const BLOCKED = new Set(
  (
    "BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA " +
    "GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO " +
    "LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO " +
    "PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY"
  ).split(" "),
);
/** Birth states (the 32 entities) and NE, born abroad. */
export const CURP_STATES: ReadonlySet<string> = new Set(
  "AS BC BS CC CH CL CM CS DF DG GR GT HG JC MC MN MS NE NL NT OC PL QR QT SL SP SR TC TL TS VZ YN ZS".split(
    " ",
  ),
);

/**
 * The CURP check digit of the first 17 characters.
 *
 * @example
 * ```ts
 * curpCheckDigit("BAAD890419HMNRRV0"); //=> "7"
 * ```
 */
export function curpCheckDigit(body: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += ALPHABET.indexOf(body[i] ?? "0") * (18 - i);
  return String((10 - (s % 10)) % 10);
}

function birth(n: string): { year: number; month: number; day: number } {
  const yy = Number(n.slice(4, 6));
  const century = /[0-9]/.test(n[16] ?? "") ? 1900 : 2000;
  return { year: century + yy, month: Number(n.slice(6, 8)), day: Number(n.slice(8, 10)) };
}

/**
 * Mexican CURP: 4 letters + birth date + sex (H, M, or X for non-binary people) + state + 3 consonants
 * + homonym character + check digit. It embeds birth date, sex and birth state: treat it as a direct
 * identifier AND quasi-identifiers.
 *
 * @example
 * ```ts
 * MX_CURP.validate("BAAD890419HMNRRV07").valid; //=> true
 * MX_CURP.embeds("BAAD890419HMNRRV07"); //=> { birthDate: "1989-04-19", sex: "H", state: "MN" }
 * ```
 */
export const MX_CURP: IdDefinition = {
  type: "mx.curp",
  country: "MX",
  label: "CURP",
  checkDigit: true,
  defaultKind: "person",
  compact,
  validate(value) {
    const n = compact(value);
    if (n.length !== 18) return fail(n, "length");
    if (!SHAPE.test(n)) return fail(n, "format");
    if (BLOCKED.has(n.slice(0, 4))) return fail(n, "component");
    const b = birth(n);
    if (!isValidDate(b.year, b.month, b.day)) return fail(n, "component");
    if (!"HMX".includes(n[10] as string)) return fail(n, "component");
    if (!CURP_STATES.has(n.slice(11, 13))) return fail(n, "component");
    if (curpCheckDigit(n) !== n[17]) return fail(n, "checksum");
    return pass(n);
  },
  format: (value) => compact(value),
  kind: (value) => (MX_CURP.validate(value).valid ? "person" : null),
  embeds(value) {
    const n = compact(value);
    if (!MX_CURP.validate(n).valid) return null;
    const b = birth(n);
    return { birthDate: isoDate(b.year, b.month, b.day), sex: n[10] as string, state: n.slice(11, 13) };
  },
};
