const VOWELS = "AEIOU";
const FRONT = "EI";

/**
 * A Spanish phonetic key of a folded, upper-case name: what sounds alike in Latin American Spanish
 * shares a key, so a misspelt surname still meets its record in a blocking rule.
 *
 * The rules, applied left to right on each word: H is mute (but CH stays one sound, written `C`);
 * seseo (Z, and C before E/I, sound as S; SC before E/I as one S); B and V (and W) are one sound;
 * yeísmo (LL sounds as Y; Y before a consonant or at the end is the vowel I); QU and K and C before
 * A/O/U or a consonant are K; G before E/I sounds as J, while GU before E/I is a hard G (the U is
 * silent); X is J (XIMENA, MEXIA) except at the end (FELIX); PH is F; N before B/V sounds as M;
 * doubled letters count once (RR, SS, LL after the rules). Vowels are kept: MARIA and MARIO differ.
 * The words of a compound value are joined (SAN MARTIN and SANMARTIN share a key).
 *
 * @example
 * ```ts
 * spanishPhonetic("GONZALEZ") === spanishPhonetic("GONSALES"); //=> true
 * spanishPhonetic("VILLALOBOS"); //=> "BIYALOBOS"
 * spanishPhonetic("HERNANDEZ") === spanishPhonetic("FERNANDEZ"); //=> false
 * ```
 */
export function spanishPhonetic(value: string): string {
  let out = "";
  for (const word of value.split(" ")) out += encodeWord(word);
  return collapseRuns(out);
}

function encodeWord(w: string): string {
  let out = "";
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w[i] as string;
    const next = w[i + 1] ?? "";
    switch (c) {
      case "A":
      case "E":
      case "I":
      case "O":
      case "U":
        out += c;
        break;
      case "B":
      case "V":
      case "W":
        out += "B";
        break;
      case "C":
        if (next === "H") {
          out += "C";
          i++;
        } else out += FRONT.includes(next) && next !== "" ? "S" : "K";
        break;
      case "S":
      case "Z":
        out += "S";
        break;
      case "Q":
        out += "K";
        if (next === "U") i++;
        break;
      case "K":
        out += "K";
        break;
      case "G":
        if (next === "U" && FRONT.includes(w[i + 2] ?? "X")) {
          out += "G";
          i++;
        } else out += FRONT.includes(next) && next !== "" ? "J" : "G";
        break;
      case "H":
        break;
      case "L":
        if (next === "L") {
          out += "Y";
          i++;
        } else out += "L";
        break;
      case "Y":
        out += VOWELS.includes(next) && next !== "" ? "Y" : "I";
        break;
      case "X":
        out += i === n - 1 ? "S" : "J";
        break;
      case "P":
        if (next === "H") {
          out += "F";
          i++;
        } else out += "P";
        break;
      case "N":
        out += next === "B" || next === "V" ? "M" : "N";
        break;
      default:
        // Other letters (D, F, J, M, R, T…) and digits stand for themselves.
        out += c;
    }
  }
  return out;
}

/** Each run of one repeated symbol as one (RR → R, the SS of SC+E → S). */
function collapseRuns(s: string): string {
  let out = "";
  for (const c of s) if (out[out.length - 1] !== c) out += c;
  return out;
}
