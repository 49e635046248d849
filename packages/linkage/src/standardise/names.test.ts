import { describe, expect, it } from "vitest";
import { givenWords, nameFields, orderVote, splitFullName, surnameGroups } from "./names";

describe("given names", () => {
  it("keeps compound given names, drops particles and expands abbreviations", () => {
    expect(givenWords("María José")).toEqual(["MARIA", "JOSE"]);
    expect(givenWords("Ma. de los Ángeles")).toEqual(["MARIA", "ANGELES"]);
    expect(givenWords("Mª del Carmen")).toEqual(["MARIA", "CARMEN"]);
    expect(givenWords("Gpe.")).toEqual(["GUADALUPE"]);
    expect(givenWords("J. Guadalupe")).toEqual(["J", "GUADALUPE"]);
    expect(givenWords("S/D")).toEqual([]);
    expect(givenWords("Juan E.")).toEqual(["JUAN", "E"]);
    expect(givenWords("Maria das Graças")).toEqual(["MARIA", "GRACAS"]);
  });

  it("takes the first given name that is not an initial as given1", () => {
    const f = nameFields({ given: givenWords("J. Guadalupe"), surname1: null, surname2: null });
    expect(f.given).toBe("J GUADALUPE");
    expect(f.given1).toBe("GUADALUPE");
    expect(nameFields({ given: givenWords("María Guadalupe"), surname1: null, surname2: null }).given1).toBe(
      "MARIA",
    );
  });
});

describe("surnames", () => {
  it("drops particles and keeps SAN/SANTA with the next word", () => {
    expect(surnameGroups("De la Cruz")).toEqual(["CRUZ"]);
    expect(surnameGroups("del Valle")).toEqual(["VALLE"]);
    expect(surnameGroups("Pérez de los Santos")).toEqual(["PEREZ", "SANTOS"]);
    expect(surnameGroups("Ortega y Gasset")).toEqual(["ORTEGA", "GASSET"]);
    expect(surnameGroups("García Vda. de López")).toEqual(["GARCIA", "LOPEZ"]);
    expect(surnameGroups("San Martín")).toEqual(["SAN MARTIN"]);
    expect(surnameGroups("da Silva dos Santos")).toEqual(["SILVA", "SANTOS"]);
    expect(surnameGroups("NÚÑEZ-LÓPEZ")).toEqual(["NUNEZ", "LOPEZ"]);
  });
});

describe("full names", () => {
  it("reads a comma as surnames first, whatever the declared order", () => {
    for (const order of ["given-first", "surnames-first"] as const)
      expect(splitFullName("Pérez García, María José", order)).toEqual({
        given: ["MARIA", "JOSE"],
        surname1: "PEREZ",
        surname2: "GARCIA",
      });
  });

  it("reads given names first", () => {
    expect(splitFullName("María José Pérez García", "given-first")).toEqual({
      given: ["MARIA", "JOSE"],
      surname1: "PEREZ",
      surname2: "GARCIA",
    });
    // One surname after a compound given name.
    expect(splitFullName("María José de la Cruz", "given-first")).toEqual({
      given: ["MARIA", "JOSE"],
      surname1: "CRUZ",
      surname2: null,
    });
    expect(splitFullName("Juan Pérez", "given-first")).toEqual({
      given: ["JUAN"],
      surname1: "PEREZ",
      surname2: null,
    });
    // SANTIAGO and DE LA ROSA are surnames here.
    expect(splitFullName("Esperanza Santiago Maldonado", "given-first")).toEqual({
      given: ["ESPERANZA"],
      surname1: "SANTIAGO",
      surname2: "MALDONADO",
    });
    expect(splitFullName("María José de la Rosa García", "given-first")).toEqual({
      given: ["MARIA", "JOSE"],
      surname1: "ROSA",
      surname2: "GARCIA",
    });
    // Compound given names with a particle, and one surname after them.
    expect(splitFullName("José de Jesús Reyes", "given-first")).toEqual({
      given: ["JOSE", "JESUS"],
      surname1: "REYES",
      surname2: null,
    });
    expect(splitFullName("María de los Ángeles Cruz", "given-first")).toEqual({
      given: ["MARIA", "ANGELES"],
      surname1: "CRUZ",
      surname2: null,
    });
    expect(splitFullName("Miguel Ángel Pereda", "given-first")).toEqual({
      given: ["MIGUEL", "ANGEL"],
      surname1: "PEREDA",
      surname2: null,
    });
    // Brazil: particles between the surnames.
    expect(splitFullName("João da Silva Santos", "given-first")).toEqual({
      given: ["JOAO"],
      surname1: "SILVA",
      surname2: "SANTOS",
    });
  });

  it("reads surnames first", () => {
    expect(splitFullName("PEREZ GARCIA MARIA JOSE", "surnames-first")).toEqual({
      given: ["MARIA", "JOSE"],
      surname1: "PEREZ",
      surname2: "GARCIA",
    });
    expect(splitFullName("HERNANDEZ MARIA GUADALUPE", "surnames-first")).toEqual({
      given: ["MARIA", "GUADALUPE"],
      surname1: "HERNANDEZ",
      surname2: null,
    });
  });

  it("tells the order from common given names", () => {
    expect(orderVote("María José Pérez García")).toBe(1);
    expect(orderVote("PEREZ GARCIA MARIA JOSE")).toBe(-1);
    expect(orderVote("Pérez García, María José")).toBe(0);
  });

  it("writes the standard name fields with phonetic keys", () => {
    const f = nameFields(splitFullName("Villalobos Hernández, Ma. Guadalupe", "given-first"));
    expect(f).toEqual({
      given: "MARIA GUADALUPE",
      given1: "MARIA",
      surname1: "VILLALOBOS",
      surname2: "HERNANDEZ",
      surnames: "VILLALOBOS HERNANDEZ",
      fullName: "MARIA GUADALUPE VILLALOBOS HERNANDEZ",
      given1Phon: "MARIA",
      surname1Phon: "BIYALOBOS",
      surname2Phon: "ERNANDES",
    });
  });
});
