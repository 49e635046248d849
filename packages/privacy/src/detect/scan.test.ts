import { describe, expect, it } from "vitest";
import { scanTable } from "./scan";
import { looksLikeAddress, looksLikeInstitution } from "./values";

// Issue #17, finding 6: a hospital's fax, address and comuna were flagged as a person's direct identifiers.

const HOSPITALS = [
  "LNG;LAT;NOMBRE;TELEFONO;FAX;WEB;DIRECTOR;DOM_NORMA;NORMA;COMUNA",
  "-58,50761514092000;-34,6253367952668;HOSPITAL GENERAL DE AGUDOS VELEZ SARSFIELD;4639-8700;4566-9590;WWW.HOSPITALVELEZ.ORG.AR;DR. RODOLFO BLANCAT;CALDERON DE LA BARCA, PEDRO 1550;Decreto 1234;COMUNA 10",
  "-58,36598508871900;-34,6283448581677;HOSPITAL GENERAL DE AGUDOS ARGERICH;4121-0700;4362-2621;WWW.ARGERICH.ORG.AR;DR. NESTOR HERNANDEZ;PI Y MARGALL 750;Decreto 2201;COMUNA 04",
  "-58,36012012714550;-34,6388917320834;HOSPITAL DE ODONTOLOGIA INFANTIL QUINQUELA MARTIN;4360-3900;4301-4870;WWW.QUINQUELA.ORG.AR;DRA. RENEE DI NALLO;DON PEDRO DE MENDOZA AV. 1795;Ley 153;COMUNA 04",
  "-58,41245633333333;-34,5963256565656;CENTRO DE SALUD Y ACCION COMUNITARIA 21;4862-1234;4862-5678;WWW.CESAC21.ORG.AR;DRA. ANA MARIA LOPEZ;CORRIENTES AV. 3100;Decreto 998;COMUNA 05",
  "-58,44556677889900;-34,6111222333444;ESCUELA NORMAL SUPERIOR 7;4981-1111;4981-2222;WWW.ENS7.EDU.AR;LIC. JORGE PAZ;RIVADAVIA AV. 4500;Resolución 77;COMUNA 06",
  "",
].join("\n");

/** The same column names, rows of people. */
const PEOPLE = [
  "LNG;LAT;NOMBRE;TELEFONO;FAX;DIRECTOR;DOM_NORMA;COMUNA;EDAD",
  "-58,50761514092000;-34,6253367952668;Ana María Pérez;4639-8700;4566-9590;Dr. Rodolfo Blancat;Calderón de la Barca 1550;COMUNA 10;34",
  "-58,36598508871900;-34,6283448581677;Luis Gómez Ruiz;4121-0700;4362-2621;Dr. Néstor Hernández;Pi y Margall 750;COMUNA 04;51",
  "-58,36012012714550;-34,6388917320834;Eva Duarte;4360-3900;4301-4870;Dra. Renée Di Nallo;Av. Pedro de Mendoza 1795;COMUNA 04;29",
  "-58,41245633333333;-34,5963256565656;Juan Carlos Paz;4862-1234;4862-5678;Dra. Ana López;Av. Corrientes 3100;COMUNA 05;62",
  "",
].join("\n");

const roles = (r: Awaited<ReturnType<typeof scanTable>>) =>
  Object.fromEntries(r.findings.map((f) => [f.column, f.role]));

describe("scanTable: rows of institutions", () => {
  it("reports an institution's fax, address and location as institutional, and says why", async () => {
    const r = await scanTable(HOSPITALS);
    const role = roles(r);
    expect(role.FAX).toBe("institutional");
    expect(role.DOM_NORMA).toBe("institutional");
    expect(role.LNG).toBe("institutional");
    expect(r.findings.find((f) => f.column === "FAX")?.downgradedFrom).toBe("direct");
    expect(r.findings.find((f) => f.column === "LAT")?.downgradedFrom).toBe("quasi");
    expect(r.institutions).toMatchObject({
      reason: "names",
      column: "NOMBRE",
      matched: 5,
      sampled: 5,
    });
    expect(r.institutions?.columns).toEqual(expect.arrayContaining(["FAX", "DOM_NORMA", "LNG", "LAT"]));
    // The director is a person: still a direct identifier.
    expect(role.DIRECTOR).toBe("direct");
    expect(r.personalColumns).toEqual(["DIRECTOR"]);
    // An administrative area and a normative reference are no address at all.
    expect(role.COMUNA).toBeUndefined();
    expect(role.NORMA).toBeUndefined();
  });
  it("flags the same column names when the rows are people", async () => {
    const r = await scanTable(PEOPLE);
    const role = roles(r);
    expect(r.institutions).toBeUndefined();
    expect(role.FAX).toBe("direct");
    expect(role.TELEFONO).toBe("direct");
    expect(role.DOM_NORMA).toBe("direct");
    expect(role.NOMBRE).toBe("direct");
    expect(role.LNG).toBe("quasi");
    expect(r.personalColumns).toEqual(
      expect.arrayContaining(["FAX", "TELEFONO", "DOM_NORMA", "NOMBRE", "LAT"]),
    );
    expect(role.COMUNA).toBeUndefined();
  });
  it("keeps people's contacts personal when a name column holds people, even beside an institution column", async () => {
    const csv = [
      "nombre;telefono;establecimiento",
      "Ana Pérez;+54 9 261 555-1234;Hospital Central",
      "Luis Gómez;+54 9 261 555-2234;Hospital Lagomaggiore",
      "Eva Ruiz;+54 9 261 555-3234;Escuela 1-234",
      "",
    ].join("\n");
    const r = await scanTable(csv);
    expect(r.institutions).toBeUndefined();
    expect(roles(r).telefono).toBe("direct");
  });
  it("keeps webmail addresses and a director's phone personal among institutions", async () => {
    const csv = [
      "nombre;email;telefono_director",
      "Escuela 12;ana.perez@gmail.com;+54 9 261 555-1234",
      "Escuela 13;luis.gomez@hotmail.com;+54 9 261 555-2234",
      "Escuela 14;eva@yahoo.com;+54 9 261 555-3234",
      "",
    ].join("\n");
    const r = await scanTable(csv);
    expect(roles(r)).toMatchObject({ email: "direct", telefono_director: "direct" });
  });
  it("institutions: a places file with no person at all (wifi sites) has institutional addresses", async () => {
    const csv = [
      "ID;DIRECCION;LAT;LNG",
      "1;Av. Rivadavia 4500;-34,6111222333444;-58,44556677889900",
      "2;Av. Corrientes 3100;-34,5963256565656;-58,41245633333333",
      "3;Calle Lavalle 1200;-34,6034567890123;-58,38612345678901",
      "",
    ].join("\n");
    const r = await scanTable(csv);
    expect(r.institutions).toMatchObject({ reason: "no-people" });
    expect(roles(r).DIRECCION).toBe("institutional");
    expect(r.personalColumns).toEqual([]);
  });
});

describe("value detectors: institutions, areas, norms", () => {
  it("tells institution names, administrative areas and normative references", () => {
    expect(looksLikeInstitution("HOSPITAL GENERAL DE AGUDOS D. VELEZ SARSFIELD")).toBe(true);
    expect(looksLikeInstitution("Centro de Salud N° 5")).toBe(true);
    expect(looksLikeInstitution("Ministerio de Salud")).toBe(true);
    expect(looksLikeInstitution("María de Sá")).toBe(false);
    expect(looksLikeAddress("COMUNA 10")).toBe(false);
    expect(looksLikeAddress("Decreto 1234")).toBe(false);
    expect(looksLikeAddress("Pi y Margall 750")).toBe(true);
  });
});
