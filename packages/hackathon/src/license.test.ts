import { describe, expect, it } from "vitest";
import { attribution, LICENSE_IDS, resolveLicense } from "./index";

describe("licences and attribution", () => {
  it("recognises licences as portals write them", () => {
    expect(resolveLicense("cc-by-4.0")?.id).toBe("CC-BY-4.0");
    expect(resolveLicense("Creative Commons Attribution 4.0")?.id).toBe("CC-BY-4.0");
    expect(resolveLicense("https://creativecommons.org/licenses/by/4.0/")?.id).toBe("CC-BY-4.0");
    expect(resolveLicense("cc-by-sa")?.id).toBe("CC-BY-SA-4.0");
    expect(resolveLicense("Creative Commons Attribution Share-Alike")?.id).toBe("CC-BY-SA-4.0");
    expect(resolveLicense("cc-zero")?.id).toBe("CC0-1.0");
    expect(resolveLicense("CC0-1.0")?.id).toBe("CC0-1.0");
    expect(resolveLicense("odc-odbl")?.id).toBe("ODbL-1.0");
    expect(resolveLicense("odc-pddl")?.id).toBe("PDDL-1.0");
    expect(resolveLicense("ar-portal-terms")?.id).toBe("ar-portal-terms");
    expect(resolveLicense("Términos de uso de datos.gob.cl")?.id).toBe("cl-portal-terms");
    expect(resolveLicense("Licencia propia")).toBeNull();
    expect(resolveLicense(null)).toBeNull();
  });

  it("writes the attribution in es, en and pt for every known licence", () => {
    for (const id of LICENSE_IDS)
      for (const lang of ["es", "en", "pt"] as const) {
        const a = attribution({ license: id, title: "Barrios", publisher: "Municipalidad de Mendoza" }, lang);
        expect(a.license?.id).toBe(id);
        expect(a.text).toContain("Barrios");
        expect(a.text).toContain("Municipalidad de Mendoza");
      }
  });

  it("follows title, author, source, licence for CC BY, and says when data was modified", () => {
    const input = {
      license: "cc-by-4.0",
      title: "Barrios",
      publisher: "Municipalidad de Mendoza",
      source: "https://ckan.ciudaddemendoza.gov.ar/dataset/barrios",
    };
    expect(attribution(input, "es").text).toBe(
      "«Barrios», de Municipalidad de Mendoza, bajo licencia CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Fuente: https://ckan.ciudaddemendoza.gov.ar/dataset/barrios.",
    );
    expect(attribution({ ...input, modified: true }, "en").text).toBe(
      '"Barrios" by Municipalidad de Mendoza, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Source: https://ckan.ciudaddemendoza.gov.ar/dataset/barrios. The data was modified.',
    );
    expect(attribution({ ...input, license: "cc-by-sa-4.0" }, "pt").text).toContain(
      "As obras derivadas devem ser compartilhadas sob a mesma licença.",
    );
    expect(attribution({ ...input, license: "odc-odbl" }, "en").text).toMatch(
      /^Contains information from "Barrios"/,
    );
  });

  it("marks CC0 and PDDL credit as a courtesy and unknown licences as to check", () => {
    expect(attribution({ license: "cc0", title: "T", publisher: "P" }).required).toBe(false);
    expect(attribution({ license: "PDDL-1.0", title: "T", publisher: "P" }).required).toBe(false);
    const ar = attribution(
      { license: "ar-portal-terms", title: "T", publisher: "P", portal: "datos.gob.ar" },
      "es",
    );
    expect(ar.text).toBe(
      "Fuente: P, «T» en datos.gob.ar. Reutilizado según los términos y condiciones del portal de datos abiertos.",
    );
    const unknown = attribution({ license: null, title: "T", publisher: "P" }, "es");
    expect(unknown).toMatchObject({ license: null, required: true });
    expect(unknown.text).toContain("sin licencia declarada; revise sus términos");
  });
});
