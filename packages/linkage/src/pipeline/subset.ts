import type { GammaSet } from "../model/train";

/** The gamma rows of the pairs `keep` accepts, copied into a new set. */
export function subsetGammas(
  gammas: Int8Array,
  width: number,
  pairs: number,
  keep: (p: number) => boolean,
): GammaSet {
  let n = 0;
  for (let p = 0; p < pairs; p++) if (keep(p)) n++;
  const out = new Int8Array(n * width);
  let k = 0;
  for (let p = 0; p < pairs; p++) {
    if (!keep(p)) continue;
    out.set(gammas.subarray(p * width, (p + 1) * width), k * width);
    k++;
  }
  return { gammas: out, length: n };
}
