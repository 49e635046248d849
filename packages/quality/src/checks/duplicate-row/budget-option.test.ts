import { describe, expect, it } from "vitest";
import { parseChecklist } from "../../checklist";

describe("duplicate-row in a checklist", () => {
  it("takes keyBudget, a whole number of characters, and refuses anything else", () => {
    expect(parseChecklist({ checks: [{ type: "duplicate-row", keyBudget: 20_000_000 }] }).ok).toBe(true);
    expect(parseChecklist({ checks: [{ type: "duplicate-row", keyBudget: -1 }] }).ok).toBe(false);
    expect(parseChecklist({ checks: [{ type: "duplicate-row", keyBudget: "mucho" }] }).ok).toBe(false);
  });
});
