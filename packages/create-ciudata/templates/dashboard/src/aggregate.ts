// Pure functions behind the charts: easy to test (test/aggregate.test.ts) and to change.
import type { Column, Row } from "./snapshot";

export interface Count {
  key: string;
  count: number;
}

/** Counts rows by the value of one column, largest first (empty values as "—"). */
export function countBy(rows: readonly Row[], column: string): Count[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = row[column]?.trim() || "—";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * The column to count by: the configured one when it exists, else the first text column with
 * between 2 and 30 different values (a category, not an id or a free text).
 */
export function pickCategory(
  columns: readonly Column[],
  rows: readonly Row[],
  wanted?: string | null,
): string | null {
  if (wanted && columns.some((c) => c.name === wanted)) return wanted;
  for (const column of columns) {
    if (column.type !== "string") continue;
    const distinct = new Set(rows.map((r) => r[column.name])).size;
    if (distinct >= 2 && distinct <= 30) return column.name;
  }
  return null;
}

/** The first date column (by type, or named fecha/date/data), or `null`. */
export function pickDate(columns: readonly Column[]): string | null {
  const byType = columns.find((c) => c.type === "date" || c.type === "datetime");
  return (byType ?? columns.find((c) => /^(fecha|date|data)(_|$)/i.test(c.name)))?.name ?? null;
}

/** Counts rows per month (`YYYY-MM`) of a date column, in time order; unreadable dates are skipped. */
export function countByMonth(rows: readonly Row[], column: string): { month: Date; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const match = /^(\d{4})-(\d{2})/.exec(row[column] ?? "");
    if (match) counts.set(`${match[1]}-${match[2]}`, (counts.get(`${match[1]}-${match[2]}`) ?? 0) + 1);
  }
  return [...counts.keys()]
    .sort()
    .map((key) => ({ month: new Date(`${key}-01T00:00:00Z`), count: counts.get(key) ?? 0 }));
}

const LAT = /^(lat|latitud|latitude|y_lat)$/i;
const LON = /^(lon|lng|long|longitud|longitude|x_lon)$/i;

/** Points with valid coordinates when the table has latitude and longitude columns, else `null`. */
export function coordinates(
  columns: readonly Column[],
  rows: readonly Row[],
): { lon: number; lat: number }[] | null {
  const lat = columns.find((c) => LAT.test(c.name))?.name;
  const lon = columns.find((c) => LON.test(c.name))?.name;
  if (!lat || !lon) return null;
  const points = rows
    .map((r) => ({ lon: Number(r[lon]?.replace(",", ".")), lat: Number(r[lat]?.replace(",", ".")) }))
    .filter(
      (p) =>
        Number.isFinite(p.lon) && Number.isFinite(p.lat) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180,
    )
    .filter((p) => p.lon !== 0 || p.lat !== 0);
  return points.length > 0 ? points : null;
}
