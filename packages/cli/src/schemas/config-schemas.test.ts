import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MENDOZA_STANDARD_JSON } from "@ciudata/disaggregation";
import { LinkMappingSchema, parseLinkSettings } from "@ciudata/linkage";
import { AR_DATOS_ABIERTOS, parseProfile } from "@ciudata/quality";
import { CleanVariantsSchema, parseCleanProfile } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { CONFIG_EXAMPLE } from "../commands/link/config";
import { CONFIG_SCHEMAS, type JsonSchema, schemaFileText } from "./config-schemas";
import { schemaErrors } from "./json-schema.test-helper";

// The repository's `schemas/` folder, written by `pnpm schemas:update`.
const DIR = join(import.meta.dirname, "..", "..", "..", "..", "schemas");
const committed = (name: string): JsonSchema =>
  JSON.parse(readFileSync(join(DIR, `${name}.schema.json`), "utf8")) as JsonSchema;
const $schema = (name: string) =>
  `https://raw.githubusercontent.com/ciudata/ciudata/main/schemas/${name}.schema.json`;

describe("schemas/*.schema.json", () => {
  it("are the zod schemas as they are now (run `pnpm schemas:update` when this fails)", () => {
    for (const config of CONFIG_SCHEMAS)
      expect(
        existsSync(join(DIR, `${config.name}.schema.json`)) &&
          readFileSync(join(DIR, `${config.name}.schema.json`), "utf8"),
        `schemas/${config.name}.schema.json`,
      ).toBe(schemaFileText(config));
    const files = readdirSync(DIR).filter((f) => f.endsWith(".schema.json"));
    expect(files.sort()).toEqual(CONFIG_SCHEMAS.map((c) => `${c.name}.schema.json`).sort());
  });

  it("let a file name its schema, and every reference points at a definition", () => {
    for (const config of CONFIG_SCHEMAS) {
      const schema = committed(config.name);
      expect((schema.properties as JsonSchema).$schema, config.name).toEqual(
        expect.objectContaining({ type: "string" }),
      );
      // An empty object: every reference is followed even where nothing is required.
      const refs = [...JSON.stringify(schema).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] as string);
      for (const ref of refs)
        expect(schemaErrors({ $ref: ref }, null, schema)).not.toContain(`/: unresolved ${ref}`);
    }
  });

  it("accept what the CLI accepts and flag what it refuses, as an editor would", () => {
    const clean = committed("clean-profile");
    const good = {
      $schema: $schema("clean-profile"),
      steps: {
        trim: { collapse: true },
        "iso-dates": { formats: { fecha: "%d/%m/%Y" } },
        "blank-rows": true,
      },
    };
    expect(parseCleanProfile(good).ok).toBe(true);
    expect(schemaErrors(clean, good)).toEqual([]);
    const typo = { steps: { trimm: true } };
    expect(parseCleanProfile(typo).ok).toBe(false);
    expect(schemaErrors(clean, typo)).toEqual(["/steps/trimm: not allowed"]);
    expect(schemaErrors(clean, { steps: { "iso-dates": { formats: { fecha: 3 } } } })).not.toEqual([]);

    const variants = committed("clean-variants");
    const mapping = { provincia: { CABA: "Ciudad Autónoma de Buenos Aires" } };
    expect(CleanVariantsSchema.safeParse(mapping).success).toBe(true);
    expect(schemaErrors(variants, { $schema: $schema("clean-variants"), ...mapping })).toEqual([]);
    expect(schemaErrors(variants, { provincia: { CABA: 1 } })).not.toEqual([]);

    const link = committed("link-config");
    // The example the CLI shows when a configuration is not JSON is itself a valid configuration.
    const example = JSON.parse(CONFIG_EXAMPLE);
    expect(LinkMappingSchema.safeParse(example.left).success).toBe(true);
    expect(LinkMappingSchema.safeParse(example.right).success).toBe(true);
    expect(() => parseLinkSettings(example.settings)).not.toThrow();
    expect(schemaErrors(link, { $schema: $schema("link-config"), ...JSON.parse(CONFIG_EXAMPLE) })).toEqual(
      [],
    );
    expect(schemaErrors(link, { left: { columns: { fullName: 3 } } })).not.toEqual([]);
    expect(schemaErrors(link, { lefts: {} })).toEqual(["/lefts: not allowed"]);

    const profile = committed("quality-profile");
    const city = { $schema: $schema("quality-profile"), ...JSON.parse(JSON.stringify(AR_DATOS_ABIERTOS)) };
    expect(parseProfile(city).ok).toBe(true);
    expect(schemaErrors(profile, city)).toEqual([]);
    expect(schemaErrors(profile, { name: { es: "Sin id" } })).not.toEqual([]);

    const standard = committed("disaggregation-standard");
    expect(
      schemaErrors(standard, { $schema: $schema("disaggregation-standard"), ...MENDOZA_STANDARD_JSON }),
    ).toEqual([]);
  });
});
