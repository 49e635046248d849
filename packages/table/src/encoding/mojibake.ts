import { CP1252_C1 } from "./windows-1252";

/** A UTF-8 continuation byte (0x80–0xBF) as it shows once decoded as windows-1252 or latin1. */
const CONT = `[\\u0080-\\u00BF${CP1252_C1.replace(/[\u0080-\u009f]/g, "")}]`;
/** Lead bytes Â Ã Ä Å (U+0080–U+017F) + 1 continuation, or â (E2: punctuation, €, ™) + 2. */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00C5]${CONT}|\\u00E2${CONT}{2}`, "g");

function toByte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  const i = CP1252_C1.indexOf(ch);
  return i < 0 ? -1 : 0x80 + i;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Code points a double-encoded Spanish/Portuguese text plausibly had. */
function plausible(text: string): boolean {
  const code = text.codePointAt(0) ?? 0;
  return (
    (code >= 0xa0 && code <= 0x17f) ||
    (code >= 0x2010 && code <= 0x206f) ||
    code === 0x20ac ||
    code === 0x2122
  );
}

function repairOne(match: string): string {
  const bytes = Array.from(match, toByte);
  if (bytes.some((b) => b < 0)) return match;
  try {
    const fixed = strictUtf8.decode(new Uint8Array(bytes));
    return plausible(fixed) ? fixed : match;
  } catch {
    return match;
  }
}

/**
 * Undoes double-encoded UTF-8 (UTF-8 bytes read as windows-1252/latin1 and saved again as UTF-8):
 * `NUÃ‘EZ` → `NUÑEZ`, `CÃ³rdoba` → `Córdoba`, `â€™` → `’`. Text without mojibake is returned as is;
 * up to three layers are undone.
 *
 * @example
 * ```ts
 * repairMojibake("CÃ³rdoba, NUÃ‘EZ"); // "Córdoba, NUÑEZ"
 * ```
 */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = current.replace(MOJIBAKE, repairOne);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The first mojibake found in a text: the garbled sequence and its repair only, never the word
 * around it (a cell can be a name or an e-mail address).
 */
export interface MojibakeMatch {
  /** The garbled characters, as found (`Ã‘`); at most a few encoded characters. */
  sequence: string;
  /** What they stand for (`Ñ`). */
  repair: string;
  /** How many mojibake sequences the text has. */
  count: number;
  /** The line of the text (1-based) where the first one is. */
  line: number;
}

/** At most this many encoded characters are shown: enough to recognise the damage, not a word. */
const MAX_SHOWN = 3;

/**
 * Finds double-encoded UTF-8 in a text: the first garbled sequence, its repair, how many there are
 * and where the first is; `null` when there is none. No text around the sequence is returned.
 *
 * @example
 * ```ts
 * findMojibake("APELLIDO\nNUÃ‘EZ\n"); // { sequence: "Ã‘", repair: "Ñ", count: 1, line: 2 }
 * ```
 */
export function findMojibake(text: string): MojibakeMatch | null {
  let first = -1;
  let end = -1;
  let shown = 0;
  let count = 0;
  for (const m of text.matchAll(MOJIBAKE)) {
    if (repairOne(m[0]) === m[0]) continue;
    if (first < 0) first = m.index;
    // Sequences that follow each other (ÃƒÂ± layered, or Ã±Ã³) are shown together.
    if ((end < 0 || m.index === end) && shown < MAX_SHOWN) {
      end = m.index + m[0].length;
      shown++;
    }
    count++;
  }
  if (first < 0) return null;
  const sequence = text.slice(first, end);
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < first; i = text.indexOf("\n", i + 1)) line++;
  return { sequence, repair: repairMojibake(sequence), count, line };
}
