/**
 * One coordinate as a number: a decimal point or a decimal comma (`-34,6037`), a Unicode minus, spaces
 * around; `NaN` for anything else (an empty cell, `-34.603.123`, degrees-minutes-seconds).
 *
 * @param text The cell.
 * @example
 * ```ts
 * parseCoordinate("-58,50761514092000"); //=> -58.50761514092
 * parseCoordinate("−34.6"); //=> -34.6
 * parseCoordinate("34°36'S"); //=> NaN
 * ```
 */
export function parseCoordinate(text: string): number {
  // The usual cell (`-34.6037`) is read at once; commas and Unicode minus signs take the longer way.
  const plain = parseDotted(text);
  if (!Number.isNaN(plain)) return plain;
  const t = text.trim().replace(/\u2212/g, "-");
  if (!NUMBER.test(t)) return Number.NaN;
  return Number(t.replace(",", "."));
}

/** Exact powers of ten, up to the 15 digits {@link parseDotted} reads itself. */
const TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `-?digits(.digits)?` as a number, `NaN` for any other text, in one pass and without a string
 * conversion (run twice a row). Up to 15 digits the digits as an integer and the power of ten are both
 * exact, so their quotient, rounded once, is exactly what `Number(text)` gives; longer texts go to
 * `Number`.
 */
function parseDotted(text: string): number {
  const n = text.length;
  const negative = text.charCodeAt(0) === 45;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = negative ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals !== -1) decimals++;
    } else if (c === 46 && decimals === -1 && digits > 0) decimals = 0;
    else return Number.NaN;
  }
  if (digits === 0 || decimals === 0) return Number.NaN;
  if (digits > 15) return Number(text);
  const value = decimals > 0 ? mantissa / (TEN[decimals] as number) : mantissa;
  return negative ? -value : value;
}
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const PAIR = /^[([]?\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:[;,]\s*|\s+)([+-]?\d+(?:[.,]\d+)?)\s*[)\]]?$/;
const WKT_POINT = /^(?:SRID=\d+;)?\s*POINT\s*(?:ZM|Z|M)?\s*\(\s*(\S+)\s+([^\s)]+)(?:\s+[^\s)]+){0,2}\s*\)$/i;

/**
 * A point from one cell holding both coordinates: WKT `POINT (lon lat)` (also `POINT Z`, EWKT
 * `SRID=4326;POINT(…)`), else two numbers read as **latitude, longitude** (`-34.6, -58.4`,
 * `-34,6; -58,4`, `(-34.6 -58.4)`). Returns `[lon, lat]`, or `null` when the cell holds no point.
 *
 * @param text The cell.
 * @example
 * ```ts
 * parsePointCell("POINT (-58.437 -34.552)"); //=> [-58.437, -34.552]
 * parsePointCell("-34,552; -58,437"); //=> [-58.437, -34.552]
 * ```
 */
export function parsePointCell(text: string): [number, number] | null {
  const t = text.trim().replace(/\u2212/g, "-");
  if (t === "") return null;
  const wkt = WKT_POINT.exec(t);
  if (wkt !== null) {
    const x = parseCoordinate(wkt[1] as string);
    const y = parseCoordinate(wkt[2] as string);
    return Number.isNaN(x) || Number.isNaN(y) ? null : [x, y];
  }
  const pair = PAIR.exec(t);
  if (pair === null) return null;
  return [parseCoordinate(pair[2] as string), parseCoordinate(pair[1] as string)];
}
