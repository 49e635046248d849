import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { trimmedValues } from "./trimmed-values";

describe("trimmed-values rule", () => {
  it("reports leading and trailing spaces, masked", async () => {
    const errors = await profileErrors('nombre,barrio\n"Juan Pérez ",Centro\nAna,"\tNorte"\nLuis,Sur\n', [
      trimmedValues(),
    ]);
    expect(where(errors)).toEqual([
      [2, 1, "quality/profile/trimmed-values"],
      [3, 2, "quality/profile/trimmed-values"],
    ]);
    expect(errors[0]?.cell).toBe("Jxxx Xxxxx ");
    expect(errors[0]?.params).toMatchObject({ received: "Jxxx Xxxxx ", example: "Jxxx Xxxxx", masked: true });
    expect(JSON.stringify(errors)).not.toContain("Juan");
  });

  it("shows the cell when the caller reveals cells", async () => {
    const errors = await profileErrors("barrio\n Centro\n", [trimmedValues()], { revealCells: true });
    expect(errors[0]?.params.received).toBe(" Centro");
    expect(errors[0]?.params.example).toBe("Centro");
  });
});
