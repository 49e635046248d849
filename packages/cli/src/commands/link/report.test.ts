import type { ComparisonSpec, LinkResult, Records } from "@ciudata/linkage";
import { describe, expect, it } from "vitest";
import { docHtml } from "../../doc";
import { renderPrintable } from "../../io";
import { locateJson } from "./json-locate";
import { clustersCsv, pairsCsv, pairsJsonl, reviewCsv } from "./outputs";
import { linkReport } from "./report";

// The report and the files of a run, on a result written by hand: what people read, in every format,
// and that no value of any record shows in clear.

const specs: ComparisonSpec[] = [
  {
    name: "surname",
    fields: ["surname1"],
    levels: [
      { id: "exact", when: { exact: "surname1" } },
      { id: "jw-0.92", when: { jaroWinkler: "surname1", min: 0.92 } },
    ],
  },
  {
    name: "birthDate",
    fields: ["birthDate"],
    levels: [
      { id: "exact", when: { exact: "birthDate" } },
      { id: "day-month-swap", when: { daySwap: "birthDate" } },
    ],
  },
];

const left: Records = {
  source: "a.csv",
  ids: ["1", "2", "3"],
  rows: [1, 2, 3],
  fields: {
    surname1: ["PEREZ", "GOMEZ", null],
    birthDate: ["1980-03-07", "1975-01-02", "1990-12-12"],
    nationalId: ["12345678", null, "99"],
    nationalIdValid: ["1", null, "0"],
  },
};
const right: Records = {
  source: "b.csv",
  ids: ["x", "y"],
  rows: [1, 2],
  fields: { surname1: ["PERES", "GOMEZ"], birthDate: ["1980-07-03", "1975-01-02"] },
};

const result: LinkResult = {
  mode: "link",
  sides: [
    { source: "a.csv", records: 3 },
    { source: "b.csv", records: 2 },
  ],
  blocking: [{ rule: "birthYear", marginal: 2, cumulative: 2 }],
  compared: 2,
  specs,
  model: {
    prior: 0.01,
    comparisons: [
      {
        name: "surname",
        levels: [
          { id: "exact", m: 0.9, u: 0.01 },
          { id: "jw-0.92", m: 0.07, u: 0.02 },
          { id: "else", m: 0.03, u: 0.97 },
        ],
      },
      {
        name: "birthDate",
        levels: [
          { id: "exact", m: 0.9, u: 0.001 },
          { id: "day-month-swap", m: 0.05, u: 0.0001 },
          { id: "else", m: 0.05, u: 0.9989 },
        ],
      },
    ],
  },
  pairs: [
    {
      left: "2",
      right: "y",
      rule: 0,
      gammas: [2, 2],
      weight: 9.7,
      contributions: [6.49, 9.81],
      probability: 0.9988,
      link: true,
    },
    {
      left: "1",
      right: "x",
      rule: 0,
      gammas: [1, 1],
      weight: 0.5,
      contributions: [1.81, 8.97],
      probability: 0.58,
      link: false,
    },
  ],
  links: 1,
  review: 1,
  threshold: 0.9,
  reviewFrom: 0.5,
  clusters: [
    {
      id: "a.csv:2",
      flags: ["conflicting-ids"],
      members: [
        { source: "a.csv", id: "2" },
        { source: "b.csv", id: "y" },
      ],
    },
  ],
};

const VALUES = ["PEREZ", "GOMEZ", "PERES", "1980-03-07", "1975-01-02", "1980-07-03", "12345678"];
const o = { escapeFormulas: true };

describe("the linkage report", () => {
  const printable = linkReport({ result, sides: [left, right], notes: [], files: [] }, "es");

  it("explains the strongest link and the review pair field by field, in the user's language", () => {
    const text = renderPrintable(printable, "text");
    expect(text).toContain("Vinculación de registros");
    expect(text).toContain("2 ↔ y: probabilidad 0,9988");
    expect(text).toMatch(/surname\s+iguales\s+\+6,49/);
    expect(text).toMatch(/birthDate\s+día y mes invertidos\s+\+8,97/);
    expect(text).toMatch(/previa\s+−6,60/);
    expect(text).toContain("1 documento con dígito verificador inválido");
    expect(text).toContain("1 par para revisión manual");
    expect(text).toContain("1 grupo para mirar: grandes 0, con dos documentos válidos distintos 1");
    const en = renderPrintable(
      linkReport({ result, sides: [left, right], notes: [], files: [] }, "en"),
      "text",
    );
    expect(en).toMatch(/birthDate\s+day and month swapped/);
  });

  it("draws each waterfall as an inline SVG in HTML, one bar per field", () => {
    const html = renderPrintable(printable, "html");
    expect(html.match(/<svg role="img"/g)).toHaveLength(2);
    expect(html).toContain("<title>2 ↔ y: probabilidad 0,9988</title>");
    expect(docHtml({ title: "x", lang: "es", blocks: [] })).not.toContain("<svg");
  });

  it("carries the model, counts and waterfalls in JSON, and no value of any record in any format", () => {
    const json = printable.json() as {
      model: { comparisons: { levels: { words: string }[] }[] };
      links: number;
    };
    expect(json.links).toBe(1);
    expect(json.model.comparisons[0]?.levels[1]?.words).toBe("parecidos (Jaro–Winkler ≥ 0,92)");
    for (const format of ["text", "json", "md", "html"] as const) {
      const out = renderPrintable(printable, format);
      for (const v of VALUES) expect(out, `${format}: ${v}`).not.toContain(v);
    }
  });
});

describe("the files of a run", () => {
  it("pairs.csv: ids, weight, probability, status, rule and each level; no values", () => {
    const csv = pairsCsv(result, o);
    expect(csv.split("\r\n")[0]).toBe(
      "left_id,right_id,weight,probability,status,rule,surname,birthDate,decision",
    );
    expect(csv.split("\r\n")[1]).toBe("2,y,9.7000,0.998800,link,birthYear,exact,exact,");
    expect(csv.split("\r\n")[2]).toBe("1,x,0.5000,0.580000,review,birthYear,jw-0.92,day-month-swap,");
    const jsonl = pairsJsonl(result)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(jsonl[1]).toMatchObject({ left: "1", right: "x", levels: { birthDate: "day-month-swap" } });
    for (const v of VALUES) expect(csv + pairsJsonl(result)).not.toContain(v);
  });

  it("clusters.csv: every record of both sides, alone ones in a group of their own", () => {
    expect(clustersCsv(result, [left, right], o).split("\r\n")).toEqual([
      "source,id,cluster_id",
      "a.csv,1,a.csv:1",
      "a.csv,2,a.csv:2",
      "a.csv,3,a.csv:3",
      "b.csv,x,b.csv:x",
      "b.csv,y,a.csv:2",
      "",
    ]);
  });

  it("review.csv: the review band with values masked whole side by side and an empty decision", () => {
    const lines = reviewCsv(result, left, right, o).split("\r\n");
    expect(lines[0]).toBe(
      "left_id,right_id,probability,weight,surname,birthDate,left_surname1,right_surname1,left_birthDate,right_birthDate,decision",
    );
    expect(lines[1]).toBe("1,x,0.580000,0.5000,jw-0.92,day-month-swap,PXXXX,PXXXX,1###-##-##,1###-##-##,");
    expect(lines).toHaveLength(3);
  });
});

describe("locateJson", () => {
  it("finds the line and column of a value by its path, or of the deepest part that exists", () => {
    const text =
      '{\n  "left": {"columns": {}},\n  "settings": {\n    "blocking": [{"on": []}, {"on": 3}]\n  }\n}';
    expect(locateJson(text, ["settings", "blocking", 1, "on"])).toEqual({ line: 4, column: 37 });
    expect(locateJson(text, ["settings", "nope"])).toEqual({ line: 3, column: 15 });
    expect(locateJson(text, ["left"])).toEqual({ line: 2, column: 11 });
  });
});
