import { existsSync, readFileSync } from "node:fs";
import type { Records } from "./types";

/** Where the shared FEBRL 4 files live (beside the repository), and whether they are there. */
export const FEBRL_DIR = new URL("../../../../shared/conformance/linkage/", import.meta.url);
export const hasFebrl = existsSync(new URL("febrl4a.csv", FEBRL_DIR));

const up = (v: string | undefined): string | null => {
  const t = (v ?? "").trim().toUpperCase();
  return t === "" ? null : t;
};

/**
 * One FEBRL 4 file as standardised records, mapped by hand the way a user would declare it: `rec_id` is
 * the id only, never a field.
 */
export function febrlRecords(file: string, source: string): Records {
  const lines = readFileSync(new URL(file, FEBRL_DIR), "utf8")
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== "");
  const rows = lines.slice(1).map((l) => l.split(",").map((c) => c.trim()));
  const col = (i: number) => rows.map((r) => up(r[i]));
  const dob = rows.map((r) => {
    const d = (r[9] ?? "").trim();
    return /^\d{8}$/u.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null;
  });
  const address = rows.map((r) => up([r[3], r[4]].filter((x) => x && x.trim() !== "").join(" ")));
  return {
    source,
    ids: rows.map((r) => r[0] as string),
    rows: rows.map((_, i) => i + 1),
    fields: {
      given: col(1),
      given1: col(1),
      surname1: col(2),
      birthDate: dob,
      birthYear: dob.map((d) => (d === null ? null : d.slice(0, 4))),
      nationalId: col(10),
      address,
      postcode: col(7),
      locality: col(6),
    },
  };
}

/** The FEBRL truth: `rec-N-org` in 4a is `rec-N-dup-0` in 4b. */
export function febrlTruth(a: Records, b: Records): [string, string][] {
  const byNumber = new Map(b.ids.map((id) => [/rec-(\d+)/u.exec(id)?.[1], id]));
  return a.ids.flatMap((id) => {
    const other = byNumber.get(/rec-(\d+)/u.exec(id)?.[1]);
    return other === undefined ? [] : [[id, other] as [string, string]];
  });
}
