import { describe, expect, it } from "vitest";
import { run } from "../../../test-support/run-checks";
import { unknownShareCheck } from "./unknown-share";

describe("unknownShareCheck", () => {
  it("warns when unknown, non-response, not available or blank values pass the threshold", async () => {
    const { rows, errors } = await run("sexo,edad\nF,3\n,4\nM,NS/NC\ns/d,5\n", [unknownShareCheck()]);
    expect(rows).toEqual([
      [null, 1, "disaggregation/unknown-share"],
      [null, 2, "disaggregation/unknown-share"],
    ]);
    expect(errors[0]?.params).toMatchObject({
      dimension: "sex",
      unknown: 2,
      rows: 4,
      share: 0.5,
      threshold: 0.05,
    });
    // Percentages through Intl in the report's language.
    expect(errors[0]?.message).toMatch(
      /: 50\s?%\s?de los valores de sexo son desconocidos o faltan \(2 de 4\); el máximo es 5\s?%/,
    );
    const en = await run("sexo,edad\nF,3\n,4\nM,NS/NC\ns/d,5\n", [unknownShareCheck()], { lang: "en" });
    expect(en.errors[0]?.message).toContain(
      "50% of the sex values are unknown or missing (2 of 4); the maximum is 5%",
    );
    expect(errors[0]?.severity).toBe("warning");
  });

  it("stays quiet under the threshold", async () => {
    const csv = `sexo\n${Array.from({ length: 30 }, (_, i) => (i === 0 ? "X" : i % 2 ? "F" : "M")).join("\n")}\n`;
    expect((await run(csv, [unknownShareCheck()])).errors).toEqual([]);
  });
});
