/** An incremental hash over bytes. */
export interface Hasher {
  update(bytes: Uint8Array): void;
  /** Lower-case hex digest. */
  hex(): string;
}

const hex32 = (n: number, littleEndian: boolean) => {
  const b = littleEndian
    ? [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24]
    : [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return b.map((x) => x.toString(16).padStart(2, "0")).join("");
};

/** Block buffering and Merkle–Damgård padding shared by MD5, SHA-1 and SHA-256 (64-byte blocks). */
function blockHasher(
  littleEndian: boolean,
  state: number[],
  compress: (w: DataView, state: number[]) => void,
): Hasher {
  const block = new Uint8Array(64);
  const view = new DataView(block.buffer);
  let used = 0;
  let total = 0;
  const update = (bytes: Uint8Array) => {
    total += bytes.length;
    let i = 0;
    while (i < bytes.length) {
      const n = Math.min(64 - used, bytes.length - i);
      block.set(bytes.subarray(i, i + n), used);
      used += n;
      i += n;
      if (used === 64) {
        compress(view, state);
        used = 0;
      }
    }
  };
  return {
    update,
    hex() {
      const bits = total * 8;
      const pad = new Uint8Array((used < 56 ? 56 : 120) - used + 8);
      pad[0] = 0x80;
      const pv = new DataView(pad.buffer);
      const lo = bits >>> 0;
      const hi = Math.floor(bits / 4294967296) >>> 0;
      if (littleEndian) {
        pv.setUint32(pad.length - 8, lo, true);
        pv.setUint32(pad.length - 4, hi, true);
      } else {
        pv.setUint32(pad.length - 8, hi);
        pv.setUint32(pad.length - 4, lo);
      }
      update(pad);
      return state.map((x) => hex32(x, littleEndian)).join("");
    },
  };
}

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) >>> 0);

function md5(): Hasher {
  return blockHasher(true, [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476], (w, s) => {
    let [a, b, c, d] = s as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const r = MD5_S[(i >> 4) * 4 + (i % 4)] as number;
      const x = (a + f + (MD5_K[i] as number) + w.getUint32(g * 4, true)) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((x << r) | (x >>> (32 - r)))) | 0;
    }
    s[0] = ((s[0] as number) + a) | 0;
    s[1] = ((s[1] as number) + b) | 0;
    s[2] = ((s[2] as number) + c) | 0;
    s[3] = ((s[3] as number) + d) | 0;
  });
}

function sha1(): Hasher {
  const words = new Int32Array(80);
  return blockHasher(false, [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0], (w, s) => {
    for (let i = 0; i < 16; i++) words[i] = w.getInt32(i * 4);
    for (let i = 16; i < 80; i++) {
      const x =
        (words[i - 3] as number) ^
        (words[i - 8] as number) ^
        (words[i - 14] as number) ^
        (words[i - 16] as number);
      words[i] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = s as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const t = (((a << 5) | (a >>> 27)) + f + e + k + (words[i] as number)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    s[0] = ((s[0] as number) + a) | 0;
    s[1] = ((s[1] as number) + b) | 0;
    s[2] = ((s[2] as number) + c) | 0;
    s[3] = ((s[3] as number) + d) | 0;
    s[4] = ((s[4] as number) + e) | 0;
  });
}

const SHA256_K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
];

function sha256(): Hasher {
  const words = new Int32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  return blockHasher(
    false,
    [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
    (w, s) => {
      for (let i = 0; i < 16; i++) words[i] = w.getInt32(i * 4);
      for (let i = 16; i < 64; i++) {
        const w15 = words[i - 15] as number;
        const w2 = words[i - 2] as number;
        const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
        const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
        words[i] = ((words[i - 16] as number) + s0 + (words[i - 7] as number) + s1) | 0;
      }
      let [a, b, c, d, e, f, g, h] = s as [number, number, number, number, number, number, number, number];
      for (let i = 0; i < 64; i++) {
        const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        const ch = (e & f) ^ (~e & g);
        const t1 = (h + S1 + ch + (SHA256_K[i] as number) + (words[i] as number)) | 0;
        const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        const maj = (a & b) ^ (a & c) ^ (b & c);
        const t2 = (S0 + maj) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      const out = [a, b, c, d, e, f, g, h];
      for (let i = 0; i < 8; i++) s[i] = ((s[i] as number) + (out[i] as number)) | 0;
    },
  );
}

/** Hash algorithms a Data Resource `hash` may name (MD5 when no prefix). */
export const HASH_ALGORITHMS = { md5, sha1, sha256 } as const;
/** A supported hash algorithm. */
export type HashAlgorithm = keyof typeof HASH_ALGORITHMS;

/**
 * An incremental hasher, pure TypeScript (browser-safe, streaming: the file is never held whole).
 *
 * @example
 * ```ts
 * const h = createHasher("md5"); h.update(new TextEncoder().encode("abc")); h.hex(); //=> "900150983cd24fb0d6963f7d28e17f72"
 * ```
 */
export function createHasher(algorithm: HashAlgorithm): Hasher {
  return HASH_ALGORITHMS[algorithm]();
}
