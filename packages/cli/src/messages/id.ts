import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/id`, in es, en and pt. */
export const idMessages = defineCatalogs({
  es: {
    summary: "Valida un documento (DNI, CUIT, RUT, CURP, CPF…) y muestra qué contiene",
    usage:
      "ciudata id <tipo> <valor> [--format text|json|md|html] [--out archivo]\nTipos: ar.dni, ar.cuit, ar.cbu, cl.rut, mx.curp, mx.rfc, br.cpf, br.cnpj, co.nit, co.cedula, uy.ci, uy.rut, pe.cui, pe.ruc, ec.ci, ec.ruc (y alias: cuil, rut, curp, cpf…). Sale con 1 si no es válido.",
    title: "Documento",
    ok: "válido",
    bad: "no válido",
    kind: "titular",
    emb: "contiene",
    warn: "aviso: el dígito verificador no coincide (pasa en ~1,5% de los RFC reales)",
  },
  en: {
    summary: "Validate an ID (DNI, CUIT, RUT, CURP, CPF…) and show what it embeds",
    usage:
      "ciudata id <type> <value> [--format text|json|md|html] [--out file]\nTypes: ar.dni, ar.cuit, ar.cbu, cl.rut, mx.curp, mx.rfc, br.cpf, br.cnpj, co.nit, co.cedula, uy.ci, uy.rut, pe.cui, pe.ruc, ec.ci, ec.ruc (and aliases: cuil, rut, curp, cpf…). Exits 1 when invalid.",
    title: "ID document",
    ok: "valid",
    bad: "invalid",
    kind: "holder",
    emb: "embeds",
    warn: "warning: the check digit does not match (true of ~1.5% of real RFCs)",
  },
  pt: {
    summary: "Valida um documento (DNI, CUIT, RUT, CURP, CPF…) e mostra o que contém",
    usage:
      "ciudata id <tipo> <valor> [--format text|json|md|html] [--out arquivo]\nTipos: ar.dni, ar.cuit, ar.cbu, cl.rut, mx.curp, mx.rfc, br.cpf, br.cnpj, co.nit, co.cedula, uy.ci, uy.rut, pe.cui, pe.ruc, ec.ci, ec.ruc (e apelidos: cuil, rut, curp, cpf…). Sai com 1 se não for válido.",
    title: "Documento",
    ok: "válido",
    bad: "inválido",
    kind: "titular",
    emb: "contém",
    warn: "aviso: o dígito verificador não confere (~1,5% dos RFC reais)",
  },
});
