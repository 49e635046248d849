// Property: nothing a survey report hides can be worked out from what it shows (counts adding up to totals).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SurveyInstrument, SurveyResponse } from "../model/people";
import { surveyReport } from "./report";

const AREAS = ["a0", "a1", "a2", "a3", "a4"];
const TEMAS = ["t0", "t1", "t2"];
const NIVEL = ["n0", "n1", "n2"];
const choices = (names: string[]) => names.map((name) => ({ name, label: { es: name }, superTheme: [] }));
const instrument: SurveyInstrument = {
  id: "prueba",
  version: "1",
  title: { es: "Prueba" },
  questions: [
    { name: "area", type: "select_one", label: { es: "Área" }, listName: "areas" },
    { name: "temas", type: "select_multiple", label: { es: "Temas" }, listName: "temas" },
    { name: "nivel", type: "select_one", label: { es: "Nivel" }, listName: "nivel" },
  ],
  choiceLists: { areas: choices(AREAS), temas: choices(TEMAS), nivel: choices(NIVEL) },
  tags: [],
};

const P = 1_000_003;
const mod = (a: number) => ((a % P) + P) % P;
const inverse = (a: number) => {
  let [r0, r1, s0, s1] = [P, mod(a), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return mod(s0);
};

/** The unknowns whose value the equations fix: a unit vector in the row space (exact, over a prime field). */
function determined(rows: number[][], width: number): Set<number> {
  const m = rows.map((r) => r.map(mod));
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < width && rank < m.length; col++) {
    const p = m.findIndex((r, i) => i >= rank && r[col] !== 0);
    if (p === -1) continue;
    [m[rank], m[p]] = [m[p] as number[], m[rank] as number[]];
    const pr = m[rank] as number[];
    const inv = inverse(pr[col] as number);
    for (let c = 0; c < width; c++) pr[c] = mod((pr[c] as number) * inv);
    for (const [i, r] of m.entries())
      if (i !== rank && r[col] !== 0) {
        const f = r[col] as number;
        for (let c = 0; c < width; c++) r[c] = mod((r[c] as number) - f * (pr[c] as number));
      }
    pivots.push(col);
    rank++;
  }
  const out = new Set<number>();
  for (let i = 0; i < rank; i++)
    if ((m[i] as number[]).filter((v) => v !== 0).length === 1) out.add(pivots[i] as number);
  return out;
}

/**
 * Every figure of the report as a variable with its true value and whether it is shown, and every sum a
 * reader knows holds; blank answers are taken as known (a required question has none). Returns the hidden
 * figures that are small (under `minCell`, or of a small area) and yet fixed by the shown ones.
 */
function leaks(
  responses: SurveyResponse[],
  minCell: number,
  report = surveyReport(instrument, responses, { by: "area", minCell }),
) {
  const vars: { name: string; value: number; shown: boolean; small: boolean }[] = [];
  const v = (name: string, value: number, shown: number | null | undefined, small = false) => {
    if (shown !== null && shown !== undefined) expect(shown, name).toBe(value);
    return vars.push({ name, value, shown: shown !== null && shown !== undefined, small }) - 1;
  };
  const count = (rs: SurveyResponse[], q: string, t: string) =>
    rs.filter((r) => ([] as unknown[]).concat(r.answers[q] ?? []).includes(t)).length;
  const blank = (rs: SurveyResponse[], q: string) =>
    rs.filter((r) => ([] as unknown[]).concat(r.answers[q] ?? []).length === 0).length;
  const shownCount = (topics: { topic: string; count: number | null }[] | undefined, t: string) =>
    topics?.find((x) => x.topic === t)?.count;
  const equations: number[][] = [];
  // A sum of nothing (no area answered) says nothing a reader does not see: every count is 0 of 0.
  const sum = (total: number, parts: number[]) => parts.length && equations.push([total, ...parts]);
  const overall = (q: string) => report.questions.find((x) => x.question === q)?.topics;
  const all = v("N", responses.length, report.respondents);
  const areas = AREAS.map((a) => ({ a, rs: responses.filter((r) => r.answers.area === a) })).filter(
    (x) => x.rs.length > 0,
  );
  const shownArea = (a: string) => report.byArea?.areas.find((x) => x.area === a);
  const size = areas.map(({ a, rs }) => {
    const fromQuestion = shownCount(overall("area"), a);
    return v(`n[${a}]`, rs.length, shownArea(a)?.respondents ?? fromQuestion, rs.length < minCell);
  });
  sum(all, size);
  for (const q of ["temas", "nivel"]) {
    const topics = q === "temas" ? TEMAS : NIVEL;
    const totals = topics.map((t) => v(`C[${q},${t}]`, count(responses, q, t), shownCount(overall(q), t)));
    const cells = areas.map(({ a, rs }) => {
      const mine = shownArea(a)?.questions.find((x) => x.question === q)?.topics;
      return topics.map((t) =>
        v(`c[${q},${a},${t}]`, count(rs, q, t), shownCount(mine, t), rs.length < minCell),
      );
    });
    for (const [i, t] of totals.entries())
      sum(
        t,
        cells.map((row) => row[i] as number),
      );
    if (q === "nivel") {
      sum(all, [...totals, v("blank", blank(responses, q), blank(responses, q))]);
      for (const [k, row] of cells.entries()) {
        const rs = areas[k]?.rs ?? [];
        sum(size[k] as number, [...row, v(`blank[${k}]`, blank(rs, q), blank(rs, q))]);
      }
    }
  }
  // Unknowns are the hidden figures; the shown ones move to the known side.
  const unknown = vars.flatMap((x, i) => (x.shown ? [] : [i]));
  const column = new Map(unknown.map((u, j) => [u, j]));
  const rows = equations.map(([total, ...parts]) => {
    const row = new Array<number>(unknown.length).fill(0);
    const put = (i: number, c: number) => {
      const j = column.get(i);
      if (j !== undefined) row[j] = (row[j] as number) + c;
    };
    put(total as number, -1);
    for (const p of parts) put(p, 1);
    return row;
  });
  const fixed = determined(rows, unknown.length);
  return unknown
    .filter((u, j) => fixed.has(j) && ((vars[u]?.small ?? false) || (vars[u]?.value ?? 0) < minCell))
    .map((u) => vars[u]?.name);
}

describe("survey report: hidden figures cannot be worked out by subtraction", () => {
  const response = fc.record({
    area: fc.constantFrom(...AREAS),
    temas: fc.subarray(TEMAS),
    nivel: fc.option(fc.constantFrom(...NIVEL), { nil: undefined }),
  });
  it("holds for random respondents per area and any minCell (every linear combination of shown figures)", () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (rows, minCell) => {
        const responses: SurveyResponse[] = rows.map((r) => ({
          instrumentId: "prueba",
          instrumentVersion: "1",
          submittedAt: "2024-05-01",
          answers: { area: r.area, temas: r.temas, ...(r.nivel ? { nivel: r.nivel } : {}) },
        }));
        expect(leaks(responses, minCell)).toEqual([]);
        // The hidden areas are never one alone, nor together under minCell, unless the total is hidden too.
        const r = surveyReport(instrument, responses, { by: "area", minCell });
        const hidden = r.byArea?.hiddenAreas ?? 0;
        const together = responses.length - (r.byArea?.areas ?? []).reduce((a, x) => a + x.respondents, 0);
        if (hidden > 0 && r.respondents !== null) expect(hidden >= 2 && together >= minCell).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("catches the subtraction a single hidden area allowed (the check itself can fail)", () => {
    const one = (area: string, temas: string[]): SurveyResponse => ({
      instrumentId: "prueba",
      instrumentVersion: "1",
      submittedAt: "2024-05-01",
      answers: { area, temas, nivel: "n0" },
    });
    const rs = [
      ...Array.from({ length: 8 }, () => one("a0", ["t0"])),
      ...Array.from({ length: 9 }, () => one("a1", ["t0"])),
      ...Array.from({ length: 2 }, () => one("a2", ["t1"])),
    ];
    const r = surveyReport(instrument, rs, { by: "area", minCell: 5 });
    // a2 (2) hidden with a0 (8), the next smallest: only their sum (10) follows from the total.
    expect(r.byArea?.areas.map((a) => a.area)).toEqual(["a1"]);
    expect(r.byArea).toMatchObject({ hiddenAreas: 2, protectiveAreas: 1 });
    expect(leaks(rs, 5)).toEqual([]);
    // With minCell 10, a0 (8) and a1 (9) are small too, a2 alone with them: all hidden, the total shown.
    expect(leaks(rs, 10)).toEqual([]);
    // The old report hid a2 alone: 19 − 8 − 9 gives its 2.
    const old = surveyReport(instrument, rs, { by: "area", minCell: 1 });
    const byArea = old.byArea && { ...old.byArea, areas: old.byArea.areas.filter((a) => a.area !== "a2") };
    const questions = old.questions.map((q) => ({
      ...q,
      topics: q.topics.map((t) => (q.question === "area" && t.topic === "a2" ? { ...t, count: null } : t)),
    }));
    expect(leaks(rs, 5, { ...old, questions, ...(byArea ? { byArea } : {}) })).toContain("n[a2]");
  });
});
