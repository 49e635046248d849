import { describe, expect, it } from "vitest";
import { personalFields } from "./personal";

describe("personalFields", () => {
  it("names identifiers of any length, addresses and descriptions, not places", () => {
    const labels = [
      "nombre",
      "apellido",
      "dni",
      "telefono",
      "direccion",
      "descripcion",
      "barrio",
      "departamento",
    ];
    const sample = [
      [
        "Ana",
        "Ruiz",
        "30123456",
        "11-4000-1000",
        "Av. Corrientes 1000",
        "Vestía campera azul",
        "Palermo",
        "AMAZONAS",
      ],
      [
        "Luz",
        "Paz",
        "30123457",
        "11-4000-1001",
        "Av. Corrientes 1001",
        "Cicatriz en la mano",
        "Boedo",
        "CUSCO",
      ],
    ];
    expect(personalFields(labels, sample)).toEqual([
      "nombre",
      "apellido",
      "dni",
      "telefono",
      "direccion",
      "descripcion",
    ]);
  });

  it("classes a column of long free text as personal whatever its header", () => {
    const text = (i: number) =>
      `El día ${i} se presentó en la comisaría y relató que su vecino no volvió a casa`;
    const sample = Array.from({ length: 10 }, (_, i) => [text(i), "Centro"]);
    expect(personalFields(["relato_hechos_x", "zona"], sample)).toEqual(["relato_hechos_x"]);
    expect(personalFields(["campo", "zona"], sample)).toEqual(["campo"]);
  });

  it("works from the header alone (a schema was given, no sample)", () => {
    expect(personalFields(["Apellido y nombre", "Observaciones", "comuna"])).toEqual([
      "Apellido y nombre",
      "Observaciones",
    ]);
  });
});
