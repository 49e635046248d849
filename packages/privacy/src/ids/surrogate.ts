import { cbuCheckDigit } from "./ar-cbu";
import { cuitCheckDigit } from "./ar-cuit";
import { cnpjCheckDigits } from "./br-cnpj";
import { cpfCheckDigits } from "./br-cpf";
import { rutCheckDigit } from "./cl-rut";
import { nitCheckDigit } from "./co-nit";
import { ecCiChecksum } from "./ec-ci";
import { curpCheckDigit } from "./mx-curp";
import { rfcCheckDigit } from "./mx-rfc";
import { cuiCheckChars } from "./pe-cui";
import { peRucCheckDigit } from "./pe-ruc";
import { ID_DEFINITIONS } from "./registry";
import type { IdType } from "./types";
import { uyCiCheckDigit } from "./uy-ci";
import { uyRutCheckDigit } from "./uy-rut";

/** A deterministic stream of small numbers taken from bytes (cycled with a counter when exhausted). */
function stream(bytes: Uint8Array) {
  let i = 0;
  return (mod: number): number => {
    const a = bytes[i % bytes.length] ?? 0;
    const b = bytes[(i + 1) % bytes.length] ?? 0;
    const v = (a * 256 + b + Math.floor(i / Math.max(1, bytes.length)) * 7919) % mod;
    i += 2;
    return v;
  };
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";
const STATES = ["AS", "BC", "CH", "DF", "JC", "MC", "MN", "NL", "PL", "VZ", "YN", "OC", "GR", "QR"];

function build(type: IdType, next: (mod: number) => number): string {
  const digits = (n: number, first = 0) => {
    let s = String(first ? 1 + next(9) : next(10));
    while (s.length < n) s += next(10);
    return s;
  };
  const letters = (n: number, from = UPPER) =>
    Array.from({ length: n }, () => from[next(from.length)]).join("");
  const date = () => {
    const yy = String(next(100)).padStart(2, "0");
    return `${yy}${String(1 + next(12)).padStart(2, "0")}${String(1 + next(28)).padStart(2, "0")}`;
  };
  switch (type) {
    case "ar.dni":
      return digits(8, 1);
    case "ar.cuit": {
      const body = (next(2) ? "20" : "27") + digits(8, 1);
      return body + cuitCheckDigit(body);
    }
    case "ar.cbu": {
      const a = digits(7, 1);
      const b = digits(13);
      return a + cbuCheckDigit(a) + b + cbuCheckDigit(b);
    }
    case "cl.rut": {
      const body = String(10_000_000 + next(15_000_000) + next(1000));
      return body + rutCheckDigit(body);
    }
    case "mx.curp": {
      const body = `${letters(4)}${date()}${next(2) ? "H" : "M"}${STATES[next(STATES.length)]}${letters(3, CONSONANTS)}${next(10)}`;
      return body + curpCheckDigit(body);
    }
    case "mx.rfc": {
      const body = `${letters(4)}${date()}${"123456789ABCDEFGHIJKLMNPRSTUV"[next(29)]}${"123456789ABCDEFGHIJKLMNPQRSTUVWXYZ"[next(34)]}`;
      return body + rfcCheckDigit(body);
    }
    case "br.cpf": {
      const base = digits(9, 1);
      return base + cpfCheckDigits(base);
    }
    case "br.cnpj": {
      const base = `${digits(8, 1)}0001`;
      return base + cnpjCheckDigits(base);
    }
    case "co.nit": {
      const body = (next(2) ? "8" : "9") + digits(8);
      return body + nitCheckDigit(body);
    }
    case "co.cedula":
      return digits(8 + next(3), 1);
    case "uy.ci": {
      const body = digits(7, 1);
      return body + uyCiCheckDigit(body);
    }
    case "uy.rut": {
      const body = `21${digits(6, 1)}001`;
      return body + uyRutCheckDigit(body);
    }
    case "pe.cui": {
      const dni = digits(8, 1);
      return dni + (cuiCheckChars(dni)[0] as string);
    }
    case "pe.ruc": {
      const body = `10${digits(8, 1)}`;
      return body + peRucCheckDigit(body);
    }
    case "ec.ci":
    case "ec.ruc": {
      const body = `${String(1 + next(24)).padStart(2, "0")}${next(6)}${digits(6)}`;
      const check = (10 - ecCiChecksum(`${body}0`)) % 10;
      return `${body}${check}${type === "ec.ruc" ? "001" : ""}`;
    }
  }
}

/**
 * A made-up identifier of the given type with VALID check digits, taken deterministically from
 * `bytes` (random bytes for test data, an HMAC for stable surrogates). It names nobody on purpose,
 * but may coincide with a real number by chance: use it for test data, never as a real ID.
 *
 * @example
 * ```ts
 * const id = surrogateId("ar.cuit", crypto.getRandomValues(new Uint8Array(16)));
 * AR_CUIT.validate(id).valid; //=> true
 * ```
 */
export function surrogateId(type: IdType, bytes: Uint8Array): string {
  const def = ID_DEFINITIONS[type];
  const next = stream(bytes.length ? bytes : new Uint8Array([0]));
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = build(type, next);
    const v = def.validate(value, { strictCheckDigit: true });
    if (v.valid) return def.format(value);
  }
  throw new Error(`ciudata: could not build a surrogate ${type}`);
}
