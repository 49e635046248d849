import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #17, finding 7: one Spanish report wrote `96,5` beside `79.99%`. Every number of a report is
// written the one language's way: decimal scores and percentages alike.

/**
 * 41 rows: `monto` blank in 7 of the 21 rows of barrio Sur (33,3 % against 17,1 % overall, a
 * `quality/missing-by-group` finding, and a completeness score of 94,3).
 */
function table(): Record<string, string> {
  const lines = ["id,barrio,monto"];
  for (let i = 1; i <= 41; i++) {
    const sur = i > 20;
    const monto = sur && i % 3 === 0 ? "" : `${10 + (i % 4) * 0.25}`;
    lines.push(`${i},${sur ? "Sur" : "Norte"},${monto}`);
  }
  const profile = {
    id: "formatos",
    name: { es: "Formatos" },
    checks: [
      {
        rule: "quality/missing-by-group",
        options: { groupBy: "barrio", fields: ["monto"], minGroupSize: 5, ratio: 1.5 },
      },
    ],
  };
  return { "montos.csv": `${lines.join("\n")}\n`, "perfil.json": JSON.stringify(profile) };
}

/** Text people read: HTML without its tags (SVG coordinates are not text), version labels left out. */
function readable(report: string): string {
  return report
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/(fórmulas|informe|formatVersion)\W+1\.0/g, "$1");
}

describe("numbers in a Spanish validate report (issue #17, finding 7)", () => {
  it("writes decimal scores and percentages the Spanish way in text, Markdown and HTML", async () => {
    const dir = await workdir(table());
    for (const format of ["text", "md", "html"]) {
      const c = capture();
      c.io.cwd = dir;
      await run(["validate", "montos.csv", "--profile", "perfil.json", "--format", format], c.io);
      const out = readable(c.out());
      expect(out, format).toMatch(/\b\d{1,2},\d\b/); // a decimal score
      expect(out, format).toMatch(/\d+,\d+\s?%/); // a percentage with decimals
      expect(out, format).toContain("33,3"); // the share of blanks in barrio Sur
      // No number written the English way: a decimal point followed by 1 or 2 digits (1.234 is a thousand).
      expect(out.match(/\d\.\d{1,2}(?!\d)/g) ?? [], format).toEqual([]);
    }
  });
});

async function workdir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}
