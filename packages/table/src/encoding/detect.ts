import { detectBom } from "../bytes/bom";
import { guessUtf16 } from "../bytes/utf16";
import type { EncodingInfo } from "./types";
import { scanUtf8 } from "./utf8";

/** Options for {@link detectEncoding}. */
export interface DetectEncodingOptions {
  /** The sample is the whole source: a multi-byte sequence cut at the end is then an error. Default false. */
  final?: boolean;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Bytes a latin1/windows-1252 text plausibly uses: accented letters, º ª ° ¿ ¡, curly quotes, dashes. */
function isLatinTextByte(b: number): boolean {
  if (b >= 0xc0) return b !== 0xd7 && b !== 0xf7;
  if (b >= 0xa0) return true;
  return (
    b === 0x91 ||
    b === 0x92 ||
    b === 0x93 ||
    b === 0x94 ||
    b === 0x96 ||
    b === 0x97 ||
    b === 0x85 ||
    b === 0x80
  );
}

function singleByte(sample: Uint8Array): EncodingInfo {
  let high = 0;
  let c1 = 0;
  let latin = 0;
  for (const b of sample) {
    if (b < 0x80) continue;
    high++;
    if (b <= 0x9f) c1++;
    if (isLatinTextByte(b)) latin++;
  }
  const evidence = Math.min(1, high / 8);
  const plausible = high === 0 ? 1 : latin / high;
  const dense = sample.length > 0 && high / sample.length > 0.3;
  const confidence = dense ? 0.4 : 0.55 + 0.4 * evidence * plausible;
  return {
    encoding: c1 > 0 ? "windows-1252" : "iso-8859-1",
    confidence: round(confidence),
    bom: false,
    source: "detected",
  };
}

/**
 * Sniffs the encoding of a sample: BOM first, then UTF-16 by its NUL pattern, then strict UTF-8,
 * else the windows-1252 family (`windows-1252` when bytes 0x80–0x9F appear, else `iso-8859-1`).
 * Unless `final`, a multi-byte character cut at the end of the sample is not held against UTF-8.
 *
 * @example
 * ```ts
 * detectEncoding(new Uint8Array([0x4e, 0x55, 0xd1, 0x45, 0x5a])); // { encoding: "iso-8859-1", source: "detected", … }
 * detectEncoding(new TextEncoder().encode("Córdoba")).encoding; // "utf-8"
 * ```
 */
export function detectEncoding(sample: Uint8Array, options: DetectEncodingOptions = {}): EncodingInfo {
  const bom = detectBom(sample);
  if (bom) return { encoding: bom.encoding, confidence: 1, bom: true, source: "bom" };
  const utf16 = guessUtf16(sample);
  if (utf16) return { encoding: utf16, confidence: 0.8, bom: false, source: "detected" };
  const scan = scanUtf8(sample);
  const cutAtEnd = scan.incompleteAt < sample.length;
  // A final sample cut mid-character is still UTF-8 if it shows other multi-byte characters (a truncated download).
  if (scan.invalidAt < 0 && (!cutAtEnd || !options.final || scan.multibyte > 0)) {
    if (scan.multibyte === 0 && !cutAtEnd) {
      // Pure ASCII: UTF-8 reads it right, but it says nothing about bytes further on.
      return {
        encoding: "utf-8",
        confidence: sample.length === 0 ? 0.5 : 0.8,
        bom: false,
        source: "detected",
      };
    }
    const confidence = 1 - 0.15 * 0.5 ** Math.max(0, scan.multibyte - 1);
    return {
      encoding: "utf-8",
      confidence: round(Math.min(0.999, confidence)),
      bom: false,
      source: "detected",
    };
  }
  return singleByte(sample);
}
