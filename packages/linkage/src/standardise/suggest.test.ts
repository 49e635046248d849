import { describe, expect, it } from "vitest";
import { LinkMappingSchema } from "./mapping";
import { standardise } from "./standardise";
import { suggestMapping } from "./suggest";

describe("suggestMapping", () => {
  it("maps a Mexican registry by its Spanish headers, the date format and the ID type from the values", () => {
    const header = [
      "Folio",
      "Nombre(s)",
      "Apellido Paterno",
      "Apellido Materno",
      "Fecha de Nacimiento",
      "Sexo",
      "CURP",
      "Teléfono",
      "Domicilio",
      "C.P.",
      "Municipio",
      "Colonia",
    ];
    const rows = [
      [
        "1",
        "Ma. Guadalupe",
        "Hernández",
        "López",
        "07/03/1990",
        "M",
        "BAAD890419HMNRRV07",
        "55 1234 5678",
        "Calz. de Tlalpan 100",
        "04000",
        "Coyoacán",
        "Centro",
      ],
      ["2", "José", "Pérez", "", "25/12/1985", "H", "", "", "", "", "", ""],
    ];
    const m = suggestMapping(header, rows);
    expect({ ...m, reasons: undefined }).toEqual({
      id: "Folio",
      givenNames: "Nombre(s)",
      surname1: "Apellido Paterno",
      surname2: "Apellido Materno",
      birthDate: "Fecha de Nacimiento",
      dateFormat: "dd/MM/yyyy",
      sex: "Sexo",
      nationalId: "CURP",
      idType: "CURP",
      phone: "Teléfono",
      phoneCountry: "MX",
      address: "Domicilio",
      postcode: "C.P.",
      locality: "Municipio",
      extra: { colonia: "Colonia" },
      reasons: undefined,
    });
    expect(m.reasons?.find((r) => r.role === "nationalId")).toEqual({
      role: "nationalId",
      column: "CURP",
      by: "header",
      detail: "curp",
    });
    expect(m.reasons?.find((r) => r.role === "idType")).toMatchObject({
      by: "values",
      detail: "CURP",
      share: 1,
    });
    // The suggestion is a valid mapping that standardises the file.
    expect(LinkMappingSchema.safeParse(m).success).toBe(true);
    expect(standardise(header, rows, m, { source: "a" }).fields.given?.[0]).toBe("MARIA GUADALUPE");
  });

  it("maps an Argentine registry with one full-name column, and finds CURP-shaped values without a header", () => {
    const m = suggestMapping(
      ["apellido y nombre", "DNI", "fnac", "genero", "celular", "direccion", "localidad", "barrio"],
      [
        [
          "PEREZ GARCIA MARIA JOSE",
          "12.345.678",
          "1990-03-07",
          "F",
          "11 2345-6789",
          "Av. Corrientes 1234",
          "CABA",
          "Almagro",
        ],
        ["GOMEZ JUAN", "20.345.678", "1985-12-25", "M", "", "", "", ""],
      ],
    );
    expect(m).toMatchObject({
      fullName: "apellido y nombre",
      nameOrder: "surnames-first",
      nationalId: "DNI",
      idType: "AR_DNI",
      birthDate: "fnac",
      dateFormat: "yyyy-MM-dd",
      sex: "genero",
      phone: "celular",
      phoneCountry: "AR",
      address: "direccion",
      locality: "localidad",
      extra: { barrio: "barrio" },
    });
    const byValues = suggestMapping(
      ["nombre", "clave", "nacio"],
      [["Ana Ruiz", "BAAD890419HMNRRV07", "07/03/1990"]],
    );
    expect(byValues).toMatchObject({
      fullName: "nombre",
      nationalId: "clave",
      idType: "CURP",
      birthDate: "nacio",
    });
    expect(byValues.reasons?.find((r) => r.role === "nationalId")).toMatchObject({
      by: "values",
      detail: "CURP",
    });
  });

  it("maps FEBRL's English headers (with their leading spaces) and a Brazilian file", () => {
    const febrl = suggestMapping(
      [
        "rec_id",
        " given_name",
        " surname",
        " street_number",
        " address_1",
        " address_2",
        " suburb",
        " postcode",
        " state",
        " date_of_birth",
        " soc_sec_id",
      ],
      [
        [
          "rec-1070-org",
          " michaela",
          " neumann",
          " 8",
          " stanley street",
          " miami",
          " winston hills",
          " 4223",
          " nsw",
          " 19151111",
          " 5304218",
        ],
      ],
    );
    expect({ ...febrl, reasons: undefined }).toEqual({
      id: "rec_id",
      givenNames: "given_name",
      surname1: "surname",
      birthDate: "date_of_birth",
      dateFormat: "yyyyMMdd",
      nationalId: "soc_sec_id",
      address: "address_1",
      postcode: "postcode",
      locality: "suburb",
      extra: { street_number: "street_number", address_2: "address_2", state: "state" },
      reasons: undefined,
    });
    const br = suggestMapping(
      ["nome", "data_nascimento", "cpf", "telefone", "endereco", "cep", "cidade", "uf"],
      [
        [
          "Maria da Silva Santos",
          "07/03/1990",
          "390.533.447-05",
          "(11) 98765-4321",
          "R. Augusta 10",
          "01305-000",
          "São Paulo",
          "SP",
        ],
      ],
    );
    expect(br).toMatchObject({
      fullName: "nome",
      birthDate: "data_nascimento",
      nationalId: "cpf",
      idType: "BR_CPF",
      phone: "telefone",
      phoneCountry: "BR",
      address: "endereco",
      postcode: "cep",
      locality: "cidade",
      extra: { uf: "uf" },
    });
  });
});

describe("suggestMapping on the generator's layout B", () => {
  it("reads one `apellidos_nombres` column as the full name", () => {
    const m = suggestMapping(
      ["id", "apellidos_nombres", "fecha_nac"],
      [["B1", "PÉREZ GARCÍA, MARÍA JOSÉ", "1990-03-07"]],
    );
    expect(m.fullName).toBe("apellidos_nombres");
    expect(m.givenNames).toBeUndefined();
  });
});
