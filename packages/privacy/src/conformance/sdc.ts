import { indivRiskApprox } from "../risk/individual-risk";
import { localSuppression } from "../risk/local-suppression";
import { riskOfRows } from "../risk/measure";
import type { ConformanceCase, ConformanceGroup } from "./types";

/** The CSV texts of the sdcMicro suite (`shared/conformance/sdc/sdcmicro`). */
export interface SdcSuiteFiles {
  /** `expected_results.json`, parsed. */
  expected: unknown;
  /** `francdat.csv` text. */
  francdat?: string;
  /** `testdata.csv` text. */
  testdata?: string;
}

/** Minimal CSV for the suite's files (R's write.csv: quoted strings, no embedded commas). */
function parseCsv(text: string): { labels: string[]; rows: string[][] } {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  const split = (l: string) => l.split(",").map((c) => c.replace(/^"(.*)"$/, "$1"));
  return { labels: split(lines[0] ?? ""), rows: lines.slice(1).map(split) };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x, i) => same(x, b[i]))
    : typeof a === "number" && typeof b === "number"
      ? close(a, b)
      : JSON.stringify(a) === JSON.stringify(b);

function caseOf(id: string, expected: unknown, actual: unknown): ConformanceCase {
  return { id, status: same(actual, expected) ? "passed" : "failed", expected, actual };
}

type Json = Record<string, unknown>;

function francdat(text: string, exp: Json): ConformanceCase[] {
  const { labels, rows } = parseCsv(text);
  const qi = ["Key1", "Key2", "Key3", "Key4"];
  const out: ConformanceCase[] = [];
  const fq = exp.francdat_freqCalc as Json | undefined;
  const idx = qi.map((q) => labels.indexOf(q));
  const w = labels.indexOf("w");
  const keyRows = (rs: string[][]) => rs.map((r) => idx.map((i) => r[i] as string));
  const freq = (rs: string[][], na: boolean) => {
    const r = riskOfRows(labels, rs, { qi, weight: "w", missingMatchesAny: na, k: 2 });
    return r;
  };
  if (fq) {
    const report = freq(rows, false);
    const fk: number[] = [];
    const Fk: number[] = [];
    for (const row of rows) {
      const same = rows.filter((o) => idx.every((i) => o[i] === row[i]));
      fk.push(same.length);
      Fk.push(same.reduce((s, o) => s + Number(o[w]), 0));
    }
    out.push(caseOf("francdat/freqCalc/fk", fq.fk, fk));
    out.push(caseOf("francdat/freqCalc/Fk", fq.Fk, Fk));
    out.push(caseOf("francdat/freqCalc/n1", fq.n1, report.sampleUniques));
    out.push(caseOf("francdat/freqCalc/n2", fq.n2, fk.filter((f) => f === 2).length));
    out.push(caseOf("francdat/violating-2", 4, report.violations.find((v) => v.k === 2)?.records));
    out.push(caseOf("francdat/violating-3", 8, report.violations.find((v) => v.k === 3)?.records));
    out.push(
      caseOf(
        "francdat/indivRisk/rk",
        fq.indivRisk_rk,
        fk.map((f, i) => indivRiskApprox(f, Fk[i] as number)),
      ),
    );
  }
  const na = exp.francdat_freqCalc_with_NA as Json | undefined;
  if (na) {
    // x[3,5] <- NA; x[4,2] <- x[4,4] <- NA; x[5,6] <- NA; x[6,2] <- NA (R: 1-based row, column)
    const x = rows.map((r) => [...r]);
    for (const [r, c] of [
      [3, 5],
      [4, 2],
      [4, 4],
      [5, 6],
      [6, 2],
    ] as const)
      (x[r - 1] as string[])[c - 1] = "NA";
    const rep = riskOfRows(labels, x, { qi, weight: "w", missingMatchesAny: true });
    void rep;
    const acc = freqWithNa(labels, x, qi);
    out.push(
      caseOf(
        "francdat/freqCalc-NA/fk",
        na.fk,
        acc.map((a) => a.fk),
      ),
    );
    out.push(
      caseOf(
        "francdat/freqCalc-NA/Fk",
        na.Fk,
        acc.map((a) => a.Fk),
      ),
    );
  }
  const ls = exp.francdat_localSuppression as Json | undefined;
  if (ls) {
    const keys = keyRows(rows).map((r) => r.slice(1));
    const res = localSuppression(keys, { k: 2 });
    const sdc = Object.values(ls.supps as Record<string, number>).reduce((a, b) => a + b, 0);
    out.push({
      id: "francdat/localSuppression/reaches-2-anonymity-with-at-most-sdcMicro-suppressions",
      status: res.kAnonymous && res.total <= sdc ? "passed" : "failed",
      expected: `<= ${sdc}`,
      actual: res.total,
    });
  }
  return out;
}

function freqWithNa(labels: string[], rows: string[][], qi: string[]) {
  const idx = qi.map((q) => labels.indexOf(q));
  const w = labels.indexOf("w");
  const miss = (c: string | undefined) => c === "NA" || c === "";
  return rows.map((row) => {
    const m = rows.filter((o) => idx.every((i) => miss(o[i]) || miss(row[i]) || o[i] === row[i]));
    return { fk: m.length, Fk: m.reduce((s, o) => s + Number(o[w]), 0) };
  });
}

function testdata(text: string, exp: Json): ConformanceCase[] {
  const { labels, rows } = parseCsv(text);
  const out: ConformanceCase[] = [];
  const seven = exp.testdata_7keys as Json | undefined;
  if (seven) {
    const qi = ["urbrur", "roof", "walls", "water", "electcon", "relat", "sex"];
    const r = riskOfRows(labels, rows, { qi, k: 5, weight: "sampling_weight" });
    const v = (k: number) => r.violations.find((x) => x.k === k)?.records;
    out.push(caseOf("testdata/7keys/n", seven.n, r.records));
    out.push(caseOf("testdata/7keys/violating-2", seven.violating_2_anonymity, v(2)));
    out.push(caseOf("testdata/7keys/violating-3", seven.violating_3_anonymity, v(3)));
    out.push(caseOf("testdata/7keys/violating-5", seven.violating_5_anonymity, v(5)));
    out.push(caseOf("testdata/7keys/classes", seven.n_equivalence_classes, r.classes));
    out.push(caseOf("testdata/7keys/global-risk", seven.global_risk, r.weighted?.globalRisk));
    out.push(
      caseOf(
        "testdata/7keys/expected-reidentifications",
        seven.global_risk_ER,
        r.weighted?.expectedReidentifications,
      ),
    );
    out.push(caseOf("testdata/7keys/max-risk", seven.max_rk, r.weighted?.max));
  }
  const five = exp.testdata_measure_risk_5keys as Json | undefined;
  const qi5 = ["urbrur", "roof", "walls", "water", "sex"];
  if (five) {
    const r = riskOfRows(labels, rows, { qi: qi5, k: 3 });
    out.push(caseOf("testdata/5keys/global-risk", five.global_risk, r.risk.mean));
    out.push(
      caseOf(
        "testdata/5keys/expected-reidentifications",
        five.global_risk_ER,
        r.risk.expectedReidentifications,
      ),
    );
    out.push(caseOf("testdata/5keys/fk<2", five.fk_lt2, r.violations.find((x) => x.k === 2)?.records));
    out.push(caseOf("testdata/5keys/fk<3", five.fk_lt3, r.violations.find((x) => x.k === 3)?.records));
    const w = riskOfRows(labels, rows, { qi: qi5, weight: "sampling_weight" });
    out.push(
      caseOf("testdata/5keys/weighted-global-risk", five.weighted_global_risk, w.weighted?.globalRisk),
    );
    out.push(
      caseOf(
        "testdata/5keys/weighted-expected-reidentifications",
        five.weighted_global_risk_ER,
        w.weighted?.expectedReidentifications,
      ),
    );
  }
  const ld = exp.testdata_ldiversity as Json | undefined;
  if (ld) {
    const r = riskOfRows(labels, rows, { qi: qi5, sensitive: ["electcon"] });
    const l = r.lDiversity[0];
    out.push(caseOf("testdata/ldiversity/distinct-table", ld.distinct_ldiv_table, l?.distinctRecords));
    out.push(caseOf("testdata/ldiversity/min-distinct", ld.min_distinct_ldiv, l?.distinctMin));
  }
  return out;
}

/**
 * Reproduces sdcMicro 5.8.1's published numbers (`shared/conformance/sdc`): francdat frequencies (fk, Fk,
 * n1, n2, individual risk, the missing-matches-any variant), testdata records violating 2/3/5-anonymity,
 * classes, global and weighted risk, and l-diversity counts. Browser-safe: give it the file texts.
 *
 * @example
 * ```ts
 * const groups = runSdcSuite({ expected, francdat: francdatCsv, testdata: testdataCsv });
 * countCases(groups); //=> { passed: 26, failed: 0, skipped: 0 }
 * ```
 */
export function runSdcSuite(files: SdcSuiteFiles): ConformanceGroup[] {
  const exp = (files.expected ?? {}) as Json;
  const groups: ConformanceGroup[] = [];
  groups.push({
    label: "francdat",
    cases: files.francdat
      ? francdat(files.francdat, exp)
      : [{ id: "francdat", status: "skipped", reason: "no francdat.csv" }],
  });
  groups.push({
    label: "testdata",
    cases: files.testdata
      ? testdata(files.testdata, exp)
      : [{ id: "testdata", status: "skipped", reason: "no testdata.csv" }],
  });
  return groups;
}
