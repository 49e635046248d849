import { scanUtf8 } from "./utf8";
import { decodeWindows1252 } from "./windows-1252";

/** Where decoding failed: absolute byte offset in the source (exact for UTF-8, chunk start otherwise). */
export interface DecodeFailure {
  offset: number;
  /** The WHATWG name of the encoding tried. */
  encoding: string;
  /** The encoding the rest was decoded with, or `null` when decoding went on with U+FFFD replacements. */
  fallback: string | null;
  exact: boolean;
}

/** Decodes a byte stream chunk by chunk; characters split across chunks survive. */
export interface ChunkDecoder {
  push(chunk: Uint8Array): string;
  end(): string;
}

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The bytes at the end of a chunk that start a multi-byte character not finished in it. */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k] as number;
    if (b < 0x80) return EMPTY;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > k ? bytes.slice(n - k) : EMPTY;
    }
  }
  return EMPTY;
}

/**
 * UTF-8 that never loses bytes: at the first invalid sequence it reports the exact offset and
 * decodes everything from there on as windows-1252. The common path is the platform's own fatal
 * decoder (native speed); bytes are only scanned in JavaScript to locate a failure.
 */
class Utf8WithFallback implements ChunkDecoder {
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private fallback = false;
  /** Incomplete character at the end of the last chunk (held by the native decoder). */
  private tail: Uint8Array = EMPTY;
  /** Bytes pushed so far, as an absolute offset in the source. */
  private offset: number;

  constructor(
    startOffset: number,
    private readonly onFailure: (f: DecodeFailure) => void,
  ) {
    this.offset = startOffset;
  }

  private fail(at: number): void {
    this.onFailure({ offset: at, encoding: "utf-8", fallback: "windows-1252", exact: true });
    this.fallback = true;
  }

  push(chunk: Uint8Array): string {
    if (this.fallback) return decodeWindows1252(chunk);
    try {
      const text = this.utf8.decode(chunk, { stream: true });
      this.offset += chunk.length;
      this.tail = incompleteTail(
        chunk.length >= 3 || this.tail.length === 0 ? chunk : concat(this.tail, chunk),
      );
      return text;
    } catch {
      // Locate the invalid byte exactly, counting the unfinished character the decoder held.
      const data = this.tail.length > 0 ? concat(this.tail, chunk) : chunk;
      const base = this.offset - this.tail.length;
      const scan = scanUtf8(data);
      const at = scan.invalidAt >= 0 ? scan.invalidAt : scan.incompleteAt;
      const head = new TextDecoder("utf-8", { ignoreBOM: true }).decode(data.subarray(0, at));
      this.offset += chunk.length;
      this.tail = EMPTY;
      this.fail(base + at);
      return head + decodeWindows1252(data.subarray(at));
    }
  }

  end(): string {
    if (this.fallback) return "";
    try {
      return this.utf8.decode();
    } catch {
      const pending = this.tail;
      this.tail = EMPTY;
      this.fail(this.offset - pending.length);
      return decodeWindows1252(pending);
    }
  }
}

/** windows-1252 (and its `iso-8859-1`/`latin1` labels): every byte maps to a character. */
class Windows1252 implements ChunkDecoder {
  push(chunk: Uint8Array): string {
    return decodeWindows1252(chunk);
  }

  end(): string {
    return "";
  }
}

/** Any WHATWG encoding: replacement characters on errors, the first failure reported once. */
class Generic implements ChunkDecoder {
  private readonly out: TextDecoder;
  private check: TextDecoder | null;
  private offset: number;

  constructor(
    encoding: string,
    startOffset: number,
    private readonly onFailure: (f: DecodeFailure) => void,
  ) {
    this.out = new TextDecoder(encoding, { ignoreBOM: true });
    this.check = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.offset = startOffset;
  }

  private verify(run: () => void): void {
    if (!this.check) return;
    try {
      run();
    } catch {
      this.check = null;
      this.onFailure({ offset: this.offset, encoding: this.out.encoding, fallback: null, exact: false });
    }
  }

  push(chunk: Uint8Array): string {
    this.verify(() => this.check?.decode(chunk, { stream: true }));
    this.offset += chunk.length;
    return this.out.decode(chunk, { stream: true });
  }

  end(): string {
    this.verify(() => this.check?.decode());
    return this.out.decode();
  }
}

/**
 * A streaming decoder for a WHATWG encoding label. UTF-8 switches to windows-1252 at the first
 * invalid byte (no data lost); other encodings go on with U+FFFD. BOMs are not stripped here.
 *
 * @example
 * ```ts
 * const d = createChunkDecoder("utf-8", 0, (f) => console.log(f.offset));
 * d.push(new Uint8Array([0xc3])) + d.push(new Uint8Array([0xb1])) + d.end(); // "ñ"
 * ```
 */
export function createChunkDecoder(
  encoding: string,
  startOffset: number,
  onFailure: (failure: DecodeFailure) => void,
): ChunkDecoder {
  const canonical = new TextDecoder(encoding).encoding;
  if (canonical === "utf-8") return new Utf8WithFallback(startOffset, onFailure);
  if (canonical === "windows-1252") return new Windows1252();
  return new Generic(canonical, startOffset, onFailure);
}
