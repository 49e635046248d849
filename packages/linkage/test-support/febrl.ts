// FEBRL 4 (../shared/conformance/linkage) read into Records for tests, without the standardiser: the
// cells are lower-case ASCII already, so upper-casing them is enough. `rec_id` is the id, never a field.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Records } from "../src/types";

/** The shared conformance folder (`CIUDATA_SHARED` or the folder beside the repository). */
export const SHARED: string =
  process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../shared", import.meta.url));
export const FEBRL_DIR = join(SHARED, "conformance", "linkage");

/** Whether FEBRL 4 is there; warns once with what to do when it is not. */
export function haveFebrl(): boolean {
  const ok = existsSync(join(FEBRL_DIR, "febrl4a.csv")) && existsSync(join(FEBRL_DIR, "febrl4b.csv"));
  if (!ok) console.warn(`[linkage] skipping FEBRL 4: ${FEBRL_DIR} not found (set CIUDATA_SHARED)`);
  return ok;
}

/** One FEBRL 4 file as Records: given, surname1, streetNumber, address, locality, postcode, state, birthDate. */
export function readFebrl(name: "febrl4a.csv" | "febrl4b.csv"): Records {
  const lines = readFileSync(join(FEBRL_DIR, name), "utf8").trim().split(/\r?\n/).slice(1);
  const rows = lines.map((line) => line.split(",").map((c) => c.trim()));
  const col = (k: number) => rows.map((r) => (r[k] ? (r[k] as string).toUpperCase() : null));
  const date = (v: string | undefined) =>
    v && /^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : null;
  return {
    source: name,
    ids: rows.map((r) => r[0] as string),
    rows: rows.map((_, i) => i + 1),
    fields: {
      given: col(1),
      surname1: col(2),
      streetNumber: col(3),
      address: col(4),
      locality: col(6),
      postcode: col(7),
      state: col(8),
      birthDate: rows.map((r) => date(r[9])),
    },
  };
}

/** The 5,000 true pairs: `rec-N-org` in 4a is `rec-N-dup-0` in 4b. */
export function febrlTruth(a: Records): [string, string][] {
  return a.ids.map((id) => [id, id.replace(/-org$/, "-dup-0")]);
}
