import { checkCatalogs } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { PHRASES, phrase } from "./phrases";

describe("phrase", () => {
  it("has every phrase in es, en and pt", () => {
    expect(checkCatalogs(PHRASES)).toEqual([]);
  });

  it("fills placeholders in each language", () => {
    expect(phrase("es", "stale-data.expected", { cutoff: "2024-05-01" })).toBe(
      "una fecha desde el 2024-05-01",
    );
    expect(phrase("en", "stale-data.expected", { cutoff: "2024-05-01" })).toBe(
      "a date on or after 2024-05-01",
    );
    expect(phrase("pt", "stale-data.expected", { cutoff: "2024-05-01" })).toBe(
      "uma data a partir de 2024-05-01",
    );
  });
});
