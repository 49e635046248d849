import { readdirSync, readFileSync } from "node:fs";
import { checkCatalogs, checkIssueCatalogs, createIssue, renderIssue } from "@ciudata/core";
import { type Check, tableError } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { checklistIssues } from "../checklist/messages";
import { trimmedValues } from "../profiles/ar-datos-abiertos/rules/trimmed-values/trimmed-values";
import { cityRuleTexts, profileIssues } from "../profiles/messages";
import { PROFILE_RULES } from "../profiles/registry";
import { validateTable } from "./_shared/run.test-helpers";
import { controlCharactersMessages } from "./control-characters";
import {
  CHECK_DESCRIPTORS,
  CHECK_DIMENSIONS,
  checkIssues,
  createCheck,
  findCheck,
  oneFindingPerProblem,
} from "./index";
import { requiredDimensions } from "./required-dimensions";
import { whitespace } from "./whitespace";

const folders = (url: URL) =>
  readdirSync(url, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .map((d) => d.name)
    .sort();

const camel = (id: string) => id.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());

describe("the check registry", () => {
  it("is written from the folders (adding a check is adding its folder; the build rewrites registry.ts)", async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { registrySource } = (await import("../../scripts/registry.mjs")) as { registrySource(): string };
    const current = readFileSync(new URL("./registry.ts", import.meta.url), "utf8");
    expect(current, "src/checks/registry.ts is out of date: run pnpm -C packages/quality run registry").toBe(
      registrySource(),
    );
  });

  it("lists one descriptor per folder under checks/, exported from the folder's index", async () => {
    const names = folders(new URL(".", import.meta.url));
    expect(CHECK_DESCRIPTORS).toHaveLength(names.length);
    for (const name of names) {
      const mod: Record<string, unknown> = await import(`./${name}/index.ts`);
      const descriptor = mod[`${camel(name)}Check`];
      expect(descriptor, `checks/${name}/index.ts exports ${camel(name)}Check`).toBeDefined();
      expect(CHECK_DESCRIPTORS, `checks/${name} is in CHECK_DESCRIPTORS`).toContain(descriptor);
    }
  });

  it("lists one descriptor per guide rule folder, by its rule id", () => {
    const names = folders(new URL("../profiles/ar-datos-abiertos/rules/", import.meta.url));
    expect(PROFILE_RULES.map((r) => r.aliases[0]).sort()).toEqual(names);
    for (const rule of PROFILE_RULES) expect(rule.id).toBe(`quality/profile/${rule.aliases[0]}`);
  });

  it("gives every issue type a check emits its descriptor's dimension", () => {
    expect(CHECK_DIMENSIONS["quality/control-characters"]).toBe("validity");
    expect(CHECK_DIMENSIONS["quality/stale-data"]).toBe("timeliness");
    expect(CHECK_DIMENSIONS["duplicate-row"]).toBe("uniqueness");
  });

  it("has unique ids and aliases", () => {
    const all = [...CHECK_DESCRIPTORS, ...PROFILE_RULES].flatMap((d) => [d.id, ...d.aliases]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("resolves the old names: checklist types and review ids", () => {
    for (const type of [
      "duplicate-row",
      "deviated-value",
      "deviated-cell",
      "truncated-value",
      "forbidden-value",
      "required-value",
      "sequential-value",
      "ascii-value",
      "row-constraint",
      "table-dimensions",
    ])
      expect(findCheck(type)?.id).toBe(type);
    expect(findCheck("quality/stale-data")?.id).toBe("quality/freshness");
    expect(findCheck("quality/overdue-update")?.id).toBe("quality/periodicity");
    expect(findCheck("quality/age-mismatch")?.id).toBe("quality/age-consistency");
    expect(findCheck("quality/missing-dimension")?.id).toBe("quality/required-dimensions");
    for (const id of ["category-variants", "whitespace", "letter-case", "cross-field", "missing-by-group"])
      expect(findCheck(`quality/${id}`)?.id).toBe(`quality/${id}`);
    expect(findCheck("nope")).toBeUndefined();
  });

  it("builds a check from JSON options, and locates bad options", () => {
    expect(createCheck("quality/whitespace", { fields: ["barrio"] })?.name).toBe("quality/whitespace");
    expect(() => createCheck("quality/whitespace", { fields: "barrio" })).toThrowError(
      expect.objectContaining({
        errors: [
          expect.objectContaining({
            type: "check-error",
            params: expect.objectContaining({
              path: "options.fields",
              expected: "type:array",
              check: "quality/whitespace",
            }),
          }),
        ],
      }),
    );
  });

  it("words every issue type and every text in es, en and pt, with no gap", async () => {
    expect(checkIssueCatalogs(checkIssues)).toEqual([]);
    for (const d of [...CHECK_DESCRIPTORS, ...PROFILE_RULES])
      expect(checkIssueCatalogs(d.messages)).toEqual([]);
    expect(checkIssueCatalogs(profileIssues)).toEqual([]);
    expect(checkIssueCatalogs(checklistIssues)).toEqual([]);
    expect(checkCatalogs(controlCharactersMessages)).toEqual([]);
    expect(checkCatalogs(cityRuleTexts)).toEqual([]);
    const rules = new URL("../profiles/ar-datos-abiertos/rules/", import.meta.url);
    for (const rule of folders(rules)) {
      const texts: Record<string, unknown> = await import(
        `../profiles/ar-datos-abiertos/rules/${rule}/messages.ts`
      );
      for (const catalog of Object.values(texts)) expect(checkCatalogs(catalog as never), rule).toEqual([]);
    }
    for (const d of CHECK_DESCRIPTORS) expect(Object.keys(d.messages.es).length, d.id).toBeGreaterThan(0);
  });

  it("renders Spanish first, with what was expected", () => {
    const e = createIssue("quality/missing-dimension", {
      tags: ["#table", "#header"],
      params: { dimension: "edad", expected: "una columna como edad, age" },
    });
    expect(renderIssue(e, "es", checkIssues)).toBe(
      "Encabezado: no hay una columna para desagregar por edad; se esperaba: una columna como edad, age.",
    );
    expect(renderIssue(e, "pt", checkIssues)).toContain("desagregar por idade");
  });
});

describe("one finding per problem", () => {
  it("gives one finding for one trailing space when whitespace and trimmed-values both run", async () => {
    const checks = oneFindingPerProblem([whitespace(), trimmedValues()]);
    const report = await validateTable("barrio,casos\nCentro ,3\nNorte,4\n", { checks });
    const types = (report.tasks[0]?.errors ?? []).map((e) => e.type);
    expect(types).toEqual(["quality/whitespace"]);
  });

  it("keeps trimmed-values on columns the whitespace check does not cover", async () => {
    const checks = oneFindingPerProblem([whitespace({ fields: ["casos"] }), trimmedValues()]);
    const report = await validateTable("barrio,casos\nCentro ,3\n", { checks });
    expect((report.tasks[0]?.errors ?? []).map((e) => [e.type, e.fieldName])).toEqual([
      ["quality/profile/trimmed-values", "barrio"],
    ]);
  });

  it("reports a missing sex, age or territory column once when disaggregation's check runs too", async () => {
    // A stand-in for @ciudata/disaggregation's requiredDimensionsCheck(), the owner of that finding.
    const owner: Check = {
      name: "disaggregation/required-dimensions",
      onStart: (ctx) =>
        ctx.report(tableError("disaggregation/missing-dimension", { params: { dimension: "sex" } })),
    };
    const csv = "barrio,casos\nPalermo,3\n";
    const alone = await validateTable(csv, { checks: oneFindingPerProblem([requiredDimensions()]) });
    expect(alone.tasks[0]?.errors.map((e) => e.params.dimension)).toEqual(["sexo", "edad"]);
    const both = await validateTable(csv, { checks: oneFindingPerProblem([requiredDimensions(), owner]) });
    expect(both.tasks[0]?.errors.map((e) => e.type)).toEqual(["disaggregation/missing-dimension"]);
    const other = await validateTable(csv, {
      checks: oneFindingPerProblem([requiredDimensions({ required: ["sexo", "etnia"] }), owner]),
    });
    expect(other.tasks[0]?.errors.map((e) => e.params.dimension)).toEqual(["sex", "etnia"]);
  });

  it("leaves trimmed-values alone when no whitespace check runs", async () => {
    const report = await validateTable("barrio\nCentro \n", {
      checks: oneFindingPerProblem([trimmedValues()]),
    });
    expect(report.tasks[0]?.errors.map((e) => e.type)).toEqual(["quality/profile/trimmed-values"]);
  });
});
