// Property: nothing a survey report hides can be worked out from what it shows (counts adding up to totals).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SurveyInstrument, SurveyResponse } from "../model/people";
import { type SurveyReport, surveyReport } from "./report";

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
 * Every figure of the report as a variable with its true value and whether it is shown, every sum a reader
 * knows holds, and every "at most" a reader knows (a count in an area is at most the area's respondents, a
 * count at most the total); blank answers are taken as known (a required question has none).
 */
function model(responses: SurveyResponse[], minCell: number, report: SurveyReport) {
  const vars: { name: string; value: number; shown: boolean; small: boolean; area: boolean }[] = [];
  const v = (name: string, value: number, shown: number | null | undefined, small = false, area = false) => {
    if (shown !== null && shown !== undefined) expect(shown, name).toBe(value);
    return vars.push({ name, value, shown: shown !== null && shown !== undefined, small, area }) - 1;
  };
  const count = (rs: SurveyResponse[], q: string, t: string) =>
    rs.filter((r) => ([] as unknown[]).concat(r.answers[q] ?? []).includes(t)).length;
  const blank = (rs: SurveyResponse[], q: string) =>
    rs.filter((r) => ([] as unknown[]).concat(r.answers[q] ?? []).length === 0).length;
  const shownCount = (topics: { topic: string; count: number | null }[] | undefined, t: string) =>
    topics?.find((x) => x.topic === t)?.count;
  const equations: number[][] = [];
  const atMost: [number, number][] = [];
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
    return v(`n[${a}]`, rs.length, shownArea(a)?.respondents ?? fromQuestion, rs.length < minCell, true);
  });
  sum(all, size);
  for (const q of ["temas", "nivel"]) {
    const topics = q === "temas" ? TEMAS : NIVEL;
    const totals = topics.map((t) => v(`C[${q},${t}]`, count(responses, q, t), shownCount(overall(q), t)));
    for (const t of totals) atMost.push([t, all]);
    const cells = areas.map(({ a, rs }, k) => {
      const mine = shownArea(a)?.questions.find((x) => x.question === q)?.topics;
      return topics.map((t) => {
        const c = v(`c[${q},${a},${t}]`, count(rs, q, t), shownCount(mine, t), rs.length < minCell);
        atMost.push([c, size[k] as number]);
        return c;
      });
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
  return { vars, equations, atMost };
}

/** The hidden figures that are small (under `minCell`, or of a small area) and yet fixed by the shown ones. */
function leaks(
  responses: SurveyResponse[],
  minCell: number,
  report = surveyReport(instrument, responses, { by: "area", minCell }),
) {
  const { vars, equations } = model(responses, minCell, report);
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

/**
 * The least and the most each figure can be, by interval propagation over the sums and the "at most"s until
 * nothing changes (sound: a value it rules out is impossible given the report). A hidden area has at least
 * 1 respondent and at most the smallest shown area (the areas hidden to protect a small one are the
 * next-smallest); a hidden count is at least 0. Returns the hidden figures from 1 to `minCell` − 1 whose
 * range is one value or lies under `minCell` (a true zero is about no one: the threshold rule protects the
 * counts from 1 up; when everyone left a question blank, its counts are 0 for any reader who knows the
 * blanks).
 */
function intervalLeaks(
  responses: SurveyResponse[],
  minCell: number,
  report = surveyReport(instrument, responses, { by: "area", minCell }),
): string[] {
  // No one answered: every count is 0 of 0, about no one.
  if (responses.length === 0) return [];
  const { vars, equations, atMost } = model(responses, minCell, report);
  const shownSizes = (report.byArea?.areas ?? []).map((a) => a.respondents);
  const roof = shownSizes.length ? Math.min(...shownSizes) : Number.POSITIVE_INFINITY;
  const lo = vars.map((x) => (x.shown ? x.value : x.area ? 1 : 0));
  const hi = vars.map((x) => (x.shown ? x.value : x.area ? roof : Number.POSITIVE_INFINITY));
  const tighten = (i: number, low: number, high: number) => {
    let changed = false;
    if (low > (lo[i] as number)) {
      lo[i] = low;
      changed = true;
    }
    if (high < (hi[i] as number)) {
      hi[i] = high;
      changed = true;
    }
    return changed;
  };
  for (let round = 0, changed = true; changed && round < 500; round++) {
    changed = false;
    for (const [total, ...parts] of equations) {
      const t = total as number;
      const sumLo = parts.reduce((a, p) => a + (lo[p] as number), 0);
      const sumHi = parts.reduce((a, p) => a + (hi[p] as number), 0);
      if (tighten(t, sumLo, sumHi)) changed = true;
      for (const p of parts) {
        const othersLo = sumLo - (lo[p] as number);
        const othersHi = sumHi - (hi[p] as number);
        // Infinity − Infinity: the others are unbounded, so nothing is learnt about this part's least.
        const least = Number.isFinite(othersHi) ? (lo[t] as number) - othersHi : 0;
        if (tighten(p, least, (hi[t] as number) - othersLo)) changed = true;
      }
    }
    for (const [a, b] of atMost) {
      if (tighten(a, lo[a] as number, hi[b] as number)) changed = true;
      if (tighten(b, lo[a] as number, hi[b] as number)) changed = true;
    }
  }
  for (const [i, x] of vars.entries()) expect(lo[i] as number, x.name).toBeLessThanOrEqual(x.value);
  for (const [i, x] of vars.entries()) expect(hi[i] as number, x.name).toBeGreaterThanOrEqual(x.value);
  return vars.flatMap((x, i) =>
    !x.shown && x.value > 0 && x.value < minCell && ((hi[i] as number) < minCell || lo[i] === hi[i])
      ? [`${x.name} ∈ [${lo[i]}, ${hi[i]}]`]
      : [],
  );
}

/**
 * What a reader can bound, not only solve: the same figures and sums as {@link leaks}, plus what the reader
 * knows of every hidden figure (an area has at least 1 respondent, a count at least 0, a count in an area at
 * most its respondents, a hidden area at most the smallest shown one, since the next-smallest areas are
 * the ones hidden to protect a small one), and whatever the report says about why each is hidden.
 *
 * Two readers:
 * - the areas, exactly: every way of giving the hidden areas sizes (each from 1 to the smallest shown area,
 *   adding up to the total minus the shown areas, at least one under `minCell`, and agreeing with any split
 *   of the hidden areas into small and larger ones the report publishes) is enumerated; the values each
 *   hidden area can take are then exactly known;
 * - every figure, by interval propagation over the sums (sound: a value it rules out is truly impossible).
 *
 * A hidden figure under `minCell` leaks when the values it can take are all under `minCell` (the reader
 * knows it is small), or one value (pinned), or when only one of them is small (whichever hidden area is the
 * small one, the reader knows its count). Returns the names of those figures.
 */
function boundLeaks(
  responses: SurveyResponse[],
  minCell: number,
  report = surveyReport(instrument, responses, { by: "area", minCell }),
): string[] {
  const out: string[] = [];
  const areas = AREAS.map((a) => ({ a, n: responses.filter((r) => r.answers.area === a).length })).filter(
    (x) => x.n > 0,
  );
  const byArea = report.byArea;
  if (!byArea) return out;
  const shown = new Map(byArea.areas.map((x) => [x.area, x.respondents]));
  const hidden = areas.filter((x) => !shown.has(x.a));
  expect(byArea.hiddenAreas).toBe(hidden.length);
  const smallest = Math.min(...[...shown.values()]);
  const areaTopics = report.questions.find((q) => q.question === "area")?.topics ?? [];
  const said = (a: string) => areaTopics.find((t) => t.topic === a)?.reason as string | null | undefined;
  const split = (byArea as { protectiveAreas?: number }).protectiveAreas;
  if (report.respondents !== null && hidden.length > 0) {
    const S = report.respondents - [...shown.values()].reduce((x, y) => x + y, 0);
    const h = hidden.length;
    const top = Number.isFinite(smallest) ? smallest : S;
    const can = hidden.map(() => new Set<number>());
    const x: number[] = [];
    const walk = (i: number, left: number) => {
      if (i === h - 1) {
        if (left < 1 || left > top) return;
        x.push(left);
        const small = x.filter((v) => v < minCell).length;
        const fits =
          small > 0 &&
          (split === undefined || h - small === split) &&
          hidden.every(({ a }, j) => {
            const why = said(a);
            return why === "small"
              ? (x[j] as number) < minCell
              : why === "protective"
                ? (x[j] as number) >= minCell
                : true;
          });
        if (fits) for (const [j, v] of x.entries()) can[j]?.add(v);
        x.pop();
        return;
      }
      for (let v = 1; v <= Math.min(top, left - (h - 1 - i)); v++) {
        x.push(v);
        walk(i + 1, left - v);
        x.pop();
      }
    };
    walk(0, S);
    for (const [j, { a, n }] of hidden.entries()) {
      if (n >= minCell) continue;
      const values = [...(can[j] ?? [])];
      expect(values, `n[${a}] = ${n} must be possible`).toContain(n);
      const smallOnes = values.filter((v) => v < minCell);
      if (values.every((v) => v < minCell) || values.length === 1 || (minCell > 2 && smallOnes.length === 1))
        out.push(`n[${a}] ∈ {${values.sort((p, q) => p - q).join(",")}}`);
    }
  }
  return out;
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
        const report = surveyReport(instrument, responses, { by: "area", minCell });
        expect(leaks(responses, minCell, report)).toEqual([]);
        expect(boundLeaks(responses, minCell, report)).toEqual([]);
        expect(intervalLeaks(responses, minCell, report)).toEqual([]);
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
    expect(r.byArea).toMatchObject({ hiddenAreas: 2 });
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

  it("no bound pins a small area: the hidden areas are counted together, never split into small and larger", () => {
    const one = (area: string): SurveyResponse => ({
      instrumentId: "prueba",
      instrumentVersion: "1",
      submittedAt: "2024-05-01",
      answers: { area, temas: ["t0"], nivel: "n0" },
    });
    const of = (sizes: number[]) => sizes.flatMap((n, i) => Array.from({ length: n }, () => one(`a${i}`)));
    // Areas of 1, 5 and 9 with minCell 5: hiding 1 and 5 leaves a hidden sum of 6; "one small, one larger"
    // would pin them to 1 and 5.
    for (const sizes of [
      [1, 5, 9],
      [1, 5, 9, 9],
      [2, 2, 2, 9, 9],
      [4, 9, 9, 9],
      [1, 1, 9, 12],
    ]) {
      const rs = of(sizes);
      const r = surveyReport(instrument, rs, { by: "area", minCell: 5 });
      expect(r.byArea, sizes.join()).not.toHaveProperty("protectiveAreas");
      expect(boundLeaks(rs, 5, r), sizes.join()).toEqual([]);
      expect(intervalLeaks(rs, 5, r), sizes.join()).toEqual([]);
      expect(leaks(rs, 5, r), sizes.join()).toEqual([]);
      // Every hidden figure says only that it is hidden.
      const reasons = [
        ...r.questions.flatMap((q) => q.topics),
        ...(r.byArea?.areas ?? []).flatMap((a) => a.questions.flatMap((q) => q.topics)),
      ].map((t) => t.reason);
      expect(new Set(reasons.filter((x) => x !== null))).toEqual(new Set(["hidden"]));
    }
  });

  it("the bound reader catches the split the old report published (the check itself can fail)", () => {
    const one = (area: string): SurveyResponse => ({
      instrumentId: "prueba",
      instrumentVersion: "1",
      submittedAt: "2024-05-01",
      answers: { area, temas: ["t0"], nivel: "n0" },
    });
    const rs = [1, 5, 9].flatMap((n, i) => Array.from({ length: n }, () => one(`a${i}`)));
    const r = surveyReport(instrument, rs, { by: "area", minCell: 5 });
    // As the old report read: a0 and a1 hidden, "one small, one protective", total 15, a2 shows 9.
    const old: SurveyReport = {
      ...r,
      respondents: 15,
      byArea: {
        question: "area",
        areas: (r.byArea?.areas ?? []).filter((a) => a.area === "a2"),
        hiddenAreas: 2,
        protectiveAreas: 1,
      } as SurveyReport["byArea"] & { protectiveAreas: number },
    };
    // Whichever of a0 and a1 is the small one, it has 1 respondent (only 1 + 5 adds up to 6).
    expect(boundLeaks(rs, 5, old)).toEqual(["n[a0] ∈ {1,5}"]);
  });
});
