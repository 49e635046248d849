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
  if (isDotted(text)) return Number(text);
  const t = text.trim().replace(/\u2212/g, "-");
  if (!NUMBER.test(t)) return Number.NaN;
  return Number(t.replace(",", "."));
}

/** Whether the text is `-?digits(.digits)?` (a loop: faster than a regular expression, run twice a row). */
function isDotted(text: string): boolean {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let dot = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && dot === -1 && digits > 0) dot = i;
    else return false;
  }
  return digits > 0 && dot !== n - 1;
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
