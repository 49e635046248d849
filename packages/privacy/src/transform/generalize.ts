import type { ColumnTransform } from "./plan";

/** A `generalize` step of an anonymization plan. */
export type Generalize = Extract<ColumnTransform, { action: "generalize" }>;

const PRESETS: Record<string, number[]> = {
  "un-broad": [0, 15, 25, 45, 65],
  children: [0, 18],
  "older-60": [0, 60],
  "older-65": [0, 65],
};

function ageBand(age: number, t: Extract<Generalize, { method: "age-band" }>): string {
  const cuts = t.preset && t.preset !== "five-year" ? (PRESETS[t.preset] as number[]) : null;
  if (cuts) {
    let i = cuts.length - 1;
    while (i > 0 && age < (cuts[i] as number)) i--;
    const lo = cuts[i] as number;
    const next = cuts[i + 1];
    return next === undefined ? `${lo}+` : `${lo}-${next - 1}`;
  }
  if (t.top !== undefined && age >= t.top) return `${t.top}+`;
  const lo = Math.floor(age / t.width) * t.width;
  return t.width === 1 ? String(lo) : `${lo}-${lo + t.width - 1}`;
}

const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

function dateTo(value: string, to: "year" | "month"): string | null {
  let y: string | undefined;
  let m: string | undefined;
  const iso = ISO.exec(value);
  if (iso) [y, m] = [iso[1], iso[2]];
  else {
    const dmy = DMY.exec(value);
    if (dmy) [y, m] = [dmy[3], dmy[2]];
  }
  if (y === undefined || m === undefined) return null;
  return to === "year" ? y : `${y}-${m.padStart(2, "0")}`;
}

function parseNumber(value: string): { n: number; comma: boolean } | null {
  const v = value.trim();
  const comma = v.includes(",") && !v.includes(".");
  const n = Number(comma ? v.replace(",", ".") : v);
  return v === "" || !Number.isFinite(n) ? null : { n, comma };
}

const write = (n: number, decimals: number, comma: boolean) => {
  const s = n.toFixed(decimals);
  return comma ? s.replace(".", ",") : s;
};

/**
 * Generalises one cell: age to bands (with top coding and UN presets), date to month or year, numbers
 * rounded, coordinates snapped to a grid (approximate metres along a meridian), top and bottom coding,
 * or recoding through a map (barrio → comuna). Cells that cannot be read are blanked (never leaked).
 *
 * @example
 * ```ts
 * generalizeCell("37", { action: "generalize", method: "age-band", width: 5 }); //=> "35-39"
 * generalizeCell("14/9/1936", { action: "generalize", method: "date", to: "year" }); //=> "1936"
 * generalizeCell("-34,6253367952668", { action: "generalize", method: "round", decimals: 3 }); //=> "-34,625"
 * ```
 */
export function generalizeCell(value: string, t: Generalize): string {
  const v = value.trim();
  if (v === "") return "";
  switch (t.method) {
    case "age-band": {
      const p = parseNumber(v);
      return p && p.n >= 0 ? ageBand(Math.floor(p.n), t) : "";
    }
    case "date":
      return dateTo(v, t.to) ?? "";
    case "round": {
      const p = parseNumber(v);
      return p ? write(p.n, t.decimals, p.comma) : "";
    }
    case "grid": {
      const p = parseNumber(v);
      if (!p) return "";
      const step = t.metres / 111_320;
      const decimals = Math.min(10, Math.max(0, Math.ceil(-Math.log10(step)) + 1));
      return write(Math.round(p.n / step) * step, decimals, p.comma);
    }
    case "top-bottom": {
      const p = parseNumber(v);
      if (!p) return "";
      if (t.top !== undefined && p.n > t.top) return write(t.top, 0, p.comma);
      if (t.bottom !== undefined && p.n < t.bottom) return write(t.bottom, 0, p.comma);
      return v;
    }
    case "recode":
      return t.map[v] ?? t.otherwise ?? v;
  }
}

/**
 * Masks a cell keeping a few characters at each end.
 *
 * @example
 * ```ts
 * maskValue("20-10123456-9", 0, 2, "*"); //=> "***********-9"
 * ```
 */
export function maskValue(value: string, keepStart: number, keepEnd: number, char: string): string {
  const chars = [...value];
  if (keepStart + keepEnd >= chars.length) return char.repeat(chars.length);
  return chars.map((c, i) => (i < keepStart || i >= chars.length - keepEnd ? c : char)).join("");
}
