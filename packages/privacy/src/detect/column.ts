import { maskCell } from "@ciudata/core";
import { matchIds } from "../ids/match";
import type { IdType } from "../ids/types";
import { CATEGORY_ROLE, type Category, type Jurisdiction, lawsFor, type Role } from "./categories";
import { headerHints } from "./headers";
import {
  coordinatePrecision,
  dateYear,
  isEmail,
  isHexId,
  looksLikeAddress,
  looksLikeName,
  phoneCountry,
} from "./values";

/** One finding: a column that holds personal or sensitive data. No raw values: samples are masked. */
export interface ColumnFinding {
  column: string;
  /** 1-based position. */
  fieldNumber: number;
  category: Category;
  role: Role;
  /**
   * The role the category has in a table of people, when the scan guessed the rows are institutions
   * and made this contact field `institutional` (see `ScanReport.institutions`).
   */
  downgradedFrom?: Role;
  /** 0..1. */
  confidence: number;
  /** Why: the header, the values, or both. */
  evidence: Array<"header" | "values">;
  /** Non-empty values looked at, and how many matched the category. */
  counts: { sampled: number; matched: number; valid?: number; invalidCheck?: number };
  /** Up to 3 matching values, masked. */
  samples: string[];
  /** For IDs: the type, and person/company when it can be told. */
  idType?: IdType;
  /** For coordinates: decimal places and metres of precision (median). */
  precision?: { places: number; metres: number };
  /** Laws under which the category is sensitive, per jurisdiction. */
  laws?: string[];
}

type Detector = (v: string) => boolean;

const DETECTORS: Partial<Record<Category, Detector>> = {
  email: isEmail,
  phone: (v) => phoneCountry(v) !== null,
  "birth-date": (v) => {
    const y = dateYear(v);
    return y !== null && y >= 1900 && y <= new Date().getUTCFullYear();
  },
  coordinates: (v) => coordinatePrecision(v) !== null,
  "person-name": (v) => looksLikeName(v),
  address: looksLikeAddress,
  "pseudonymous-id": isHexId,
  age: (v) => /^\d{1,3}$/.test(v.trim()) && Number(v) <= 120,
};

/** Categories found from values alone (without a header hint), with the share they need. */
const VALUE_ONLY: ReadonlyArray<[Category, number]> = [
  ["email", 0.6],
  ["pseudonymous-id", 0.9],
  ["address", 0.7],
  // A point whatever the header (`ubicacion`, `punto`): WKT `POINT (lon lat)` only, never a lone number.
  ["coordinates", 0.6],
];

/** A WKT point (`POINT (-58.45 -34.65)`): the only coordinates found from values alone. */
const isWktPoint = (v: string) => /^POINT\s*\(/i.test(v.trim()) && coordinatePrecision(v) !== null;

const share = (matched: number, sampled: number) => (sampled ? matched / sampled : 0);
const round = (x: number) => Math.round(x * 100) / 100;

function idFinding(
  values: readonly string[],
  hinted: boolean,
): { type: IdType; valid: number; format: number; invalid: number; samples: string[] } | null {
  const tally = new Map<IdType, { valid: number; format: number; invalid: number; samples: string[] }>();
  for (const v of values) {
    for (const m of matchIds(v)) {
      const t = tally.get(m.type) ?? { valid: 0, format: 0, invalid: 0, samples: [] };
      if (m.status === "valid") t.valid++;
      else if (m.status === "format-only") t.format++;
      else t.invalid++;
      if (m.status !== "invalid-check" && t.samples.length < 3) t.samples.push(maskCell(v.trim()));
      tally.set(m.type, t);
    }
  }
  let best: ({ type: IdType } & (typeof tally extends Map<IdType, infer T> ? T : never)) | null = null;
  let bestScore = 0;
  for (const [type, t] of tally) {
    const score = (t.valid + (hinted ? t.format * 0.9 : 0)) / Math.max(1, values.length);
    if (score > bestScore) {
      bestScore = score;
      best = { type, ...t };
    }
  }
  if (!best) return null;
  const n = values.length;
  const validShare = best.valid / n;
  // Identifiers are (nearly) unique per record: a repeated code that happens to pass a check is not one.
  const distinct = new Set(values).size;
  const accept = hinted
    ? (best.valid + best.format + best.invalid) / n >= 0.5
    : validShare >= 0.9 && best.valid >= 5 && distinct >= Math.max(5, n * 0.5);
  return accept ? best : null;
}

/**
 * Whether a value is the name of a place (a province, department, municipality…), e.g. from the
 * territory code lists of `@ciudata/disaggregation`:
 * `(v) => territoryCandidates(v).length > 0`.
 */
export type PlaceNames = (value: string) => boolean;

/** Share of a name column's values that must be place names for the column to name places, not people. */
export const PLACE_NAME_SHARE = 0.6;

/**
 * Whether the values of a column read as names of places: at least 3 values, and
 * {@link PLACE_NAME_SHARE} of them place names (`Godoy Cruz`, `Junín`, `San Rafael`).
 */
function namesPlaces(values: readonly string[], isPlaceName: PlaceNames | undefined): boolean {
  if (!isPlaceName || values.length < 3) return false;
  let places = 0;
  for (const v of values) if (isPlaceName(v)) places++;
  return places >= PLACE_NAME_SHARE * values.length;
}

/**
 * Classifies one column from its header and a sample of its values: Spanish/Portuguese header names and
 * the share of values each detector accepts (IDs with check digits scored valid / format only / invalid
 * check; e-mails; phones for AR, CL, MX, BR, CO, UY, PE, EC; birth dates; coordinates and their precision;
 * names with double surnames; addresses). Format-only IDs (DNI, cédula) need a header hint, so plain
 * numeric codes are never taken for IDs. A name column (`nombre`, not `apellido`) whose values are mostly
 * names of places, as `isPlaceName` tells, names places, not people.
 *
 * @example
 * ```ts
 * classifyColumn("cuil", 1, ["20-10123456-9", "27-23456789-4"])[0]?.category; //=> "national-id"
 * const places = (v: string) => ["Godoy Cruz", "Junín", "San Rafael"].includes(v);
 * classifyColumn("NOMBRE", 2, ["Godoy Cruz", "Junín", "San Rafael"], undefined, places); //=> []
 * ```
 */
export function classifyColumn(
  header: string,
  fieldNumber: number,
  values: readonly string[],
  jurisdictions: readonly Jurisdiction[] = ["AR", "CL", "MX", "BR"],
  isPlaceName?: PlaceNames,
): ColumnFinding[] {
  const hints = headerHints(header);
  const sample = values
    .map((v) => v.trim())
    .filter((v) => v !== "" && !/^(?:na|n\/a|s\/d|null|se desconoce)$/i.test(v));
  const findings: ColumnFinding[] = [];
  const base = (category: Category) => ({
    column: header,
    fieldNumber,
    category,
    role: CATEGORY_ROLE[category],
  });
  const withLaws = (f: ColumnFinding): ColumnFinding => {
    const laws = lawsFor(f.category, jurisdictions);
    return laws.length ? { ...f, laws } : f;
  };

  const idHint = hints.includes("national-id") || hints.includes("tax-id") || hints.includes("bank-account");
  const id = sample.length ? idFinding(sample, idHint) : null;
  if (id) {
    const category: Category =
      id.type === "ar.cbu"
        ? "bank-account"
        : ["ar.cuit", "mx.rfc", "br.cnpj", "co.nit", "uy.rut", "pe.ruc", "ec.ruc"].includes(id.type)
          ? "tax-id"
          : "national-id";
    const matched = id.valid + id.format + id.invalid;
    findings.push({
      ...base(category),
      confidence: round(
        Math.min(1, (idHint ? 0.4 : 0) + 0.6 * share(id.valid + id.format * (idHint ? 1 : 0), sample.length)),
      ),
      evidence: idHint ? ["header", "values"] : ["values"],
      counts: { sampled: sample.length, matched, valid: id.valid, invalidCheck: id.invalid },
      samples: id.samples,
      idType: id.type,
    });
  } else if (idHint && sample.length === 0) {
    findings.push({
      ...base(hints.includes("tax-id") ? "tax-id" : "national-id"),
      confidence: 0.5,
      evidence: ["header"],
      counts: { sampled: 0, matched: 0 },
      samples: [],
    });
  }

  const tried = new Set<Category>();
  const surname = /apellido|sobrenome|surname/i.test(header);
  const consider = (category: Category, hinted: boolean, minShare: number) => {
    if (tried.has(category) || (id && (category === "age" || category === "phone"))) return;
    tried.add(category);
    // A `nombre` column of department or town names (cabeceras, localidades) names places, not people.
    if (category === "person-name" && !surname && namesPlaces(sample, isPlaceName)) return;
    const detect =
      category === "person-name" && !surname
        ? (v: string) => looksLikeName(v, hinted ? 1 : 2)
        : category === "coordinates" && !hinted
          ? isWktPoint
          : DETECTORS[category];
    let matched = 0;
    const samples: string[] = [];
    let places: number[] = [];
    if (detect) {
      for (const v of sample) {
        if (!detect(v)) continue;
        matched++;
        if (samples.length < 3) samples.push(maskCell(v));
        if (category === "coordinates") places.push(coordinatePrecision(v)?.places ?? 0);
      }
    }
    const s = share(matched, sample.length);
    const valuesOk = detect ? s >= minShare : false;
    if (!valuesOk && !(hinted && (!detect || sample.length === 0))) return;
    const confidence = round(Math.min(1, (hinted ? 0.45 : 0) + (detect ? 0.55 * s : 0.3)));
    const f: ColumnFinding = {
      ...base(category),
      confidence,
      evidence: hinted && valuesOk ? ["header", "values"] : hinted ? ["header"] : ["values"],
      counts: { sampled: sample.length, matched },
      samples,
    };
    if (category === "coordinates" && places.length) {
      places = places.sort((a, b) => a - b);
      const p = places[Math.floor(places.length / 2)] as number;
      f.precision = { places: p, metres: Number((111_320 / 10 ** p).toPrecision(2)) };
    }
    findings.push(withLaws(f));
  };
  for (const h of hints)
    if (h !== "national-id" && h !== "tax-id" && h !== "bank-account") consider(h, true, 0.5);
  if (!id) for (const [category, min] of VALUE_ONLY) consider(category, false, min);
  return findings.sort((a, b) => b.confidence - a.confidence);
}
