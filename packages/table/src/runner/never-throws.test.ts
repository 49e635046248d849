import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateTable } from "./validate";

describe("bad input never throws past the report", () => {
  it("random bytes always give a report", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const report = await validateTable(bytes);
        expect(typeof report.valid).toBe("boolean");
        expect(report.tasks.length + report.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("random text with delimiters, quotes and line breaks always gives a report, with a schema too", async () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "1", ",", ";", '"', "\n", "\r", " ", "ñ", "|", "\t", "."),
      maxLength: 400,
    });
    const schema = {
      fields: [
        { name: "a", type: "integer" },
        { name: "b", type: "date", format: "%d/%m/%Y" },
      ],
    };
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const report = await validateTable(t, { schema });
        expect(typeof report.valid).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
});
