import { CiudataError, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { linkageIssues } from "../messages/issues";
import type { LinkResult, Records, ScoredPair } from "../types";
import { evaluate } from "./evaluate";
import { parseTruth } from "./truth";

const side = (source: string, ids: string[]): Records => ({
  source,
  ids,
  rows: ids.map((_, i) => i + 1),
  fields: {},
});
const pair = (left: string, right: string, link = true): ScoredPair => ({
  left,
  right,
  rule: 0,
  gammas: [],
  weight: 1,
  contributions: [],
  probability: 0.7,
  link,
});
const result = (
  pairs: ScoredPair[],
  clusters: LinkResult["clusters"],
  mode: "link" | "dedupe" = "link",
): LinkResult => ({
  mode,
  sides: [],
  blocking: [],
  compared: pairs.length,
  specs: [],
  model: { prior: 0.1, comparisons: [] },
  pairs,
  links: pairs.filter((p) => p.link).length,
  review: 0,
  threshold: 0.9,
  reviewFrom: 0.5,
  clusters,
});

describe("evaluate", () => {
  const a = side("a", ["a1", "a2", "a3", "a4"]);
  const b = side("b", ["b1", "b2", "b3", "b4"]);
  const predicted = result(
    [pair("a1", "b1"), pair("a2", "b2"), pair("a3", "b4"), pair("a4", "b4", false)],
    [
      {
        id: "a:a1",
        members: [
          { source: "a", id: "a1" },
          { source: "b", id: "b1" },
        ],
      },
      {
        id: "a:a2",
        members: [
          { source: "a", id: "a2" },
          { source: "b", id: "b2" },
        ],
      },
      {
        id: "a:a3",
        members: [
          { source: "a", id: "a3" },
          { source: "b", id: "b4" },
        ],
      },
    ],
  );

  it("gives pairwise precision, recall and F1 and cluster figures on a hand-made truth", () => {
    const truth = {
      pairs: [
        ["a1", "b1"],
        ["a2", "b2"],
        ["a3", "b3"],
        ["a4", "b4"],
      ] as [string, string][],
    };
    const e = evaluate(predicted, truth, { left: a, right: b });
    expect(e).toEqual({
      truePairs: 4,
      predictedPairs: 3,
      truePositives: 2,
      precision: 2 / 3,
      recall: 0.5,
      f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5),
      clusters: { truth: 4, predicted: 3, exact: 2, precision: 2 / 3, recall: 0.5 },
    });
  });

  it("reads cluster assignments as every cross pair of a cluster", () => {
    const truth = parseTruth("id,cluster\na1,1\nb1,1\na2,2\nb2,2\na3,3\nb3,3\n");
    const e = evaluate(predicted, truth, { left: a, right: b });
    expect([e.truePairs, e.truePositives, e.predictedPairs]).toEqual([3, 2, 3]);
  });

  it("counts dedupe pairs in either order", () => {
    const d = side("d", ["1", "2", "3"]);
    const r = result(
      [pair("1", "2")],
      [
        {
          id: "d:1",
          members: [
            { source: "d", id: "1" },
            { source: "d", id: "2" },
          ],
        },
      ],
      "dedupe",
    );
    const e = evaluate(r, { pairs: [["2", "1"]] }, { left: d, right: null });
    expect([e.f1, e.clusters?.exact]).toEqual([1, 1]);
  });

  it("stops on truth ids that are not in the data, saying how many with one masked example", () => {
    const truth = parseTruth('left,right\na1,b1\n"zz-77",b2\nyy,b9\n');
    let error: unknown;
    try {
      evaluate(predicted, truth, { left: a, right: b }, { file: "t.csv" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CiudataError);
    const issue = (error as CiudataError).errors[0];
    expect(issue.params).toEqual({ file: "t.csv", count: 3, id: "zx-##" });
    expect(renderIssue(issue, "es", [linkageIssues])).toContain("3 ids que no están");
  });
});

describe("parseTruth", () => {
  it("reads pairs or cluster assignments, quoted or not", () => {
    expect(parseTruth('\uFEFFleft,right\r\n"a,1",b\r\n\r\n')).toEqual({ pairs: [["a,1", "b"]] });
    expect(parseTruth("id;cluster_id\nx;1\n")).toEqual({ clusters: [["x", "1"]] });
  });

  it("refuses a file without two columns", () => {
    expect(() => parseTruth("id\n1\n")).toThrow(CiudataError);
  });
});
