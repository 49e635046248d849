const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of a string, the units DuckDB's string metrics work on. ASCII strings (the usual case
 * after standardisation) are copied without the encoder.
 */
export function utf8(value: string): Uint8Array {
  const n = value.length;
  for (let i = 0; i < n; i++) if (value.charCodeAt(i) > 0x7f) return encoder.encode(value);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = value.charCodeAt(i);
  return out;
}
