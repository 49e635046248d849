import { describe, expect, it } from "vitest";
import { phrase } from "./phrases";

describe("phrase", () => {
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
