import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { damerau } from "./damerau";
import { jaroWinkler } from "./jaro-winkler";

// Golden test: our metrics must equal DuckDB's, so the in-process and the DuckDB engines agree on every
// level. DuckDB is a root devDependency and runs embedded, in memory.

const NAMES = [
  "GONZALEZ",
  "GONZALES",
  "RODRIGUEZ",
  "RODRIGUES",
  "PEREZ",
  "PERES",
  "MARTINEZ",
  "MARTIN",
  "HERNANDEZ",
  "FERNANDEZ",
  "GARCIA LOPEZ",
  "GARCIA PEREZ",
  "MARIA JOSE",
  "MARIA LUISA",
  "JOSE LUIS",
  "JOSE MARIA",
  "MARIA GUADALUPE",
  "GUADALUPE",
  "NUNEZ",
  "IBARRA",
  "YBARRA",
  "XOCHITL",
  "CRUZ",
  "DE LA CRUZ",
  "LI",
];

function pairs(): [string, string][] {
  const out: [string, string][] = [];
  for (let a = 0; a < NAMES.length; a++)
    for (let b = a; b < NAMES.length; b++) out.push([NAMES[a] as string, NAMES[b] as string]);
  const edges = [
    "",
    "A",
    "B",
    "AB",
    "BA",
    "ABC",
    "CA",
    "MARTHA",
    "MARHTA",
    "DIXON",
    "DICKSONX",
    "1985-03-07",
  ];
  for (const a of edges) for (const b of edges) out.push([a, b]);
  // Digits and dates, transpositions, and non-ASCII text (metrics run on UTF-8 bytes, like DuckDB's).
  out.push(
    ["1985-03-07", "1985-07-03"],
    ["1985-03-07", "1985-03-17"],
    ["GOMA850307HDFRRN09", "GOMA850307HDFRRN06"],
  );
  out.push(["GOMA850307HDFRRN09", "GOAM850307HDFRRN09"], ["NUÑEZ", "NUNEZ"], ["ÑANDÚ", "NANDU"], ["Ñ", "N"]);
  return out;
}

describe("string metrics equal DuckDB's", () => {
  let rows: { a: string; b: string; jw: number; dl: number }[] = [];
  let instance: DuckDBInstance;

  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run("CREATE TABLE p (i INTEGER, a VARCHAR, b VARCHAR)");
    const appender = await connection.createAppender("p");
    pairs().forEach(([a, b], i) => {
      appender.appendInteger(i);
      appender.appendVarchar(a);
      appender.appendVarchar(b);
      appender.endRow();
    });
    appender.closeSync();
    const reader = await connection.runAndReadAll(
      "SELECT a, b, jaro_winkler_similarity(a, b), damerau_levenshtein(a, b) FROM p ORDER BY i",
    );
    rows = reader
      .getRows()
      .map(([a, b, jw, dl]) => ({ a: String(a), b: String(b), jw: Number(jw), dl: Number(dl) }));
    connection.closeSync();
  });
  afterAll(() => instance?.closeSync());

  it("compares several hundred pairs", () => {
    expect(rows.length).toBeGreaterThan(450);
  });

  it("jaroWinkler equals jaro_winkler_similarity on every pair", () => {
    const wrong = rows.filter((r) => Math.abs(jaroWinkler(r.a, r.b) - r.jw) > 1e-12);
    expect(wrong).toEqual([]);
  });

  it("damerau equals damerau_levenshtein on every pair, and caps above max", () => {
    const wrong = rows.filter((r) => damerau(r.a, r.b) !== r.dl);
    expect(wrong).toEqual([]);
    for (const max of [0, 1, 2])
      expect(rows.filter((r) => damerau(r.a, r.b, max) !== Math.min(r.dl, max + 1))).toEqual([]);
  });

  it("DuckDB's damerau_levenshtein is the unrestricted distance, not optimal string alignment", () => {
    expect(rows.find((r) => r.a === "CA" && r.b === "ABC")?.dl).toBe(2);
  });
});
