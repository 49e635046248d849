import { CiudataError, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { linkageIssues } from "../messages/issues";
import { parseLinkMapping } from "./mapping";
import { standardise } from "./standardise";

const thrown = (fn: () => unknown): CiudataError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CiudataError) return e;
    throw e;
  }
  throw new Error("did not throw");
};

describe("standardise", () => {
  it("reads a Mexican registry with separate surname columns and CURP", () => {
    const r = standardise(
      ["folio", "nombre(s)", "apellido paterno", "apellido materno", "fecha_nac", "sexo", "curp"],
      [
        ["A1", "Ma. Guadalupe", "de la Cruz", "Hernández", "07/03/1990", "M", "BAAD890419HMNRRV07"],
        ["A2", "José Luis", "Pérez García", "", "25/12/1985", "H", "BAAD890419HMNRRV08"],
        ["A3", "Juan", "López", "S/D", "", "H", "0"],
      ],
      {
        id: "folio",
        givenNames: "nombre(s)",
        surname1: "apellido paterno",
        surname2: "apellido materno",
        birthDate: "fecha_nac",
        dateFormat: "dd/MM/yyyy",
        sex: "sexo",
        nationalId: "curp",
        idType: "CURP",
      },
      { source: "a", file: "padron.csv" },
    );
    expect(r.ids).toEqual(["A1", "A2", "A3"]);
    expect(r.rows).toEqual([1, 2, 3]);
    expect(r.fields.given).toEqual(["MARIA GUADALUPE", "JOSE LUIS", "JUAN"]);
    expect(r.fields.given1).toEqual(["MARIA", "JOSE", "JUAN"]);
    expect(r.fields.surname1).toEqual(["CRUZ", "PEREZ", "LOPEZ"]);
    // "Pérez García" in the first surname's column with the second empty: two surnames.
    expect(r.fields.surname2).toEqual(["HERNANDEZ", "GARCIA", null]);
    expect(r.fields.surnames).toEqual(["CRUZ HERNANDEZ", "PEREZ GARCIA", "LOPEZ"]);
    expect(r.fields.birthDate).toEqual(["1990-03-07", "1985-12-25", null]);
    expect(r.fields.birthYear).toEqual(["1990", "1985", null]);
    expect(r.fields.birthMonthDay).toEqual(["03-07", "12-25", null]);
    // H in the column: one-letter sex codes are read the Mexican way (H = hombre, M = mujer).
    expect(r.fields.sex).toEqual(["F", "M", "M"]);
    expect(r.stats?.sexLetters).toEqual({ letters: "curp", detected: true });
    expect(r.fields.nationalId).toEqual(["BAAD890419HMNRRV07", "BAAD890419HMNRRV08", null]);
    expect(r.fields.nationalIdValid).toEqual(["1", "0", null]);
    expect(r.fields.nationalIdType).toEqual(["CURP", "CURP", null]);
    expect(r.stats?.fields.find((f) => f.role === "nationalId")).toEqual({
      role: "nationalId",
      column: "curp",
      values: 2,
      nulls: 1,
      invalid: 1,
    });
    expect(r.stats?.dateFormat).toEqual({ format: "dd/MM/yyyy", detected: false, tied: [] });
  });

  it("reads full names in both orders to the same fields", () => {
    const mapping = { fullName: "nombre" } as const;
    const a = standardise(["nombre"], [["Pérez García, María José"], ["Juan Carlos Gómez Ruiz"]], mapping, {
      source: "a",
    });
    const b = standardise(["nombre"], [["María José Pérez García"], ["Juan Carlos Gómez Ruiz"]], mapping, {
      source: "b",
    });
    const c = standardise(["nombre"], [["PEREZ GARCIA MARIA JOSE"], ["GOMEZ RUIZ JUAN CARLOS"]], mapping, {
      source: "c",
    });
    expect(a.fields.fullName).toEqual(["MARIA JOSE PEREZ GARCIA", "JUAN CARLOS GOMEZ RUIZ"]);
    expect(b.fields).toEqual(a.fields);
    expect(c.fields).toEqual(a.fields);
    expect(a.stats?.nameOrder).toEqual({ order: "given-first", detected: true, commas: 1 });
    expect(c.stats?.nameOrder).toEqual({ order: "surnames-first", detected: true, commas: 0 });
  });

  it("reads M as masculino beside F, and as mujer beside H, whatever the ID type", () => {
    const mapping = { sex: "sexo", nationalId: "curp", idType: "CURP" };
    const dni = standardise(["sexo", "curp"], [["M"], ["F"], ["Femenino"], ["Hombre"]], mapping, {
      source: "b",
    });
    expect(dni.fields.sex).toEqual(["M", "F", "F", "M"]);
    const curp = standardise(["sexo", "curp"], [["M"], ["H"]], mapping, { source: "a" });
    expect(curp.fields.sex).toEqual(["F", "M"]);
    // Only M: the CURP beside it decides (mujer); a declared scheme always wins.
    expect(standardise(["sexo", "curp"], [["M"]], mapping, { source: "a" }).fields.sex).toEqual(["F"]);
    expect(
      standardise(["sexo"], [["M"], ["H"]], { sex: "sexo", sexLetters: "dni" }, { source: "a" }).fields.sex,
    ).toEqual(["M", "M"]);
  });

  it("gives swapped and missing second surnames the fields the comparisons need", () => {
    const r = standardise(
      ["apellidos", "nombres"],
      [
        ["García Pérez", "Ana"],
        ["Pérez García", "Ana"],
        ["Pérez", "Ana"],
      ],
      { surnames: "apellidos", givenNames: "nombres" },
      { source: "a" },
    );
    expect(r.fields.surname1).toEqual(["GARCIA", "PEREZ", "PEREZ"]);
    expect(r.fields.surname2).toEqual(["PEREZ", "GARCIA", null]);
    expect(r.fields.surname1Phon).toEqual(["GARSIA", "PERES", "PERES"]);
  });

  it("detects the date format, reports it and counts what did not parse", () => {
    const r = standardise(
      ["fnac"],
      [["25/12/1985"], ["07/03/1990"], ["31/02/1990"], ["sin dato"], ["01/01/1900"]],
      { birthDate: "fnac" },
      { source: "a", referenceYear: 2026 },
    );
    expect(r.fields.birthDate).toEqual(["1985-12-25", "1990-03-07", null, null, null]);
    expect(r.stats?.dateFormat).toEqual({ format: "dd/MM/yyyy", detected: true, tied: [] });
    expect(r.stats?.fields[0]).toEqual({
      role: "birthDate",
      column: "fnac",
      values: 3,
      nulls: 2,
      unparsed: 1,
      dayMonthAmbiguous: 1,
    });
  });

  it("reads Argentine and Brazilian records: DNI, CUIL, CPF, phones, addresses", () => {
    const r = standardise(
      ["dni", "tel", "domicilio", "cp", "localidad", "barrio"],
      [
        ["12.345.678", "(011) 15-2345-6789", "Av. San Martín 123", "C1425 ABC", "CABA", "Palermo"],
        ["12345678", "+54 9 11 2345-6789", "Avenida San Martin 123", "c1425abc", "caba", "PALERMO"],
      ],
      {
        nationalId: "dni",
        idType: "AR_DNI",
        phone: "tel",
        phoneCountry: "AR",
        address: "domicilio",
        postcode: "cp",
        locality: "localidad",
        extra: { barrio: "barrio" },
      },
      { source: "a" },
    );
    for (const field of ["nationalId", "phone", "address", "postcode", "locality", "barrio"])
      expect(r.fields[field]?.[0], field).toBe(r.fields[field]?.[1]);
    expect(r.fields.phone?.[0]).toBe("+5491123456789");
    expect(r.fields.address?.[0]).toBe("AVENIDA SAN MARTIN 123");
    expect(r.fields.postcode?.[0]).toBe("C1425ABC");
    expect(r.fields.nationalIdType?.[0]).toBe("AR_DNI");
    expect(r.ids).toEqual(["1", "2"]);
  });

  it("finds mapped columns whatever their spaces", () => {
    const r = standardise(
      [" given_name", " surname"],
      [[" ana", " perez"]],
      { givenNames: "given_name", surname1: "surname" },
      { source: "a" },
    );
    expect(r.fields.fullName).toEqual(["ANA PEREZ"]);
  });

  it("stops before reading rows when a mapped column is missing, worded in es, en and pt", () => {
    let read = false;
    const rows = {
      *[Symbol.iterator]() {
        read = true;
        yield ["x"];
      },
    };
    const e = thrown(() =>
      standardise(
        ["nombre", "dni"],
        rows,
        { fullName: "nombre", birthDate: "fnac" },
        { source: "a", file: "padron.csv" },
      ),
    );
    expect(read).toBe(false);
    expect(e.errors).toHaveLength(1);
    const issue = e.errors[0];
    expect(issue.type).toBe("linkage/missing-column");
    expect(issue.params).toMatchObject({ file: "padron.csv", column: "fnac", columns: "nombre, dni" });
    expect(renderIssue(issue, "es", linkageIssues)).toContain("«fnac», que no está en padron.csv");
    expect(renderIssue(issue, "en", linkageIssues)).toContain('column "fnac", which is not in padron.csv');
    expect(renderIssue(issue, "pt", linkageIssues)).toContain("«fnac», que não está em padron.csv");
  });

  it("refuses an empty side and repeated or missing ids", () => {
    expect(thrown(() => standardise(["a"], [], { fullName: "a" }, { source: "a" })).errors[0].type).toBe(
      "linkage/empty-side",
    );
    const dup = thrown(() => standardise(["id"], [["1"], ["2"], ["1"], [""]], { id: "id" }, { source: "a" }));
    expect(dup.errors.map((i) => [i.type, i.params.row])).toEqual([
      ["linkage/duplicate-id", 3],
      ["linkage/missing-id", 4],
    ]);
    // The id itself is never in the message.
    expect(renderIssue(dup.errors[0], "es", linkageIssues)).toContain(
      "la fila de datos 3 de a repite el id de la fila 1 (columna «id»)",
    );
  });

  it("finds every repeated id among many, each with the row it first appeared in", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `P-${i}`);
    // Rows 50,001–50,003 repeat ids first seen at rows 17, 40,000 and 17; everything else is distinct.
    const rows = [...ids, "P-16", "P-39999", "P-16"].map((id) => [id]);
    const dup = thrown(() => standardise(["id"], rows, { id: "id" }, { source: "a" }));
    expect(dup.errors.map((i) => [i.type, i.params.row, i.params.first])).toEqual([
      ["linkage/duplicate-id", 50_001, 17],
      ["linkage/duplicate-id", 50_002, 40_000],
      ["linkage/duplicate-id", 50_003, 17],
    ]);
    expect(
      standardise(
        ["id"],
        ids.map((id) => [id]),
        { id: "id" },
        { source: "a" },
      ).ids,
    ).toEqual(ids);
  });

  it("does not depend on row order", () => {
    const rows = [
      ["1", "Pérez García, Ana", "01/02/1990"],
      ["2", "Ana Pérez", "13/02/1990"],
      ["3", "LOPEZ JUAN", "02/01/1990"],
    ];
    const mapping = { id: "id", fullName: "n", birthDate: "f" };
    const a = standardise(["id", "n", "f"], rows, mapping, { source: "a" });
    const b = standardise(["id", "n", "f"], [...rows].reverse(), mapping, { source: "a" });
    for (const [field, values] of Object.entries(a.fields))
      expect([...(b.fields[field] ?? [])].reverse(), field).toEqual(values);
  });
});

describe("parseLinkMapping", () => {
  it("reads a mapping and refuses a bad one with located issues", () => {
    expect(parseLinkMapping({ fullName: "nombre", dateFormat: "yyyyMMdd" }).fullName).toBe("nombre");
    const e = thrown(() =>
      parseLinkMapping({ fullName: "nombre", idType: "XX", dateFormat: "qq", colour: "x" }),
    );
    expect(e.errors.every((i) => i.type === "linkage/config")).toBe(true);
    expect(e.errors.map((i) => i.params.path).sort()).toEqual(["", "dateFormat", "idType"]);
    expect(thrown(() => parseLinkMapping({ fullName: "n", givenNames: "g" })).errors[0].params.path).toBe(
      "fullName",
    );
    expect(thrown(() => parseLinkMapping({ extra: { sex: "s" } })).errors[0].type).toBe("linkage/config");
    // The record id is never a matching field.
    expect(
      thrown(() => parseLinkMapping({ id: "rec_id", extra: { rec: "rec_id" } })).errors[0].params.path,
    ).toBe("id");
  });
});
