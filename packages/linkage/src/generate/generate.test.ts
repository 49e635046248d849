import { foldAccents } from "@ciudata/core";
import { MX_CURP } from "@ciudata/privacy/ids";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ERROR_RATES, generateRegistries, generateRegistry } from "./index";
import { personOf } from "./person";

const personIn = (cluster: string) => Number(cluster.slice(1));

describe("generateRegistries", () => {
  it("is deterministic per seed", () => {
    const one = generateRegistries({ people: 300, seed: 5 });
    expect(generateRegistries({ people: 300, seed: 5 })).toEqual(one);
    const other = generateRegistries({ people: 300, seed: 6 });
    expect(other.a.rows).not.toEqual(one.a.rows);
  });

  it("writes the two layouts", () => {
    const { a, b } = generateRegistries({ people: 50, seed: 2 });
    expect(a.header).toEqual([
      "FOLIO",
      "CURP",
      "NOMBRE(S)",
      "PRIMER APELLIDO",
      "SEGUNDO APELLIDO",
      "FECHA DE NACIMIENTO",
      "SEXO",
      "TELEFONO",
      "DOMICILIO",
      "ALCALDIA",
    ]);
    expect(b.header).toEqual([
      "id",
      "apellidos_nombres",
      "fecha_nac",
      "sexo",
      "documento",
      "celular",
      "direccion",
      "municipio",
    ]);
    for (const row of a.rows) {
      expect(row).toHaveLength(a.header.length);
      expect(row[5]).toMatch(/^(\d\d\/\d\d\/\d{4})?$/);
      expect(row[6]).toMatch(/^[HM]?$/);
    }
    for (const row of b.rows) {
      expect(row[1]).toMatch(/^[^,]+, [^,]+$/);
      expect(row[2]).toMatch(/^(\d{4}-\d\d-\d\d)?$/);
      expect(["", "F", "M", "Femenino", "Masculino", "Mujer", "Hombre"]).toContain(row[3]);
    }
    const given = generateRegistries({ people: 50, seed: 2, names: "given-first" }).b;
    expect(given.header[1]).toBe("nombre_completo");
    expect(given.rows.every((r) => !r[1]?.includes(","))).toBe(true);
  });

  it("keeps a truth that matches the clusters", () => {
    const { a, b, truth } = generateRegistries({ people: 400, seed: 3, overlap: 0.3, duplicatesWithin: 0.1 });
    const cluster = new Map(truth.clusters);
    const idsA = a.rows.map((r) => r[0] as string);
    const idsB = b.rows.map((r) => r[0] as string);
    expect(new Set([...idsA, ...idsB]).size).toBe(idsA.length + idsB.length);
    expect([...cluster.keys()].sort()).toEqual([...idsA, ...idsB].sort());
    // The pairs are exactly the A × B pairs of ids in the same cluster.
    const expected = idsA.flatMap((x) =>
      idsB.filter((y) => cluster.get(x) === cluster.get(y)).map((y) => `${x}|${y}`),
    );
    expect(truth.pairs.map(([x, y]) => `${x}|${y}`).sort()).toEqual(expected.sort());
    // 30% of A's 400 people are in B; each shared person gives at least one pair.
    const shared = new Set(truth.pairs.map(([x]) => cluster.get(x)));
    expect(shared.size).toBe(120);
  });

  it("puts a person in the same cluster wherever they appear, without duplicates unless asked", () => {
    const { a, truth } = generateRegistries({ people: 200, seed: 4 });
    const clusters = truth.clusters.filter(([id]) => id.startsWith("BS-")).map(([, c]) => c);
    expect(new Set(clusters).size).toBe(a.rows.length);
    expect(truth.pairs).toHaveLength(100);
  });
});

describe("generateRegistry (one registry, for deduplication)", () => {
  it("duplicates about duplicatesWithin of the people and lists every pair within", () => {
    const { registry, truth } = generateRegistry({
      people: 2000,
      seed: 8,
      duplicatesWithin: 0.1,
      layout: "b",
    });
    const extra = registry.rows.length - 2000;
    // 10% of people twice, a tenth of those three times: about 220 extra rows.
    expect(extra).toBeGreaterThan(170);
    expect(extra).toBeLessThan(270);
    const byCluster = new Map<string, string[]>();
    for (const [id, c] of truth.clusters) byCluster.set(c, [...(byCluster.get(c) ?? []), id]);
    const within = [...byCluster.values()].reduce((s, ids) => s + (ids.length * (ids.length - 1)) / 2, 0);
    expect(truth.pairs).toHaveLength(within);
    for (const [x, y] of truth.pairs) expect(x < y).toBe(true);
  });
});

describe("CURPs", () => {
  it("have RENAPO's structure, embed the person's birth date and sex, and a right check digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 0, max: 1e6 }), (seed, i) => {
        const p = personOf(seed, i);
        const check = MX_CURP.validate(p.curp);
        expect(check.valid).toBe(true);
        expect(MX_CURP.embeds(p.curp)).toMatchObject({
          birthDate: p.birthDate,
          sex: p.sex === "F" ? "M" : "H",
        });
        expect(p.curp[0]).toBe(
          foldAccents(p.surname1.replace(/^(DE LA |DE LOS |DEL |DE )/, "")).replace("Ñ", "X")[0],
        );
      }),
      { numRuns: 100 },
    );
  });

  it("are valid in the rows unless deliberately mistyped", () => {
    const { a, b, truth } = generateRegistries({ people: 2000, seed: 11 });
    const cluster = new Map(truth.clusters);
    let typed = 0;
    let caught = 0;
    for (const [id, curp] of [
      ...a.rows.map((r) => [r[0], r[1]]),
      ...b.rows.map((r) => [r[0], r[4]?.toUpperCase()]),
    ]) {
      if (curp === "" || curp === undefined) continue;
      const truthCurp = personOf(11, personIn(cluster.get(id as string) as string)).curp;
      if (curp === truthCurp) expect(MX_CURP.validate(curp).valid).toBe(true);
      else {
        typed++;
        if (!MX_CURP.validate(curp).valid) caught++;
      }
    }
    // Most one-character typos break the check digit (a few positions cannot be caught).
    expect(typed).toBeGreaterThan(50);
    expect(caught / typed).toBeGreaterThan(0.7);
  });
});

describe("error rates", () => {
  // 3,000 people per side: each measured rate within 4 binomial standard deviations of the stated one.
  const seed = 21;
  const { a, b, truth, rates, errors } = generateRegistries({ people: 3000, seed });
  const cluster = new Map(truth.clusters);
  const near = (got: number, n: number, p: number) => {
    const tolerance = 4 * Math.sqrt((p * (1 - p)) / n) + 0.002;
    expect(Math.abs(got / n - p)).toBeLessThan(tolerance);
  };
  const rowsWithPeople = [
    ...a.rows.map((r) => ({
      r,
      p: personOf(seed, personIn(cluster.get(r[0] as string) as string)),
      side: "a",
    })),
    ...b.rows.map((r) => ({
      r,
      p: personOf(seed, personIn(cluster.get(r[0] as string) as string)),
      side: "b",
    })),
  ];
  const n = rowsWithPeople.length;

  it("uses the documented defaults", () => {
    expect(rates).toEqual(DEFAULT_ERROR_RATES);
  });

  it("leaves IDs blank and mistypes them at the stated rates", () => {
    const curps = rowsWithPeople.map(({ r, side, p }) => ({
      got: (side === "a" ? r[1] : r[4]?.toUpperCase()) ?? "",
      want: p.curp,
    }));
    near(curps.filter((c) => c.got === "").length, n, rates.idMissing);
    const present = curps.filter((c) => c.got !== "");
    near(present.filter((c) => c.got !== c.want).length, present.length, rates.idTypo);
  });

  it("swaps day and month at the stated rate where it can", () => {
    const iso = ({ r, side }: (typeof rowsWithPeople)[number]) => {
      const v = (side === "a" ? r[5] : r[2]) ?? "";
      return side === "a" && v !== "" ? `${v.slice(6)}-${v.slice(3, 5)}-${v.slice(0, 2)}` : v;
    };
    const eligible = rowsWithPeople.filter(({ p }) => {
      const [, m, d] = p.birthDate.split("-").map(Number);
      return (d as number) <= 12 && d !== m;
    });
    const swapped = eligible.filter((x) => {
      const want = x.p.birthDate;
      return iso(x) === `${want.slice(0, 4)}-${want.slice(8)}-${want.slice(5, 7)}`;
    });
    // Eligible rows whose date was not left blank first.
    near(swapped.length, Math.round(eligible.length * (1 - rates.dateMissing)), rates.dayMonthSwap);
    near(rowsWithPeople.filter((x) => iso(x) === "").length, n, rates.dateMissing);
  });

  it("drops second surnames and accents at the stated rates", () => {
    const withTwo = rowsWithPeople.filter(({ p, side }) => side === "a" && p.surname2 !== null);
    near(withTwo.filter(({ r }) => r[4] === "").length, withTwo.length, rates.surname2Missing);
    const accented = rowsWithPeople.filter(({ p, side }) => side === "a" && /[ÁÉÍÓÚÑ]/.test(p.surname1));
    const plain = accented.filter(
      ({ r, p }) => !/[ÁÉÍÓÚÑ]/.test((r[3] ?? "") + (r[4] ?? "")) && foldAccents(p.surname1) === r[3],
    );
    near(plain.length, accented.length, rates.accentsDropped * (1 - rates.surnamesSwapped));
  });

  it("counts what it injected", () => {
    for (const [kind, { injected, eligible }] of Object.entries(errors)) {
      expect(eligible, kind).toBeGreaterThan(0);
      near(injected, eligible, rates[kind as keyof typeof rates]);
    }
  });
});
