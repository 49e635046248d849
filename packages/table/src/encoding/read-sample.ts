/** The first bytes of a source, for sniffing. */
export interface Sample {
  sample: Uint8Array;
  /** The rest of the last chunk read, to decode next. */
  leftover: Uint8Array | null;
  /** The source ended within the sample. */
  ended: boolean;
}

/**
 * Reads the first `size` bytes, keeping the surplus of the last chunk and noting whether the
 * source ended (it peeks one chunk more when the sample fills up exactly).
 *
 * @example
 * ```ts
 * const it = source.chunks[Symbol.asyncIterator]();
 * const { sample, leftover, ended } = await readSample(() => it.next(), 262144);
 * ```
 */
export async function readSample(
  next: () => Promise<IteratorResult<Uint8Array>>,
  size: number,
): Promise<Sample> {
  const parts: Uint8Array[] = [];
  let have = 0;
  let leftover: Uint8Array | null = null;
  let ended = false;
  while (have < size) {
    const r = await next();
    if (r.done) {
      ended = true;
      break;
    }
    const room = size - have;
    if (r.value.byteLength > room) {
      parts.push(r.value.subarray(0, room));
      leftover = r.value.subarray(room);
      have = size;
    } else {
      parts.push(r.value);
      have += r.value.byteLength;
    }
  }
  if (!ended && leftover === null) {
    // Peek one chunk so we know whether the sample is the whole source.
    const r = await next();
    if (r.done) ended = true;
    else leftover = r.value;
  }
  const sample = parts.length === 1 ? (parts[0] as Uint8Array) : new Uint8Array(have);
  if (parts.length !== 1) {
    let at = 0;
    for (const p of parts) {
      sample.set(p, at);
      at += p.byteLength;
    }
  }
  return { sample, leftover, ended };
}
