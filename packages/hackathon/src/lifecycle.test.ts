import { describe, expect, it } from "vitest";
import { example } from "./hackathon-file.test-helpers";
import { describeLifecycle, hackathonLifecycle } from "./lifecycle";

const stages = (asOf: string) =>
  Object.fromEntries(hackathonLifecycle(example(), asOf).map((c) => [c.challenge, c.stage]));

describe("hackathonLifecycle", () => {
  it("derives each challenge's stage from the data as of a day", () => {
    expect(stages("2026-03-01")).toEqual({
      "reclamos-a-tiempo": "define",
      "arbolado-vivo": "define",
      "movilidad-segura": "define",
    });
    expect(stages("2026-03-22")).toEqual({
      "reclamos-a-tiempo": "open",
      "arbolado-vivo": "open",
      "movilidad-segura": "define",
    });
    expect(stages("2026-04-05")).toEqual({
      "reclamos-a-tiempo": "prototype",
      "arbolado-vivo": "prototype",
      "movilidad-segura": "open",
    });
    expect(stages("2026-04-11")).toEqual({
      "reclamos-a-tiempo": "recommendation",
      "arbolado-vivo": "prototype",
      "movilidad-segura": "open",
    });
    expect(stages("2026-07-15")).toEqual({
      "reclamos-a-tiempo": "follow-up",
      "arbolado-vivo": "panel",
      "movilidad-segura": "open",
    });
  });

  it("counts sheets without the conflicted judge's, and says why in es/en/pt", () => {
    const [reclamos, arbolado, movilidad] = hackathonLifecycle(example(), "2026-07-15");
    // 3 submissions × 3 judges, less ana × bot-turnos (declared conflict with equipo-sur).
    expect(reclamos?.counts).toMatchObject({ teams: 3, submissions: 3, sheets: 8, expectedSheets: 8 });
    expect(reclamos?.counts).toMatchObject({
      recommendations: 5,
      followUps: 3,
      followUpsDone: 1,
      followUpsOverdue: 1,
    });
    expect(describeLifecycle(reclamos as NonNullable<typeof reclamos>, "2026-07-15", "es")).toEqual({
      stage: "seguimiento",
      why: "3 compromisos de seguimiento; cumplidos: 1; vencidos al 2026-07-15: 1",
    });
    expect(describeLifecycle(arbolado as NonNullable<typeof arbolado>, "2026-07-15", "en").why).toBe(
      "1 of 3 expected panel sheets in",
    );
    expect(describeLifecycle(movilidad as NonNullable<typeof movilidad>, "2026-07-15", "pt").why).toBe(
      "a chamada está aberta e nenhuma equipe se inscreveu ainda",
    );
    const early = hackathonLifecycle(example(), "2026-03-01")[2];
    expect(describeLifecycle(early as NonNullable<typeof early>, "2026-03-01", "es").why).toBe(
      "ningún equipo se inscribió todavía; la convocatoria abre el 2026-04-01",
    );
  });
});
