import { describe, expect, it } from "vitest";
import { checkHackathon } from "./check";
import { conflictOf } from "./conflicts";
import { example } from "./hackathon-file.test-helpers";
import { renderIssue } from "./issues";
import { safeParseHackathon } from "./parse";

const ACTIONS = ["hackatones-ciudadanos", "nuevos-datasets-portal"];
const DATASETS = ["solicitudes-ciudadanas-2026", "barrios", "arbolado-publico"];

describe("checkHackathon", () => {
  it("finds only the declared conflict in the worked example, and words it in es/en/pt", () => {
    const issues = checkHackathon(example(), { actionIds: ACTIONS, datasetIds: DATASETS });
    expect(issues.map((i) => [i.type, i.params.path, i.severity])).toEqual([
      ["hackathon/conflict-scored", "scores[3].judge", "error"],
      ["hackathon/missing-sheet", "scores", "warning"],
      ["hackathon/missing-sheet", "scores", "warning"],
    ]);
    const conflict = issues[0] as (typeof issues)[number];
    expect(renderIssue(conflict, "es")).toContain("En scores[3].judge: El jurado puntuó a un equipo");
    expect(renderIssue(conflict, "es")).toContain("un jurado sin conflicto declarado con: equipo-sur");
    expect(renderIssue(conflict, "en")).toContain("declared a conflict of interest");
    expect(renderIssue(conflict, "pt")).toContain("conflito de interesse");
    expect(issues.slice(1).map((i) => i.params.detail)).toEqual(["ana × censo-poda", "carla × censo-poda"]);
  });

  it("reports unknown strategy actions and datasets only when the ids are given", () => {
    const h = example((j) => {
      (j.challenges as Array<{ strategy: { actionIds: string[] } }>)[1]?.strategy.actionIds.push("hackaton");
      (j.submissions[0] as { datasets: string[] }).datasets.push("reclamos");
    });
    expect(checkHackathon(h).some((i) => i.type.startsWith("hackathon/unknown"))).toBe(false);
    const issues = checkHackathon(h, { actionIds: ACTIONS, datasetIds: DATASETS });
    const unknown = issues.filter((i) => i.type.startsWith("hackathon/unknown"));
    expect(unknown.map((i) => [i.type, i.params.path, i.params.received])).toEqual([
      ["hackathon/unknown-action", "challenges[1].strategy.actionIds[1]", '"hackaton"'],
      ["hackathon/unknown-dataset", "submissions[0].datasets[2]", '"reclamos"'],
    ]);
    expect(renderIssue(unknown[0] as (typeof unknown)[number], "es")).toContain(
      "se esperaba: el id de una acción de la estrategia: hackatones-ciudadanos, nuevos-datasets-portal",
    );
  });

  it("refuses a code licence that is not OSI-approved, accepts SPDX expressions of approved ones", () => {
    const h = example((j) => {
      (j.submissions[0] as { license: string }).license = "CC-BY-NC-4.0";
      (j.submissions[1] as { license: string }).license = "MIT OR Apache-2.0";
      (j.submissions[2] as { license: string }).license = "gpl-3.0-or-later";
    });
    const licence = checkHackathon(h).filter((i) => i.type === "hackathon/license");
    expect(licence.map((i) => [i.params.path, i.params.received])).toEqual([
      ["submissions[0].license", '"CC-BY-NC-4.0"'],
    ]);
    expect(renderIssue(licence[0] as (typeof licence)[number], "en")).toContain(
      "expected: the SPDX id of an OSI-approved licence: MIT, Apache-2.0",
    );
  });

  it("reports a criterion missing from a sheet and a sheet off the scale", () => {
    const h = example((j) => {
      delete (j.scores[1] as { values: Record<string, number> }).values.tecnica;
      (j.scores[2] as { values: Record<string, number> }).values.impacto = 4;
    });
    const issues = checkHackathon(h);
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.type, i.params.path])).toEqual([
      ["hackathon/score", "scores[2].values.impacto"],
      ["hackathon/missing-score", "scores[1].values.tecnica"],
      ["hackathon/conflict-scored", "scores[3].judge"],
    ]);
  });

  it("says a sheet needs a rubric, and a follow-up must point at a declared team", () => {
    expect(checkHackathon(example((j) => delete j.rubric)).map((i) => [i.type, i.params.path])).toEqual([
      ["hackathon/schema", "rubric"],
    ]);
    const json = JSON.parse(JSON.stringify(example()));
    json.followUps[1].teamId = "equipo-este";
    const r = safeParseHackathon(json);
    expect(r.ok ? [] : r.issues.map((i) => [i.type, i.params.path])).toEqual([
      ["hackathon/missing-reference", "followUps[1].teamId"],
    ]);
  });
});

describe("conflictOf (one rule for check, report, lifecycle and rankSubmissions)", () => {
  it("covers a submission by its id or its team's, and nothing without a declared conflict", () => {
    expect(conflictOf({ conflicts: ["equipo-sur"] }, { id: "bot", teamId: "equipo-sur" })).toBe("equipo-sur");
    expect(conflictOf({ conflicts: ["bot"] }, { id: "bot" })).toBe("bot");
    expect(conflictOf({}, { id: "bot", teamId: "equipo-sur" })).toBeNull();
    expect(conflictOf({ conflicts: ["equipo-sur"] }, { id: "bot" })).toBeNull();
  });
});
