import { describe, expect, it } from "vitest";
import { example } from "./hackathon-file.test-helpers";
import { hackathonReport } from "./report";

describe("hackathonReport", () => {
  it("ranks with the conflicted judge's sheet left out and the tie broken by the rubric's tie-breaker", () => {
    const [reclamos] = hackathonReport(example(), "2026-07-15").challenges;
    const ranking = reclamos?.ranking?.ranking ?? [];
    expect(ranking.map((r) => [r.position, r.submission, Number(r.total?.toFixed(3)), r.decidedBy])).toEqual([
      [1, "bot-turnos", 4, null],
      [2, "mapa-reclamos", 4, "sostenibilidad"],
      [3, "tablero-demoras", 2.444, null],
    ]);
    // ana declared a conflict with equipo-sur: her 1/1/1 for bot-turnos is not counted.
    expect(ranking[0]?.judges.map((j) => j.judge)).toEqual(["bruno", "carla"]);
    expect(reclamos?.excluded).toEqual([
      { judge: "ana", submission: "bot-turnos", via: "equipo-sur", droppedValues: 3 },
    ]);
    // Counted, her sheet would have put bot-turnos last but one: (4 + 4 + 1) / 3 = 3.
    const counted = hackathonReport(
      example((j) => {
        (j.judges[0] as { conflicts: string[] }).conflicts = [];
      }),
      "2026-07-15",
    ).challenges[0]?.ranking?.ranking;
    expect(counted?.map((r) => r.submission)).toEqual(["mapa-reclamos", "bot-turnos", "tablero-demoras"]);
  });

  it("shares a position when totals and every tie-breaker are equal", () => {
    const h = example((j) => {
      for (const s of j.scores)
        if (s.submission === "tablero-demoras" || s.submission === "mapa-reclamos")
          s.values = { impacto: 3, sostenibilidad: 3, tecnica: 3 };
    });
    const ranking = hackathonReport(h, "2026-07-15").challenges[0]?.ranking?.ranking ?? [];
    expect(ranking.map((r) => [r.position, r.submission, r.decidedBy])).toEqual([
      [1, "bot-turnos", null],
      [2, "mapa-reclamos", null],
      [2, "tablero-demoras", "shared"],
    ]);
  });

  it("lists the panel's recommendations per team (not the conflicted judge's) and the follow-ups with overdue ones", () => {
    const [reclamos, arbolado, movilidad] = hackathonReport(example(), "2026-07-15").challenges;
    expect(reclamos?.recommendations.map((r) => `${r.submission}/${r.judge}`)).toEqual([
      "mapa-reclamos/ana",
      "mapa-reclamos/bruno",
      "bot-turnos/bruno",
      "bot-turnos/carla",
      "tablero-demoras/carla",
    ]);
    expect(reclamos?.followUps.map((f) => [f.id, f.owner, f.due, f.status, f.overdue])).toEqual([
      ["presentar-cgd", "Data champions", "2026-05-30", "done", false],
      ["piloto-bot", "Dirección de Atención Ciudadana", "2026-06-30", "in-progress", true],
      ["reclamos-telefonicos", "Dirección de Modernización", "2026-09-30", "planned", false],
    ]);
    // Only bruno has scored censo-poda: the others' scores are not invented.
    expect(arbolado?.ranking?.ranking.map((r) => [r.submission, r.judges.length, r.total])).toEqual([
      ["censo-poda", 1, 20 / 6],
    ]);
    expect(movilidad?.ranking).toBeNull();
    // Before the panel met, nothing is ranked and no commitment exists yet.
    const before = hackathonReport(example(), "2026-04-05").challenges[0];
    expect([before?.ranking, before?.followUps.length, before?.lifecycle.stage]).toEqual([
      null,
      0,
      "prototype",
    ]);
  });
});
