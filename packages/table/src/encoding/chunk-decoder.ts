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

/**
 * UTF-8 that never loses bytes: at the first invalid sequence it reports the exact offset and
 * decodes everything from there on as windows-1252.
 */
class Utf8WithFallback implements ChunkDecoder {
  private readonly utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  private fallback = false;
  private pending: Uint8Array = EMPTY;
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
    const data = this.pending.length > 0 ? concat(this.pending, chunk) : chunk;
    const base = this.offset;
    const scan = scanUtf8(data);
    if (scan.invalidAt >= 0) {
      const head = this.utf8.decode(data.subarray(0, scan.invalidAt));
      this.pending = EMPTY;
      this.offset = base + data.length;
      this.fail(base + scan.invalidAt);
      return head + decodeWindows1252(data.subarray(scan.invalidAt));
    }
    this.pending = data.slice(scan.incompleteAt);
    this.offset = base + scan.incompleteAt;
    return this.utf8.decode(data.subarray(0, scan.incompleteAt), { stream: true });
  }

  end(): string {
    if (this.fallback) return "";
    const tail = this.utf8.decode();
    if (this.pending.length === 0) return tail;
    const pending = this.pending;
    this.pending = EMPTY;
    this.fail(this.offset);
    return tail + decodeWindows1252(pending);
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
