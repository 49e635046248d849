import { Inflate, inflateSync } from "fflate";

/** One file inside a ZIP archive, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only methods spreadsheets use). */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** Thrown for an archive that cannot be read (truncated, not a ZIP, an unknown compression). */
export class ZipFormatError extends Error {
  override name = "ZipFormatError";
}

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The entries of a ZIP archive, by name, from its central directory (the authoritative list: local
 * headers may lack sizes). Throws a {@link ZipFormatError} for a truncated or damaged archive.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  // The end-of-central-directory record is in the last 22 + 65535 bytes (after an optional comment).
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory (truncated archive?)");
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) {
      throw new ZipFormatError("damaged central directory");
    }
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name.replace(/\\/g, "/"), {
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) {
    throw new ZipFormatError(`damaged local header of ${entry.name}`);
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} is cut short`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  }
  return bytes.subarray(start, end);
}

/** The whole content of a (small) entry: workbook, styles, relationships. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = compressedData(bytes, entry);
  if (entry.method === 0) return data;
  try {
    return inflateSync(data, entry.size > 0 ? { out: new Uint8Array(entry.size) } : {});
  } catch (cause) {
    throw new ZipFormatError(`${entry.name} cannot be decompressed: ${(cause as Error).message}`);
  }
}

/** Compressed bytes handed to the inflater at once: the decompressed pieces stay small. */
const STEP = 64 * 1024;

/**
 * The content of a (large) entry in pieces, decompressed as they are read: a worksheet of a million
 * rows is never held whole.
 */
export function* streamEntry(bytes: Uint8Array, entry: ZipEntry): Generator<Uint8Array> {
  const data = compressedData(bytes, entry);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STEP) yield data.subarray(at, at + STEP);
    return;
  }
  const out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => {
    out.push(chunk);
  });
  let at = 0;
  do {
    try {
      inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    } catch (cause) {
      throw new ZipFormatError(`${entry.name} cannot be decompressed: ${(cause as Error).message}`);
    }
    while (out.length > 0) yield out.shift() as Uint8Array;
    at += STEP;
  } while (at < data.length);
}
