import { describe, expect, it } from "vitest";
import { recordsOf } from "../../test-support/records-of";
import { compileComparisons } from "./compile";
import { defaultSettings } from "./defaults";

const LATAM = [
  "given",
  "given1",
  "given1Phon",
  "surname1",
  "surname2",
  "surnames",
  "surname1Phon",
  "birthDate",
  "birthYear",
  "sex",
  "nationalId",
  "phone",
  "locality",
];

describe("defaultSettings", () => {
  it("compares every standard field present, names the LatAm way", () => {
    const settings = defaultSettings(LATAM);
    expect(settings.comparisons.map((c) => c.name)).toEqual([
      "given",
      "surnames",
      "birthDate",
      "sex",
      "nationalId",
      "phone",
      "locality",
    ]);
    const surnames = settings.comparisons.find((c) => c.name === "surnames");
    expect(surnames?.levels.map((l) => l.id)).toContain("phonetic");
  });

  it("blocks with rules whose fields are all present, selective ones only", () => {
    const { blocking } = defaultSettings(LATAM);
    expect(blocking.map((r) => r.on.join(" + "))).toEqual([
      "nationalId",
      "given1 + surname1 + birthYear",
      "birthDate + surname1Phon",
      "birthDate + given1Phon",
      "phone",
      "surname1 + surname2 + given1",
      "given1 + surname1 + locality",
      "birthDate + locality",
    ]);
    expect(defaultSettings(["given1", "surname1"]).blocking.map((r) => r.on.join(" + "))).toEqual([
      "given1 + surname1",
    ]);
  });

  it("trains EM on IDs and on name + birth date (without an ID: on names and on birth dates)", () => {
    expect(defaultSettings(LATAM).training?.map((r) => r.on.join(" + "))).toEqual([
      "nationalId",
      "given1 + surname1 + birthDate",
    ]);
    const noId = LATAM.filter((f) => !f.startsWith("nationalId"));
    expect(defaultSettings(noId).training?.map((r) => r.on.join(" + "))).toEqual([
      "given1 + surname1",
      "birthDate + locality",
    ]);
  });

  it("handles FEBRL-style extra fields: numbers as codes, the rest as text", () => {
    const fields = [
      "given",
      "given1",
      "surname1",
      "street_number",
      "address_1",
      "address_2",
      "postcode",
      "locality",
      "state",
      "birthDate",
      "birthYear",
      "nationalId",
    ];
    const settings = defaultSettings(fields);
    const kind = (name: string) =>
      settings.comparisons
        .find((c) => c.name === name)
        ?.levels.map((l) => l.id)
        .join(",");
    expect(kind("surname1")).toBe("exact,swapped,jw-0.92,jw-0.88,jw-0.7");
    expect(kind("street_number")).toBe("exact,typo-1,typo-2");
    expect(kind("address_1")).toBe("exact,jw-0.9,jw-0.7");
    expect(kind("state")).toBe("exact,jw-0.9,jw-0.7");
    expect(settings.blocking.map((r) => r.on.join(" + "))).toEqual(
      expect.arrayContaining(["postcode + birthDate", "postcode + street_number + address_1"]),
    );
    // Everything it names exists: the settings compile on records with exactly these fields.
    const records = recordsOf("febrl", [Object.fromEntries(fields.map((f) => [f, "X"]))]);
    expect(compileComparisons(settings.comparisons, records, null).count).toBe(settings.comparisons.length);
  });
});
