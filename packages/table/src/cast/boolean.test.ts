import { describe, expect, it } from "vitest";
import { createBooleanCaster, SPANISH_BOOLEANS } from "./boolean";
import { isCastFailure } from "./failure";

describe("createBooleanCaster", () => {
  it("uses the Table Schema defaults", () => {
    const cast = createBooleanCaster();
    expect(cast("true")).toBe(true);
    expect(cast("1")).toBe(true);
    expect(cast("FALSE")).toBe(false);
    expect(isCastFailure(cast("YES"))).toBe(true);
    expect(isCastFailure(cast("No"))).toBe(true);
  });

  it("custom values replace the defaults", () => {
    const cast = createBooleanCaster({ trueValues: ["yes"] });
    expect(cast("yes")).toBe(true);
    expect(isCastFailure(cast("true"))).toBe(true);
    expect(cast("false")).toBe(false);
  });

  it("reads Spanish si/sí/no with the Spanish profile", () => {
    const cast = createBooleanCaster(SPANISH_BOOLEANS);
    expect(cast("Sí")).toBe(true);
    expect(cast("SI")).toBe(true);
    expect(cast("no")).toBe(false);
    expect(cast("true")).toBe(true);
    expect(isCastFailure(cast("quizás"))).toBe(true);
  });
});
