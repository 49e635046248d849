import { CiudataError } from "@ciudata/core";
import { detectBom } from "../bytes/bom";
import type { OpenedSource } from "../bytes/types";
import { canonicalEncoding } from "../charsets/labels";
import type { Dialect } from "../dialect/schema";
import { formatError } from "../format/format-error";
import { sniffFormat } from "../format/sniff";
import type { FormatInfo } from "../format/types";
import type { SheetInfo } from "../report/detected";
import type { TableError } from "../report/error";
import type { SheetChoice } from "../sheets/read";
import { createChunkDecoder } from "./chunk-decoder";
import { detectEncoding } from "./detect";
import { decodeFailureError, emptySourceError, mojibakeWarning, unknownLabelError } from "./errors";
import { findMojibake } from "./mojibake";
import { readSample, type Sample } from "./read-sample";
import { sheetSource } from "./sheet-source";
import { isWorkbookFormat, joinBytes, readSpreadsheet } from "./spreadsheet";
import type { EncodingInfo } from "./types";

/** Bytes decoded at once (see the stream below). */
const DECODE_PIECE = 64 * 1024;

/** A source decoded to text in one streaming pass. */
export interface DecodedSource {
  encoding: EncodingInfo;
  /** The non-tabular format the bytes show (PDF, HTML…), or `null` for delimited text. */
  format: FormatInfo | null;
  /** The decoded first `sampleBytes` (BOM stripped), for dialect sniffing. */
  sample: string;
  /** The WHOLE text, starting with `sample`. Single use. */
  text: AsyncIterable<string>;
  /** Problems found so far; keeps growing while `text` is read. */
  errors: TableError[];
  /** The length of the byte-order mark at the start of the bytes (0 when there is none). */
  bomBytes: number;
  /** Bytes read from the source so far. */
  bytesRead(): number;
  totalBytes: number | null;
  name: string | null;
  /**
   * For a spreadsheet (`.xlsx`, `.ods`): the sheet read, and the dialect of the text made of it (comma
   * separated, header on `headerRows`), for readers to take over sniffing.
   */
  sheet?: { kind: "xlsx" | "ods"; info: SheetInfo; dialect: Dialect };
}

/** Options for {@link decodeSource}. */
export interface DecodeSourceOptions {
  /** Any WHATWG label (`"windows-1252"`, `"latin1"`, `"utf-8"`…); skips detection. */
  encoding?: string;
  /** How many bytes to sniff format and encoding from. Default 262144 (256 KiB). */
  sampleBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { bytesRead: number; totalBytes: number | null }) => void;
  /**
   * Refuse a source with no content (no bytes, or only a byte-order mark) with a `source-error`
   * (reason `empty`) `CiudataError`, for readers where an answer about nothing would mislead
   * ("no personal data found"). Off by default: an empty source then reads as no text.
   */
  rejectEmpty?: boolean;
  /**
   * The sheet of a spreadsheet to read, by name or 1-based position (default: the source's own
   * `sheet`, else the first visible sheet with data).
   */
  sheet?: SheetChoice;
}

function chooseEncoding(
  sample: Uint8Array,
  ended: boolean,
  label: string | undefined,
  errors: TableError[],
): EncodingInfo {
  if (label !== undefined) {
    const canonical = canonicalEncoding(label);
    if (canonical !== null) {
      const bom = detectBom(sample);
      return {
        encoding: label.trim().toLowerCase(),
        confidence: 1,
        bom: bom?.encoding === canonical,
        source: "override",
      };
    }
    errors.push(unknownLabelError(label));
  }
  return detectEncoding(sample, { final: ended });
}

/**
 * Sniffs format and encoding from the first bytes of an opened source, then decodes the whole
 * source in the same single pass, never holding more than the sample and one chunk. UTF-8 that
 * turns invalid later is decoded on as windows-1252 and reported as an `encoding-error`.
 * A source that is not a delimited text table (PDF, HTML, gzip, ZIP, PNG…) has `format` set and its
 * `text` refuses to be read: iterating it throws the `format-error` as a `CiudataError`, so every
 * reader built on it (`readTable`, `parseRows`…) refuses such files instead of reading garbage.
 *
 * @example
 * ```ts
 * const decoded = await decodeSource(await openSource(file));
 * console.log(decoded.encoding.encoding, decoded.errors);
 * for await (const text of decoded.text) parser.write(text);
 * ```
 */
export async function decodeSource(
  source: OpenedSource,
  options: DecodeSourceOptions = {},
): Promise<DecodedSource> {
  const { signal, onProgress } = options;
  const sampleBytes = Math.max(4, Math.floor(options.sampleBytes ?? 262144));
  signal?.throwIfAborted();
  const totalBytes = source.size;
  const it = source.chunks[Symbol.asyncIterator]();
  let bytesRead = 0;
  const next = async (): Promise<IteratorResult<Uint8Array>> => {
    signal?.throwIfAborted();
    const r = await it.next();
    signal?.throwIfAborted();
    if (!r.done) {
      bytesRead += r.value.byteLength;
      onProgress?.({ bytesRead, totalBytes });
    }
    return r;
  };
  const close = (): void => {
    Promise.resolve(it.return?.()).catch(() => {});
  };

  let head: Sample;
  try {
    head = await readSample(next, sampleBytes);
  } catch (error) {
    close();
    throw error;
  }
  const { sample: sampleBytesRead, leftover, ended } = head;

  const errors: TableError[] = [];
  const format = sniffFormat(sampleBytesRead);
  if (format && isWorkbookFormat(format, source.name)) {
    const parts = [sampleBytesRead];
    if (leftover) parts.push(leftover);
    if (!ended) {
      try {
        while (true) {
          const r = await next();
          if (r.done) break;
          parts.push(r.value);
        }
      } catch (error) {
        close();
        throw error;
      }
    }
    const sheet = readSpreadsheet(joinBytes(parts), source.name, options.sheet ?? source.sheet, format);
    if (sheet) {
      return sheetSource(sheet, sampleBytes, {
        bytesRead: () => bytesRead,
        totalBytes,
        name: source.name,
      });
    }
  }
  const notATable = format ? formatError(format, source.name) : null;
  if (notATable) errors.push(notATable);
  const encoding = chooseEncoding(sampleBytesRead, ended, options.encoding, errors);
  const bomLength = encoding.bom ? (detectBom(sampleBytesRead)?.length ?? 0) : 0;
  const decoder = createChunkDecoder(encoding.encoding, bomLength, (failure) => {
    errors.push(decodeFailureError(failure, encoding.source === "override"));
  });

  let sample = decoder.push(sampleBytesRead.subarray(bomLength));
  const complete = ended && leftover === null;
  if (complete) sample += decoder.end();
  if (options.rejectEmpty === true && complete && sample === "" && !format) {
    close();
    throw new CiudataError([emptySourceError(source.name)]);
  }
  if (!format) {
    const mojibake = findMojibake(sample);
    if (mojibake) errors.push(mojibakeWarning(mojibake));
  }

  // Decoded in pieces of 64 KiB: a string of a quarter MiB or more is a "large object" for the
  // JavaScript engine, several times slower to make and collect than four small ones.
  function* pieces(bytes: Uint8Array): Generator<string> {
    for (let at = 0; at < bytes.length; at += DECODE_PIECE) {
      const text = decoder.push(bytes.length <= DECODE_PIECE ? bytes : bytes.subarray(at, at + DECODE_PIECE));
      if (text) yield text;
    }
  }

  let started = false;
  async function* stream(): AsyncGenerator<string> {
    let finished = false;
    try {
      if (notATable) throw new CiudataError([notATable]);
      if (sample) yield sample;
      if (leftover) yield* pieces(leftover);
      if (!complete) {
        while (true) {
          const r = await next();
          if (r.done) break;
          yield* pieces(r.value);
        }
        const tail = decoder.end();
        if (tail) yield tail;
      }
      finished = true;
    } finally {
      if (!finished) close();
    }
  }
  const text: AsyncIterable<string> = {
    [Symbol.asyncIterator]() {
      if (started) throw new TypeError("decodeSource: text can be read only once");
      started = true;
      return stream();
    },
  };

  return {
    encoding,
    format,
    sample,
    text,
    errors,
    bomBytes: bomLength,
    bytesRead: () => bytesRead,
    totalBytes,
    name: source.name,
  };
}
