import { defineCatalogs } from "@ciudata/core";

/**
 * The privacy package's other words people read, in es, en and pt: the placeholders `redactText` writes,
 * the name of k-anonymity for a given k (`"2-anonimato"`, `"2-anonymity"`), the names of the scan's
 * categories (`category.<Category>`) and roles (`role.<Role>`), and why the scan took the rows for
 * institutions (`institutions`, with a `ScanReport.institutions`), for reports and the CLI.
 *
 * @example
 * ```ts
 * translator(privacyMessages, "en").t("kAnonymity", { k: 2 }); //=> "2-anonymity"
 * ```
 */
export const privacyMessages = defineCatalogs({
  es: {
    "redact.email": "[CORREO]",
    "redact.id": "[DOCUMENTO]",
    "redact.phone": "[TELÉFONO]",
    "redact.person-name": "[NOMBRE]",
    "redact.address": "[DIRECCIÓN]",
    kAnonymity: (p: { k: number }) => `${p.k}-anonimato`,
    "category.national-id": "documento de identidad",
    "category.tax-id": "identificación tributaria",
    "category.bank-account": "cuenta bancaria",
    "category.person-name": "nombre de persona",
    "category.email": "correo electrónico",
    "category.phone": "teléfono",
    "category.birth-date": "fecha de nacimiento",
    "category.address": "domicilio",
    "category.coordinates": "coordenadas",
    "category.age": "edad",
    "category.sex": "sexo",
    "category.nationality": "nacionalidad",
    "category.physical-description": "descripción física",
    "category.pseudonymous-id": "identificador seudónimo",
    "category.health": "salud",
    "category.ethnicity": "origen étnico",
    "category.religion": "religión",
    "category.politics": "opinión política",
    "category.union": "afiliación sindical",
    "category.sexual-life": "vida sexual",
    "category.gender-identity": "identidad de género",
    "category.biometric": "dato biométrico",
    "category.socioeconomic": "situación socioeconómica",
    "role.direct": "identificador directo",
    "role.quasi": "cuasi-identificador",
    "role.sensitive": "dato sensible",
    "role.institutional": "institucional (no personal, suposición)",
    institutions: (
      p: {
        reason: "names" | "no-people";
        column?: string;
        matched?: number;
        sampled?: number;
        columns: string[];
      },
      w,
    ) =>
      `Suposición: las filas parecen ${p.reason === "names" ? "instituciones" : "instituciones o lugares"}, no personas (${
        p.reason === "names"
          ? `en ${p.column ?? ""}, ${w.number(p.matched ?? 0)} de ${w.count(p.sampled ?? 0, { one: "valor parece", other: "valores parecen" })} nombres de instituciones: hospital, escuela, centro de salud, ministerio…`
          : "ninguna columna nombra ni describe a una persona: nombre, documento, edad, sexo…"
      }); por eso ${w.list(p.columns)} se ${p.columns.length === 1 ? "toma" : "toman"} como ${p.columns.length === 1 ? "dato" : "datos"} de la institución, no personales. Revíselo si las filas son personas.`,
  },
  en: {
    "redact.email": "[EMAIL]",
    "redact.id": "[ID]",
    "redact.phone": "[PHONE]",
    "redact.person-name": "[NAME]",
    "redact.address": "[ADDRESS]",
    kAnonymity: (p: { k: number }) => `${p.k}-anonymity`,
    "category.national-id": "national ID",
    "category.tax-id": "tax ID",
    "category.bank-account": "bank account",
    "category.person-name": "person's name",
    "category.email": "e-mail",
    "category.phone": "phone",
    "category.birth-date": "birth date",
    "category.address": "address",
    "category.coordinates": "coordinates",
    "category.age": "age",
    "category.sex": "sex",
    "category.nationality": "nationality",
    "category.physical-description": "physical description",
    "category.pseudonymous-id": "pseudonymous ID",
    "category.health": "health",
    "category.ethnicity": "ethnic origin",
    "category.religion": "religion",
    "category.politics": "political opinion",
    "category.union": "union membership",
    "category.sexual-life": "sex life",
    "category.gender-identity": "gender identity",
    "category.biometric": "biometric data",
    "category.socioeconomic": "socio-economic status",
    "role.direct": "direct identifier",
    "role.quasi": "quasi-identifier",
    "role.sensitive": "sensitive data",
    "role.institutional": "institutional (not personal, a guess)",
    institutions: (p, w) =>
      `A guess: the rows look like ${p.reason === "names" ? "institutions" : "institutions or places"}, not people (${
        p.reason === "names"
          ? `in ${p.column ?? ""}, ${w.number(p.matched ?? 0)} of ${w.count(p.sampled ?? 0, { one: "value looks", other: "values look" })} like names of institutions: hospital, school, health centre, ministry…`
          : "no column names or describes a person: name, ID, age, sex…"
      }); so ${w.list(p.columns)} ${p.columns.length === 1 ? "is" : "are"} taken as the institution's, not personal. Check it if the rows are people.`,
  },
  pt: {
    "redact.email": "[E-MAIL]",
    "redact.id": "[DOCUMENTO]",
    "redact.phone": "[TELEFONE]",
    "redact.person-name": "[NOME]",
    "redact.address": "[ENDEREÇO]",
    kAnonymity: (p: { k: number }) => `${p.k}-anonimato`,
    "category.national-id": "documento de identidade",
    "category.tax-id": "identificação fiscal",
    "category.bank-account": "conta bancária",
    "category.person-name": "nome de pessoa",
    "category.email": "e-mail",
    "category.phone": "telefone",
    "category.birth-date": "data de nascimento",
    "category.address": "endereço",
    "category.coordinates": "coordenadas",
    "category.age": "idade",
    "category.sex": "sexo",
    "category.nationality": "nacionalidade",
    "category.physical-description": "descrição física",
    "category.pseudonymous-id": "identificador pseudônimo",
    "category.health": "saúde",
    "category.ethnicity": "origem racial ou étnica",
    "category.religion": "religião",
    "category.politics": "opinião política",
    "category.union": "filiação sindical",
    "category.sexual-life": "vida sexual",
    "category.gender-identity": "identidade de gênero",
    "category.biometric": "dado biométrico",
    "category.socioeconomic": "situação socioeconômica",
    "role.direct": "identificador direto",
    "role.quasi": "quase-identificador",
    "role.sensitive": "dado sensível",
    "role.institutional": "institucional (não pessoal, suposição)",
    institutions: (p, w) =>
      `Suposição: as linhas parecem ${p.reason === "names" ? "instituições" : "instituições ou lugares"}, não pessoas (${
        p.reason === "names"
          ? `em ${p.column ?? ""}, ${w.number(p.matched ?? 0)} de ${w.count(p.sampled ?? 0, { one: "valor parece", other: "valores parecem" })} nomes de instituições: hospital, escola, centro de saúde, ministério…`
          : "nenhuma coluna nomeia ou descreve uma pessoa: nome, documento, idade, sexo…"
      }); por isso ${w.list(p.columns)} ${p.columns.length === 1 ? "é tomado" : "são tomados"} como ${p.columns.length === 1 ? "dado" : "dados"} da instituição, não pessoais. Revise se as linhas forem pessoas.`,
  },
});
