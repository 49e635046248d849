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

/** Values kept as one UTF-8 buffer: value `c` is `bytes[offsets[c]]` up to `bytes[offsets[c + 1]]`. */
export interface PackedBytes {
  bytes: Uint8Array;
  offsets: Int32Array;
}

/**
 * The UTF-8 bytes of many values in one buffer: a million addresses in one array instead of a million
 * small ones (each a hundred bytes of object besides its text).
 *
 * @example
 * ```ts
 * const { bytes, offsets } = packUtf8(["ANA", "JOSÉ"]);
 * bytes.subarray(offsets[1], offsets[2]); //=> the 5 bytes of "JOSÉ"
 * ```
 */
export function packUtf8(values: readonly string[]): PackedBytes {
  // Sizes first, so the buffer is allocated once (growing it would copy a hundred MB at a time).
  const offsets = new Int32Array(values.length + 1);
  let total = 0;
  for (let c = 0; c < values.length; c++) {
    total += utf8Length(values[c] as string);
    offsets[c + 1] = total;
  }
  const bytes = new Uint8Array(total);
  for (let c = 0; c < values.length; c++) {
    const value = values[c] as string;
    const at = offsets[c] as number;
    if ((offsets[c + 1] as number) - at === value.length)
      for (let i = 0; i < value.length; i++) bytes[at + i] = value.charCodeAt(i);
    else encoder.encodeInto(value, bytes.subarray(at, offsets[c + 1] as number));
  }
  return { bytes, offsets };
}

/** Bytes of a string in UTF-8 (a lone surrogate is written as U+FFFD: 3 bytes). */
function utf8Length(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const u = value.charCodeAt(i);
    if (u < 0x80) n += 1;
    else if (u < 0x800) n += 2;
    else if (u >= 0xd800 && u <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Longest value {@link bytesReader} hands out in a reused array (longer ones get a view of their own). */
const REUSED_MAX = 256;

/**
 * A reader of packed values as byte arrays of their exact length, reusing one array per length (so a
 * metric called on millions of pairs allocates nothing). An array is valid until the next call for the
 * same length: use two readers for the two sides of a pair.
 *
 * @example
 * ```ts
 * const left = bytesReader(packUtf8(["ANA"]));
 * left(0); //=> Uint8Array [65, 78, 65]
 * ```
 */
export function bytesReader(packed: PackedBytes): (code: number) => Uint8Array {
  const { bytes, offsets } = packed;
  const reused: (Uint8Array | undefined)[] = [];
  return (code) => {
    const start = offsets[code] as number;
    const length = (offsets[code + 1] as number) - start;
    if (length > REUSED_MAX) return bytes.subarray(start, start + length);
    let out = reused[length];
    if (out === undefined) {
      out = new Uint8Array(length);
      reused[length] = out;
    }
    for (let i = 0; i < length; i++) out[i] = bytes[start + i] as number;
    return out;
  };
}
