import { cleanId, fail, isoDate, isValidDate, pass } from "./clean";
import type { IdDefinition, IdValidation } from "./types";

const compact = (v: string) => cleanId(v, "-_ ");
const PERSON = /^[A-Z&Ñ]{4}[0-9]{6}[0-9A-Z]{0,3}$/;
const COMPANY = /^[A-Z&Ñ]{3}[0-9]{6}[0-9A-Z]{3}$/;
const HOMOCLAVE = /^[1-9A-V][1-9A-Z][0-9A]$/;
const ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
const BLOCKED = new Set(
  (
    "BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COJA COJE COJI COJO CULO FETO GUEY JOTO KACA KACO KAGA KAGO " +
    "KAKA KOGE KOJO KULO MAME MAMO MEAR MEAS MEON MION MOCO MULA PEDA PEDO PENE PUTA PUTO QULO RATA RUIN"
  ).split(" "),
);

/**
 * The RFC check character of the first 11 (company) or 12 (person) characters.
 *
 * @example
 * ```ts
 * rfcCheckDigit("AAAA791128D6"); //=> "3"
 * ```
 */
export function rfcCheckDigit(body: string): string {
  const padded = `   ${body}`.slice(-12);
  let s = 0;
  for (let i = 0; i < 12; i++) s += ALPHABET.indexOf(padded[i] as string) * (13 - i);
  return ALPHABET[(((11 - s) % 11) + 11) % 11] as string;
}

function dateOk(yymmdd: string): boolean {
  return isValidDate(
    2000 + Number(yymmdd.slice(0, 2)),
    Number(yymmdd.slice(2, 4)),
    Number(yymmdd.slice(4, 6)),
  );
}

/** Two-digit years: the latest century that does not put the date in the future. */
function fullYear(yy: number, now = new Date()): number {
  const current = now.getUTCFullYear();
  const candidate = 2000 + yy;
  return candidate > current ? 1900 + yy : candidate;
}

/**
 * Mexican RFC: persons 13 characters (4 letters + date + homoclave), companies 12 (3 letters + date + homoclave).
 * A wrong check digit is a WARNING by default (about 1.5% of real RFCs fail it, as python-stdnum documents);
 * pass `{ strictCheckDigit: true }` to reject it.
 *
 * @example
 * ```ts
 * MX_RFC.validate("AAAA791128D63").valid; //=> true
 * MX_RFC.validate("AAAA791128D64"); //=> { valid: true, compact: "AAAA791128D64", warning: "checksum" }
 * MX_RFC.validate("AAAA791128D64", { strictCheckDigit: true }).valid; //=> false
 * ```
 */
export const MX_RFC: IdDefinition = {
  type: "mx.rfc",
  country: "MX",
  label: "RFC",
  checkDigit: true,
  defaultKind: "either",
  compact,
  validate(value, options = {}): IdValidation {
    const n = compact(value);
    const chars = [...n];
    if (chars.length === 10 || chars.length === 13) {
      if (!PERSON.test(n)) return fail(n, "format");
      if (BLOCKED.has(chars.slice(0, 4).join(""))) return fail(n, "component");
      if (!dateOk(chars.slice(4, 10).join(""))) return fail(n, "component");
    } else if (chars.length === 12) {
      if (!COMPANY.test(n)) return fail(n, "format");
      if (!dateOk(chars.slice(3, 9).join(""))) return fail(n, "component");
    } else return fail(n, "length");
    if (chars.length >= 12) {
      const tail = chars.slice(-3).join("");
      const body = chars.slice(0, -1).join("");
      const bad = !HOMOCLAVE.test(tail) || rfcCheckDigit(body) !== chars[chars.length - 1];
      if (bad)
        return options.strictCheckDigit
          ? fail(n, "checksum")
          : { valid: true, compact: n, warning: "checksum" };
    }
    return pass(n);
  },
  format(value) {
    const n = compact(value);
    if (!MX_RFC.validate(n).valid) return n;
    const c = [...n];
    const split = c.length === 12 ? 3 : 4;
    return [c.slice(0, split), c.slice(split, split + 6), c.slice(split + 6)]
      .map((p) => p.join(""))
      .filter((p) => p !== "")
      .join(" ");
  },
  kind(value) {
    const n = compact(value);
    if (!MX_RFC.validate(n).valid) return null;
    return [...n].length === 12 ? "company" : "person";
  },
  embeds(value) {
    const n = compact(value);
    if (!MX_RFC.validate(n).valid) return null;
    const c = [...n];
    const at = c.length === 12 ? 3 : 4;
    const d = c.slice(at, at + 6).join("");
    const date = isoDate(fullYear(Number(d.slice(0, 2))), Number(d.slice(2, 4)), Number(d.slice(4, 6)));
    return c.length === 12 ? { foundationDate: date } : { birthDate: date };
  },
};
