import {
  checkCatalogs,
  checkIssueCatalogs,
  createIssue,
  LANGS,
  renderIssue,
  translator,
} from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { CATEGORY_ROLE, type Category } from "../detect/categories";
import { redactText } from "../text/redact";
import { parsePlan } from "../transform/plan";
import { privacyIssues } from "./issues";
import { privacyMessages } from "./messages";

describe("privacy catalogs", () => {
  it("word every key in es, en and pt", () => {
    expect(checkIssueCatalogs(privacyIssues)).toEqual([]);
    expect(checkCatalogs(privacyMessages)).toEqual([]);
  });

  it("word k-anonymity in the chosen language, with numbers through Intl and plural agreement", () => {
    const many = createIssue("privacy/k-anonymity", { params: { k: 5, records: 1234, qi: "edad, sexo" } });
    const one = createIssue("privacy/k-anonymity", { params: { k: 2, records: 1, qi: "edad" } });
    expect(renderIssue(many, "es", privacyIssues)).toContain(
      "1.234 registros están en grupos de menos de 5 personas",
    );
    expect(renderIssue(many, "en", privacyIssues)).toContain(
      "1,234 records are in groups of fewer than 5 people",
    );
    expect(renderIssue(one, "en", privacyIssues)).toContain(
      "1 record is in groups of fewer than 2 people by edad; it can",
    );
    expect(renderIssue(one, "pt", privacyIssues)).toContain(
      "1 registro está em grupos de menos de 2 pessoas",
    );
    expect(LANGS.map((lang) => translator(privacyMessages, lang).t("kAnonymity", { k: 2 }))).toEqual([
      "2-anonimato",
      "2-anonymity",
      "2-anonimato",
    ]);
  });

  it("word a plan's problems without English inside Spanish", () => {
    const bad = parsePlan({ columns: { dni: { action: "pseudonymize", purpose: "a" } } });
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    expect(errors[0]?.params.path).toBe("key");
    expect(renderIssue(errors[0] ?? createIssue("x"), "es", privacyIssues)).toBe(
      "En key: el plan de anonimización no es válido; se esperaba: una fuente de clave para seudonimizar: { env } o { file }.",
    );
  });

  it("locates a schema problem of the plan and words what was expected", () => {
    const bad = parsePlan({ columns: { x: { action: "explode" } } });
    const first = bad.ok ? undefined : bad.errors[0];
    expect(first?.params.path).toBe("columns.x");
    expect(renderIssue(first ?? createIssue("x"), "pt", privacyIssues)).toMatch(
      /^Em columns\.x: o plano de anonimização não é válido; esperado: /,
    );
  });

  it("writes redaction placeholders in the chosen language", () => {
    expect(redactText("mi correo es ana@mail.com", { lang: "en" }).text).toBe("mi correo es [EMAIL]");
    expect(redactText("mi correo es ana@mail.com").text).toBe("mi correo es [CORREO]");
  });

  it("name every category and role of the scan in es, en and pt", () => {
    for (const lang of LANGS) {
      const { t } = translator(privacyMessages, lang);
      for (const c of Object.keys(CATEGORY_ROLE) as Category[]) expect(t(`category.${c}`)).toBeTruthy();
      for (const r of ["direct", "quasi", "sensitive", "institutional"] as const)
        expect(t(`role.${r}`)).toBeTruthy();
    }
    expect(translator(privacyMessages, "es").t("category.phone")).toBe("teléfono");
    const phone = createIssue("privacy/personal-data", { params: { category: "phone", confidence: 0.9 } });
    expect(renderIssue(phone, "es", privacyIssues)).toContain("parece contener teléfono (confianza 90");
    const health = createIssue("privacy/sensitive-data", { params: { category: "health", laws: "AR" } });
    expect(renderIssue(health, "pt", privacyIssues)).toContain("dados sensíveis (saúde)");
    expect(
      translator(privacyMessages, "es").t("institutions", { reason: "no-people", columns: ["LAT"] }),
    ).toContain("por eso LAT se toma como dato de la institución, no personal");
  });
});
