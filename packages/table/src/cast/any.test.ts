import { describe, expect, it } from "vitest";
import { castAny } from "./any";
import { createCaster } from "./create-caster";

describe("any", () => {
  it("keeps the text; a field without type is any", () => {
    expect(castAny("lo que sea")).toBe("lo que sea");
    expect(createCaster({ type: "any" })("3")).toBe("3");
  });
});
