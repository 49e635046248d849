import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/id.ts`, in es, en and pt. */
export const idMessages = defineCatalogs({
  es: {
    summary: "Valida un documento (DNI, CUIT, RUT, CURP, CPF…) y muestra qué contiene",
    usage: (p: { TYPES: string }) =>
      `ciudata id <tipo> <valor> [--json]\nTipos: ${p.TYPES} (y alias: cuil, rut, curp, cpf…). Sale con 1 si no es válido.`,
    "flag.json": "Salida en JSON",
    ok: "válido",
    bad: "no válido",
    kind: "titular",
    emb: "contiene",
    warn: "aviso: el dígito verificador no coincide (pasa en ~1,5% de los RFC reales)",
  },
  en: {
    summary: "Validate an ID (DNI, CUIT, RUT, CURP, CPF…) and show what it embeds",
    usage: (p) =>
      `ciudata id <type> <value> [--json]\nTypes: ${p.TYPES} (and aliases: cuil, rut, curp, cpf…). Exits 1 when invalid.`,
    "flag.json": "Output JSON",
    ok: "valid",
    bad: "invalid",
    kind: "holder",
    emb: "embeds",
    warn: "warning: the check digit does not match (true of ~1.5% of real RFCs)",
  },
  pt: {
    summary: "Valida um documento (DNI, CUIT, RUT, CURP, CPF…) e mostra o que contém",
    usage: (p) =>
      `ciudata id <tipo> <valor> [--json]\nTipos: ${p.TYPES} (e apelidos: cuil, rut, curp, cpf…). Sai com 1 se não for válido.`,
    "flag.json": "Saída em JSON",
    ok: "válido",
    bad: "inválido",
    kind: "titular",
    emb: "contém",
    warn: "aviso: o dígito verificador não confere (~1,5% dos RFC reais)",
  },
});
