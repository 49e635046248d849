import { describe, expect, it } from "vitest";
import {
  HackathonError,
  parseChallenge,
  parseHackathon,
  renderIssue,
  safeParseChallenge,
  safeParseHackathon,
  safeParseJudging,
  safeParseRubric,
  stageAt,
} from "./index";

const challenge = {
  id: "reclamos-a-tiempo",
  title: { es: "Reclamos a tiempo" },
  problem: { es: "Los reclamos tardan." },
  owner: { orgUnitId: "atencion-ciudadana", name: "Atención Ciudadana" },
  datasets: [{ id: "solicitudes" }],
  stages: [
    { stage: "definir", gate: "2026-03-01" },
    { stage: "validar", gate: "2026-03-20" },
    { stage: "idear", gate: "2026-04-15" },
    { stage: "panel", gate: "2026-06-30" },
  ],
};

describe("schemas and located errors", () => {
  it("fills defaults", () => {
    const c = parseChallenge(challenge);
    expect(c.strategy).toEqual({ actionIds: [], indicatorIds: [] });
    expect(safeParseRubric({ criteria: [{ id: "a", name: { es: "A" }, weight: 1 }] })).toMatchObject({
      ok: true,
      value: { criteria: [{ scale: [1, 3, 5] }] },
    });
  });

  it("checks stage order and gate dates", () => {
    const r = safeParseChallenge({
      ...challenge,
      stages: [
        { stage: "idear", gate: "2026-04-15" },
        { stage: "validar", gate: "2026-05-01" },
        { stage: "panel", gate: "2026-04-01" },
        { stage: "caso", gate: "2026-02-30" },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.params.path, i.params.expected])).toEqual([
      ["stages[3].gate", "date"],
      ["stages[1].stage", "stage-order"],
      ["stages[2].gate", "gate-order"],
      ["stages[3].stage", "stage-order"],
    ]);
  });

  it("renders path, expected, received and an example in es, en and pt", () => {
    const r = safeParseJudging({ judges: [{ id: "Ana García" }], submissions: [{ id: "x" }], scores: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues[0];
    if (!issue) throw new Error("no issue");
    expect(issue.params).toMatchObject({ path: "judges[0].id", expected: "slug", received: '"Ana García"' });
    expect(renderIssue(issue, "es")).toBe(
      'En judges[0].id: Valor que no cumple el formato; se esperaba: un id en minúsculas con guiones; ejemplo válido: "id": "equipo-norte"; se encontró: «"Ana García"».',
    );
    expect(renderIssue(issue, "en")).toContain("expected: a lowercase id with hyphens; valid example");
    expect(renderIssue(issue, "pt")).toContain("esperado: um id em minúsculas com hifens");
    const missing = safeParseJudging("{}");
    expect(
      missing.ok ? [] : missing.issues.map((i) => [i.params.path, i.params.expected, i.params.received]),
    ).toEqual([
      ["judges", "required", undefined],
      ["submissions", "required", undefined],
      ["scores", "required", undefined],
    ]);
    const bad = safeParseJudging("{no es json");
    expect(bad.ok ? null : bad.issues[0]?.params.expected).toBe("json");
    if (!bad.ok && bad.issues[0])
      expect(renderIssue(bad.issues[0], "pt")).toContain("o arquivo não é JSON válido (falha no caractere");
    const deep = safeParseJudging("[".repeat(5000));
    expect(deep.ok ? null : deep.issues[0]?.params.expected).toBe("json-depth");
  });

  it("checks a hackathon's references", () => {
    const h = {
      format: "ciudata-hackathon",
      version: 1,
      id: "hackaton-mendoza",
      title: { es: "Hackatón" },
      challenges: [challenge],
      teams: [{ id: "equipo-norte", name: "Norte", challengeId: "otro" }],
      submissions: [
        {
          id: "mapa",
          teamId: "equipo-sur",
          challengeId: "reclamos-a-tiempo",
          title: "Mapa",
          repository: "https://github.com/x/y",
          license: "MIT",
        },
      ],
      judges: [{ id: "ana", conflicts: ["equipo-norte", "fantasma"] }],
    };
    const r = safeParseHackathon(h);
    expect(r.ok ? [] : r.issues.map((i) => i.params.path)).toEqual([
      "teams[0].challengeId",
      "submissions[0].teamId",
      "judges[0].conflicts[1]",
    ]);
    expect(() => parseHackathon(h)).toThrow(HackathonError);
    const ok = parseHackathon({
      ...h,
      teams: [{ id: "equipo-sur", name: "Sur", challengeId: "reclamos-a-tiempo" }],
      judges: [],
    });
    expect(ok.submissions[0]?.status).toBe("submitted");
  });

  it("tells the stage of a challenge on a date", () => {
    const c = parseChallenge(challenge);
    expect(stageAt(c, "2026-04-10")).toEqual({
      current: "idear",
      gate: "2026-04-15",
      daysLeft: 5,
      passed: ["definir", "validar"],
    });
    expect(stageAt(c, "2026-03-01")).toMatchObject({ current: "definir", daysLeft: 0 });
    expect(stageAt(c, "2026-07-01")).toMatchObject({ current: null, gate: null, daysLeft: null });
  });
});
