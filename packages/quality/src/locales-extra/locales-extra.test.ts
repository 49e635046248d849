import { errorTitle, renderMessage, tableError } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { EXTRA_ERROR_TYPES, EXTRA_MESSAGES, phrase, registerExtraMessages } from "./index";

describe("registerExtraMessages", () => {
  it("words every extra error type in es, en and pt, idempotently", () => {
    registerExtraMessages();
    registerExtraMessages();
    for (const lang of ["es", "en", "pt"] as const)
      for (const type of EXTRA_ERROR_TYPES) {
        expect(errorTitle(type, lang)).toBe(EXTRA_MESSAGES[lang][type].title);
        expect(errorTitle(type, lang)).not.toBe(type);
      }
    expect(errorTitle("quality/stale-data", "es")).toBe("Datos desactualizados");
  });

  it("renders Spanish first with expected, hint and never an undefined placeholder", () => {
    registerExtraMessages();
    const e = tableError("quality/missing-dimension", {
      tags: ["#table", "#header"],
      params: {
        dimension: "edad",
        expected: phrase("es", "missing-dimension.expected", { examples: "edad, age" }),
      },
    });
    expect(renderMessage(e, "es")).toBe(
      "Encabezado: no hay una columna para desagregar por edad; se esperaba: una columna como edad, age.",
    );
    expect(renderMessage(e, "pt")).toContain("desagregar por idade");
    for (const type of EXTRA_ERROR_TYPES)
      for (const lang of ["es", "en", "pt"] as const)
        expect(renderMessage(tableError(type, { params: { reason: "invalid-modified" } }), lang)).not.toMatch(
          /undefined|\{\w+\}/u,
        );
  });

  it("fills phrase placeholders in each language", () => {
    expect(phrase("es", "stale-data.expected", { cutoff: "2024-05-01" })).toBe(
      "una fecha desde el 2024-05-01",
    );
    expect(phrase("en", "stale-data.expected", { cutoff: "2024-05-01" })).toBe(
      "a date on or after 2024-05-01",
    );
  });
});
