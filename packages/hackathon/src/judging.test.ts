import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HackathonError,
  type JudgeRef,
  onScale,
  parseJudging,
  parseRubric,
  type RankableSubmission,
  type RubricInput,
  rank,
  renderIssue,
  renderRankingMarkdown,
  renderRankingText,
  type ScoreSheet,
  tieBreakOrder,
} from "./index";

const example = parseJudging(
  JSON.parse(readFileSync(new URL("../examples/jurado.json", import.meta.url), "utf8")),
);
const rubric = example.rubric as NonNullable<typeof example.rubric>;

describe("the worked example of docs/es/jurado-hackaton.md and docs/en/hackathon-judging.md", () => {
  const result = rank(example.submissions, example.scores, rubric, { judges: example.judges });
  const line = (id: string) => result.ranking.find((r) => r.submission === id);

  it("gives the totals of the docs, step by step", () => {
    // Judge totals: Σ weight × score ÷ 6.
    expect(line("mapa-reclamos")?.judges.map((j) => j.total * 6)).toEqual(
      [26, 28, 18].map((x) => expect.closeTo(x, 9)),
    );
    expect(line("bot-turnos")?.judges.map((j) => [j.judge, j.total * 6])).toEqual([
      ["ana", expect.closeTo(22, 9)],
      ["bruno", expect.closeTo(26, 9)],
    ]);
    expect(line("tablero-barrios")?.judges.map((j) => j.total * 6)).toEqual(
      [26, 21, 18].map((x) => expect.closeTo(x, 9)),
    );
    expect(line("semaforo-datos")?.judges.map((j) => j.total * 6)).toEqual(
      [18, 16, 22].map((x) => expect.closeTo(x, 9)),
    );
    // Submission totals: the mean of the judges' totals.
    expect(line("bot-turnos")?.total).toBeCloseTo(4, 9);
    expect(line("mapa-reclamos")?.total).toBeCloseTo(4, 9);
    expect(line("tablero-barrios")?.total).toBeCloseTo(65 / 18, 9);
    expect(line("semaforo-datos")?.total).toBeCloseTo(56 / 18, 9);
  });

  it("ranks bot-turnos first on the tie-breaker (sostenibilidad 4.00 vs 3.67)", () => {
    expect(result.ranking.map((r) => [r.position, r.submission, r.decidedBy])).toEqual([
      [1, "bot-turnos", null],
      [2, "mapa-reclamos", "sostenibilidad"],
      [3, "tablero-barrios", null],
      [4, "semaforo-datos", null],
    ]);
    expect(line("bot-turnos")?.criteria.sostenibilidad).toBeCloseTo(4, 9);
    expect(line("mapa-reclamos")?.criteria.sostenibilidad).toBeCloseTo(11 / 3, 9);
  });

  it("drops Carla's scores for bot-turnos (conflict via equipo-sur) and fills Bruno's missing score with 2", () => {
    expect(result.conflicts).toEqual([
      { judge: "carla", submission: "bot-turnos", via: "equipo-sur", droppedValues: 3 },
    ]);
    expect(result.missing).toEqual([
      { judge: "bruno", submission: "tablero-barrios", criterion: "tecnica", handling: "filled", value: 2 },
    ]);
    expect(line("tablero-barrios")?.judges[1]?.filled).toEqual(["tecnica"]);
    expect(result.rules).toMatchObject({
      missing: "mean",
      normalize: "none",
      tieBreakers: ["sostenibilidad", "impacto", "tecnica"],
    });
  });

  it("reports the spread between judges", () => {
    expect(line("mapa-reclamos")?.spread).toMatchObject({
      judges: 3,
      min: 3,
      range: expect.closeTo(5 / 3, 9),
    });
    expect(line("mapa-reclamos")?.spread?.stdev).toBeCloseTo(0.72, 2);
    expect(line("bot-turnos")?.spread).toMatchObject({
      judges: 2,
      range: expect.closeTo(2 / 3, 9),
      stdev: expect.closeTo(1 / 3, 9),
    });
  });

  it("would rank bot-turnos first outright if Carla's conflicted scores were counted", () => {
    const noConflict = rank(example.submissions, example.scores, rubric);
    expect(noConflict.ranking[0]).toMatchObject({ submission: "bot-turnos", decidedBy: null });
    expect(noConflict.ranking[0]?.total).toBeCloseTo(78 / 18, 9);
  });

  it("with missing: exclude leaves Bruno's sheet out of tablero-barrios (3.667), same order", () => {
    const r = rank(example.submissions, example.scores, rubric, {
      judges: example.judges,
      missing: "exclude",
    });
    expect(r.ranking.map((x) => x.submission)).toEqual([
      "bot-turnos",
      "mapa-reclamos",
      "tablero-barrios",
      "semaforo-datos",
    ]);
    expect(r.ranking[2]?.total).toBeCloseTo(44 / 12, 9);
    expect(r.missing[0]).toMatchObject({ handling: "sheet-excluded", value: null });
  });

  it("renders text and Markdown in es, en and pt", () => {
    expect(renderRankingText(result, rubric, "es")).toContain("2. mapa-reclamos (Mapa de reclamos) — 4,000");
    expect(renderRankingText(result, rubric, "es")).toContain("desempate: Sostenibilidad");
    expect(renderRankingText(result, rubric, "en")).toContain("carla × bot-turnos (via equipo-sur)");
    expect(renderRankingText(result, rubric, "en")).toContain("— 4.000");
    expect(renderRankingText(result, rubric, "pt")).toContain("preenchida com 2,000");
    const md = renderRankingMarkdown(result, rubric, "es");
    expect(md).toContain("| 1 | Bot de turnos | 4,00 | 4,00 | 4,00 | 4,000 | 0,67 |  |");
    expect(md).toContain(
      "| 2 | Mapa de reclamos | 4,33 | 3,67 | 3,67 | 4,000 | 1,67 | desempate: Sostenibilidad |",
    );
  });
});

const R: RubricInput = {
  criteria: [
    { id: "a", name: { es: "A" }, weight: 2 },
    { id: "b", name: { es: "B" }, weight: 1 },
  ],
};

describe("ties", () => {
  it("without a named tie-breaker, uses the heaviest criterion first", () => {
    const subs = [{ id: "x" }, { id: "y" }];
    // x: a=3 b=5 → 11/3; y: a=… equal totals need 2a+b equal: x (3,5)=11, y (5,1)=11.
    const r = rank(
      subs,
      [
        { judge: "j", submission: "x", values: { a: 3, b: 5 } },
        { judge: "j", submission: "y", values: { a: 5, b: 1 } },
      ],
      R,
    );
    expect(r.ranking.map((l) => [l.position, l.submission, l.decidedBy])).toEqual([
      [1, "y", null],
      [2, "x", "a"],
    ]);
    expect(tieBreakOrder(parseRubric(R))).toEqual(["a", "b"]);
  });

  it("falls back to the next criterion when the tie-breaker is equal too", () => {
    const rubric3: RubricInput = {
      criteria: [
        { id: "a", name: { es: "A" }, weight: 1 },
        { id: "b", name: { es: "B" }, weight: 1 },
        { id: "c", name: { es: "C" }, weight: 2 },
      ],
      tieBreaker: "a",
    };
    const r = rank(
      [{ id: "x" }, { id: "y" }],
      [
        { judge: "j", submission: "x", values: { a: 3, b: 5, c: 1 } },
        { judge: "j", submission: "y", values: { a: 3, b: 1, c: 3 } },
      ],
      rubric3,
    );
    expect(r.rules.tieBreakers).toEqual(["a", "c", "b"]);
    expect(r.ranking.map((l) => [l.submission, l.decidedBy])).toEqual([
      ["y", null],
      ["x", "c"],
    ]);
  });

  it("shares the position when totals and every criterion are equal (1, 1, 3), listed by id", () => {
    const r = rank(
      [{ id: "z" }, { id: "w" }, { id: "v" }],
      [
        { judge: "j", submission: "z", values: { a: 5, b: 3 } },
        { judge: "j", submission: "w", values: { a: 5, b: 3 } },
        { judge: "j", submission: "v", values: { a: 1, b: 1 } },
      ],
      R,
    );
    expect(r.ranking.map((l) => [l.position, l.submission, l.decidedBy])).toEqual([
      [1, "w", null],
      [1, "z", "shared"],
      [3, "v", null],
    ]);
  });
});

describe("missing scores", () => {
  const subs = [{ id: "x" }, { id: "y" }];
  const judges = [{ id: "j1" }, { id: "j2" }];

  it("fills a missing value with the other judges' mean; a judge with no sheet at all is filled too", () => {
    const r = rank(
      subs,
      [
        { judge: "j1", submission: "x", values: { a: 5, b: 5 } },
        { judge: "j2", submission: "x", values: { a: 1 } },
        { judge: "j1", submission: "y", values: { a: 3, b: 3 } },
      ],
      R,
      { judges },
    );
    expect(r.missing).toEqual([
      { judge: "j2", submission: "x", criterion: "b", handling: "filled", value: 5 },
      { judge: "j2", submission: "y", criterion: "a", handling: "filled", value: 3 },
      { judge: "j2", submission: "y", criterion: "b", handling: "filled", value: 3 },
    ]);
    // x: a = (5+1)/2 = 3, b = 5 → (6+5)/3
    expect(r.ranking.find((l) => l.submission === "x")?.total).toBeCloseTo(11 / 3, 9);
    // The spread only counts judges who scored themselves.
    expect(r.ranking.find((l) => l.submission === "y")?.spread?.judges).toBe(1);
  });

  it("leaves a submission nobody scored on a criterion without a total, ranked last", () => {
    const r = rank(
      subs,
      [
        { judge: "j1", submission: "x", values: { a: 1, b: 1 } },
        { judge: "j1", submission: "y", values: { a: 5, b: null } },
      ],
      R,
      { judges: [{ id: "j1" }] },
    );
    expect(r.ranking.map((l) => [l.submission, l.total])).toEqual([
      ["x", 1],
      ["y", null],
    ]);
    expect(r.missing).toEqual([
      { judge: "j1", submission: "y", criterion: "b", handling: "unscored", value: null },
    ]);
    expect(r.ranking[1]?.criteria).toEqual({ a: 5, b: null });
  });

  it("with exclude, a submission whose every sheet is incomplete has no total", () => {
    const r = rank(
      subs,
      [
        { judge: "j1", submission: "x", values: { a: 1, b: 1 } },
        { judge: "j1", submission: "y", values: { a: 5 } },
      ],
      R,
      { judges: [{ id: "j1" }], missing: "exclude" },
    );
    expect(r.ranking.map((l) => l.total)).toEqual([1, null]);
  });
});

describe("conflicts", () => {
  it("applies a conflict declared by submission id or team id, and a conflicted judge's sheet never counts", () => {
    const subs = [
      { id: "x", teamId: "t1" },
      { id: "y", teamId: "t2" },
    ];
    const scores: ScoreSheet[] = [
      { judge: "j1", submission: "x", values: { a: 1, b: 1 } },
      { judge: "j1", submission: "y", values: { a: 1, b: 1 } },
      { judge: "j2", submission: "x", values: { a: 5, b: 5 } },
      { judge: "j2", submission: "y", values: { a: 3, b: 3 } },
    ];
    const byTeam = rank(subs, scores, R, { judges: [{ id: "j1" }, { id: "j2", conflicts: ["t1"] }] });
    expect(byTeam.ranking.map((l) => [l.submission, l.total])).toEqual([
      ["y", 2],
      ["x", 1],
    ]);
    const bySub = rank(subs, scores, R, { judges: [{ id: "j1" }, { id: "j2", conflicts: ["x"] }] });
    expect(bySub.conflicts).toEqual([{ judge: "j2", submission: "x", via: "x", droppedValues: 2 }]);
    expect(bySub.ranking.map((l) => l.total)).toEqual(byTeam.ranking.map((l) => l.total));
  });

  it("a conflicted judge's absent sheet is not a missing score", () => {
    const r = rank([{ id: "x" }], [{ judge: "j1", submission: "x", values: { a: 3, b: 3 } }], R, {
      judges: [{ id: "j1" }, { id: "j2", conflicts: ["x"] }],
    });
    expect(r.missing).toEqual([]);
    expect(r.conflicts[0]?.droppedValues).toBe(0);
  });
});

describe("normalisation", () => {
  it("z-scores remove a harsh judge's offset", () => {
    // j2 gives everything 2 points lower on a 0–10 scale: same order as j1, so z-scores agree.
    const rubric: RubricInput = {
      criteria: [{ id: "a", name: { es: "A" }, weight: 1, scale: { min: 0, max: 10 } }],
    };
    const subs = [{ id: "x" }, { id: "y" }, { id: "z" }];
    const scores: ScoreSheet[] = [
      { judge: "j1", submission: "x", values: { a: 9 } },
      { judge: "j1", submission: "y", values: { a: 7 } },
      { judge: "j1", submission: "z", values: { a: 5 } },
      { judge: "j2", submission: "x", values: { a: 7 } },
      { judge: "j2", submission: "y", values: { a: 5 } },
      { judge: "j2", submission: "z", values: { a: 3 } },
    ];
    const r = rank(subs, scores, rubric, { normalize: "zscore" });
    expect(r.ranking.map((l) => l.submission)).toEqual(["x", "y", "z"]);
    expect(r.ranking[0]?.spread?.range).toBeCloseTo(0, 9);
    expect(r.ranking[1]?.total).toBeCloseTo(0, 9);
    expect(r.judges).toEqual([
      { judge: "j1", values: 3, mean: 7 },
      { judge: "j2", values: 3, mean: 5 },
    ]);
  });
});

describe("invalid input", () => {
  it("locates unknown judges, submissions, criteria, off-scale values and duplicate sheets", () => {
    let error: unknown;
    try {
      rank(
        [{ id: "x" }],
        [
          { judge: "j1", submission: "x", values: { a: 4, zz: 1 } },
          { judge: "nadie", submission: "w", values: {} },
          { judge: "j1", submission: "x", values: {} },
        ],
        R,
        { judges: [{ id: "j1" }] },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HackathonError);
    const issues = (error as HackathonError).errors;
    expect(issues.map((i) => [i.params.path, i.params.expected])).toEqual([
      ["scores[0].values.a", "on-scale"],
      ["scores[0].values.zz", "known-criterion"],
      ["scores[1].judge", "known-judge"],
      ["scores[1].submission", "known-submission"],
      ["scores[2]", "one-sheet"],
    ]);
    expect(renderIssue(issues[0] as (typeof issues)[number], "es")).toBe(
      'En scores[0].values.a: Puntaje inválido; se esperaba: un valor de la escala del criterio: 1, 3, 5; ejemplo válido: "values": {"impacto": 5, "tecnica": 3}; se encontró: «4».',
    );
  });

  it("checks the rubric, with paths under rubric", () => {
    expect(() =>
      rank([{ id: "x" }], [], { criteria: [{ id: "a", name: { es: "A" }, weight: 0 }], tieBreaker: "b" }),
    ).toThrow(HackathonError);
    try {
      rank([{ id: "x" }], [], { criteria: [{ id: "a", name: { es: "A" }, weight: 0 }], tieBreaker: "b" });
    } catch (e) {
      expect((e as HackathonError).errors.map((i) => [i.params.path, i.params.expected])).toEqual([
        ["rubric.criteria[0].weight", "positive"],
        ["rubric.tieBreaker", "known-criterion"],
      ]);
    }
  });

  it("onScale reads lists and ranges with steps", () => {
    expect(onScale(3, [1, 3, 5])).toBe(true);
    expect(onScale(2, [1, 3, 5])).toBe(false);
    expect(onScale(7.5, { min: 0, max: 10, step: 0.5 })).toBe(true);
    expect(onScale(7.3, { min: 0, max: 10, step: 0.5 })).toBe(false);
    expect(onScale(11, { min: 0, max: 10 })).toBe(false);
  });
});

// ---- Properties ----
const CRITERIA = ["a", "b", "c"] as const;
const arbCase = fc
  .record({
    nSubs: fc.integer({ min: 1, max: 6 }),
    nJudges: fc.integer({ min: 1, max: 4 }),
    weights: fc.tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 9 }),
    ),
    values: fc.array(fc.constantFrom<number | null>(1, 3, 5, 1, 3, 5, null), {
      minLength: 72,
      maxLength: 72,
    }),
    conflicts: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
    tieBreaker: fc.constantFrom<string | undefined>("a", "b", "c", undefined),
    missing: fc.constantFrom<"mean" | "exclude">("mean", "exclude"),
    normalize: fc.constantFrom<"none" | "zscore">("none", "zscore"),
  })
  .map((c) => {
    const subs: RankableSubmission[] = Array.from({ length: c.nSubs }, (_, i) => ({
      id: `s${i}`,
      teamId: `t${i}`,
    }));
    const judges: JudgeRef[] = Array.from({ length: c.nJudges }, (_, j) => ({
      id: `j${j}`,
      conflicts: subs.filter((_, i) => c.conflicts[j * 6 + i]).map((s) => s.teamId as string),
    }));
    const scores: ScoreSheet[] = [];
    for (const [i, s] of subs.entries())
      for (const [k, j] of judges.entries()) {
        if (j.conflicts?.includes(s.teamId as string)) continue;
        const values: Record<string, number | null> = {};
        for (const [n, cr] of CRITERIA.entries()) values[cr] = c.values[(i * 4 + k) * 3 + n] ?? null;
        scores.push({ judge: j.id, submission: s.id, values });
      }
    const rubric: RubricInput = {
      criteria: CRITERIA.map((id, n) => ({ id, name: { es: id }, weight: c.weights[n] as number })),
      ...(c.tieBreaker ? { tieBreaker: c.tieBreaker } : {}),
    };
    return { subs, judges, scores, rubric, options: { judges, missing: c.missing, normalize: c.normalize } };
  });
const order = (r: ReturnType<typeof rank>) => r.ranking.map((l) => [l.position, l.submission]);

describe("properties", () => {
  it("the ranking is a permutation of the submissions", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = rank(c.subs, c.scores, c.rubric, c.options);
        expect(r.ranking.map((l) => l.submission).sort()).toEqual(c.subs.map((s) => s.id).sort());
        for (const [i, l] of r.ranking.entries()) expect(l.position).toBeLessThanOrEqual(i + 1);
      }),
      { numRuns: 200 },
    );
  });

  it("adding a conflicted judge's scores never changes the ranking", () => {
    fc.assert(
      fc.property(arbCase, fc.array(fc.constantFrom(1, 3, 5), { minLength: 3, maxLength: 3 }), (c, vs) => {
        const before = rank(c.subs, c.scores, c.rubric, c.options);
        const extra: ScoreSheet[] = [];
        for (const j of c.judges)
          for (const s of c.subs)
            if (j.conflicts?.includes(s.teamId as string))
              extra.push({
                judge: j.id,
                submission: s.id,
                values: { a: vs[0] ?? 1, b: vs[1] ?? 1, c: vs[2] ?? 1 },
              });
        const after = rank(c.subs, [...c.scores, ...extra], c.rubric, c.options);
        expect(order(after)).toEqual(order(before));
        expect(after.ranking.map((l) => l.total)).toEqual(before.ranking.map((l) => l.total));
      }),
      { numRuns: 200 },
    );
  });

  it("scaling every weight by a constant never changes the ranking", () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom(0.1, 0.5, 3, 7, 1000), (c, k) => {
        const scaled: RubricInput = {
          ...c.rubric,
          criteria: c.rubric.criteria.map((cr) => ({ ...cr, weight: cr.weight * k })),
        };
        expect(order(rank(c.subs, c.scores, scaled, c.options))).toEqual(
          order(rank(c.subs, c.scores, c.rubric, c.options)),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("the docs' final ranking tables match the code", () => {
  const result = rank(example.submissions, example.scores, rubric, { judges: example.judges });
  for (const [file, heading, decimal] of [
    ["../../../docs/es/jurado-hackaton.md", "## Ranking final", ","],
    ["../../../docs/en/hackathon-judging.md", "## Final ranking", "."],
  ] as const) {
    it(file.split("/").pop() as string, () => {
      const md = readFileSync(new URL(file, import.meta.url), "utf8");
      const table = md.slice(md.indexOf(heading)).split("\n\n")[1] ?? "";
      const rows = table
        .split("\n")
        .slice(2)
        .map((row) => row.split("|").map((c) => c.trim()))
        .map((c) => [
          Number(c[1]),
          (c[2] ?? "").replace(/`/g, ""),
          Number((c[3] ?? "").replace(decimal, ".")),
        ]);
      expect(rows).toEqual(
        result.ranking.map((l) => [l.position, l.submission, Number((l.total ?? Number.NaN).toFixed(3))]),
      );
    });
  }
});
