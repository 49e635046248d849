import type { Code, CodeList, CodeRole, LocalizedLabel } from "./types";

const code = (
  id: string,
  label: LocalizedLabel,
  extra: { role?: CodeRole; sdmx?: string; synonyms?: readonly string[] } = {},
): Code => ({ id, label, ...extra });
const l = (es: string, en: string, pt: string): LocalizedLabel => ({ es, en, pt });

/** ISO/IEC 5218 (sex only, no code for X or non-binary) [recall]: 0 not known, 1 male, 2 female, 9 not applicable. */
export const ISO_5218: CodeList = {
  id: "iso-5218",
  dimension: "sex",
  name: l("Sexo (ISO/IEC 5218)", "Sex (ISO/IEC 5218)", "Sexo (ISO/IEC 5218)"),
  agency: "ISO/IEC",
  source: "ISO/IEC 5218 Codes for the representation of human sexes (recall: verify before relying on it)",
  confidence: "recall",
  codes: [
    code("0", l("Desconocido", "Not known", "Desconhecido"), { role: "unknown", sdmx: "_U" }),
    code("1", l("Varón", "Male", "Homem"), { sdmx: "M" }),
    code("2", l("Mujer", "Female", "Mulher"), { sdmx: "F" }),
    code("9", l("No aplica", "Not applicable", "Não se aplica"), { role: "not-available", sdmx: "_X" }),
  ],
  note: "Sex only; has no code for X or non-binary. 9 (not applicable) has no SDMX CL_SEX code: mapped to _X.",
};

/** HL7 FHIR AdministrativeGender [recall]: male, female, other, unknown. */
export const HL7_ADMINISTRATIVE_GENDER: CodeList = {
  id: "hl7-administrative-gender",
  dimension: "sex",
  name: l(
    "Sexo administrativo (HL7 FHIR)",
    "Administrative gender (HL7 FHIR)",
    "Sexo administrativo (HL7 FHIR)",
  ),
  agency: "HL7",
  source: "HL7 FHIR AdministrativeGender value set (recall)",
  confidence: "recall",
  codes: [
    code("male", l("Varón", "Male", "Homem"), { sdmx: "M" }),
    code("female", l("Mujer", "Female", "Mulher"), { sdmx: "F" }),
    code("other", l("Otro", "Other", "Outro"), { role: "other", sdmx: "_O" }),
    code("unknown", l("Desconocido", "Unknown", "Desconhecido"), { role: "unknown", sdmx: "_U" }),
  ],
};

/** The Argentine DNI sex marker (Decreto 476/2021): F, M and X (no binaria, indeterminada, no especificada, otra). */
export const AR_DNI_SEX: CodeList = {
  id: "ar-dni-sexo",
  dimension: "sex",
  name: l("Sexo en el DNI (Argentina)", "DNI sex marker (Argentina)", "Sexo no DNI (Argentina)"),
  agency: "RENAPER",
  source:
    "Decreto 476/2021 art. 4 (reported in https://www.clarin.com/sociedad/censo-2022-error-preguntas-indec-informo-mal-dato-clave_0_pHrAnfPau5.html)",
  confidence: "doc",
  codes: [
    code("F", l("Femenino", "Female", "Feminino"), { sdmx: "F" }),
    code("M", l("Masculino", "Male", "Masculino"), { sdmx: "M" }),
    code(
      "X",
      l(
        "X (no binaria, indeterminada, no especificada u otra)",
        "X (non-binary, indeterminate, unspecified or other)",
        "X (não binária, indeterminada, não especificada ou outra)",
      ),
      { role: "other", sdmx: "_O" },
    ),
  ],
};

/** The Mexican CURP sex letter: H (hombre), M (MUJER, not male), X (non-binary, issued since 2023 in some states). */
export const MX_CURP_SEX: CodeList = {
  id: "mx-curp-sexo",
  dimension: "sex",
  name: l("Sexo en la CURP (México)", "CURP sex letter (Mexico)", "Sexo na CURP (México)"),
  agency: "RENAPO",
  source:
    "https://www.proceso.com.mx/nacional/2023/2/23/emiten-primera-curp-de-identidad-no-binaria-en-jalisco-302586.html",
  confidence: "doc",
  codes: [
    code("H", l("Hombre", "Male", "Homem"), { sdmx: "M" }),
    code("M", l("Mujer", "Female", "Mulher"), { sdmx: "F" }),
    code("X", l("No binario", "Non-binary", "Não binário"), { role: "other", sdmx: "_O" }),
  ],
  note: "M means MUJER here but MASCULINO in an Argentine DNI: tell the normaliser which scheme a column uses.",
};

/** INDEC Censo 2022, *sexo registrado al nacer*: mujer/femenino, varón/masculino, X/ninguna de las anteriores. */
export const INDEC_2022_SEX_AT_BIRTH: CodeList = {
  id: "indec-2022-sexo-al-nacer",
  dimension: "sex",
  name: l(
    "Sexo registrado al nacer (INDEC Censo 2022)",
    "Sex registered at birth (INDEC Census 2022)",
    "Sexo registrado ao nascer (INDEC Censo 2022)",
  ),
  agency: "INDEC",
  source:
    "Censo 2022 questionnaire (https://www.lagaceta.com.ar/nota/943483/ ; https://www.rosarioplus.com/)",
  confidence: "doc",
  codes: [
    code("F", l("Mujer / Femenino", "Female", "Mulher / Feminino"), { sdmx: "F" }),
    code("M", l("Varón / Masculino", "Male", "Homem / Masculino"), { sdmx: "M" }),
    code("X", l("X / Ninguna de las anteriores", "X / None of the above", "X / Nenhuma das anteriores"), {
      role: "other",
      sdmx: "_O",
    }),
  ],
  note: "A separate question from gender identity: keep them as two dimensions, never merged.",
};

/** INDEC Censo 2022, *identidad de género* (a dimension of its own, never merged with sex). */
export const INDEC_2022_GENDER_IDENTITY: CodeList = {
  id: "indec-2022-identidad-genero",
  dimension: "gender_identity",
  name: l(
    "Identidad de género (INDEC Censo 2022)",
    "Gender identity (INDEC Census 2022)",
    "Identidade de gênero (INDEC Censo 2022)",
  ),
  agency: "INDEC",
  source:
    "Censo 2022 questionnaire (https://www.sanjuan8.com/ ; https://www.lanacion.com.ar/opinion/genero-o-comida-nid19052022/)",
  confidence: "doc",
  codes: [
    code("_T", l("Total", "Total", "Total"), { role: "total" }),
    code("MUJER", l("Mujer", "Woman", "Mulher")),
    code("MUJER_TRANS", l("Mujer trans / travesti", "Trans woman / travesti", "Mulher trans / travesti")),
    code("VARON", l("Varón", "Man", "Homem")),
    code(
      "VARON_TRANS",
      l(
        "Varón trans / masculinidad trans",
        "Trans man / trans masculinity",
        "Homem trans / masculinidade trans",
      ),
    ),
    code("NO_BINARIO", l("No binario", "Non-binary", "Não binário")),
    code(
      "OTRA",
      l(
        "Otra identidad / ninguna de las anteriores",
        "Other identity / none of the above",
        "Outra identidade / nenhuma das anteriores",
      ),
      { role: "other" },
    ),
    code("_N", l("Prefiero no contestar", "Prefer not to answer", "Prefiro não responder"), {
      role: "non-response",
    }),
    code("_U", l("Ignorado", "Unknown", "Ignorado"), { role: "unknown" }),
  ],
  note: "Published 2022 counts: 72,510 varones trans, 60,679 mujeres trans/travestis, 37,330 no binarias, 26,437 otra/ninguna.",
};

const yesNo = (id: string, dimension: string, name: LocalizedLabel, question: string): CodeList => ({
  id,
  dimension,
  name,
  agency: "INDEC",
  source: `Censo 2022 questionnaire: ${question}`,
  confidence: "doc",
  codes: [
    code("_T", l("Total", "Total", "Total"), { role: "total" }),
    code("SI", l("Sí", "Yes", "Sim")),
    code("NO", l("No", "No", "Não")),
    code("_U", l("Ignorado", "Unknown", "Ignorado"), { role: "unknown" }),
  ],
});

/** INDEC Censo 2022: self-identification as indigenous or descendant of indigenous peoples (yes/no). */
export const INDEC_2022_INDIGENOUS = yesNo(
  "indec-2022-indigena",
  "ethnicity",
  l(
    "Se reconoce indígena (INDEC Censo 2022)",
    "Self-identifies as indigenous (INDEC Census 2022)",
    "Reconhece-se indígena (INDEC Censo 2022)",
  ),
  "¿Se reconoce indígena o descendiente de pueblos indígenas u originarios?",
);

/** INDEC Censo 2022: self-identification as afrodescendant (yes/no), a question apart from the indigenous one. */
export const INDEC_2022_AFRODESCENDANT = yesNo(
  "indec-2022-afrodescendiente",
  "afrodescendant",
  l(
    "Se reconoce afrodescendiente (INDEC Censo 2022)",
    "Self-identifies as afrodescendant (INDEC Census 2022)",
    "Reconhece-se afrodescendente (INDEC Censo 2022)",
  ),
  "¿Se reconoce afrodescendiente o tiene antepasados negros o africanos?",
);

/** Migration status by country of birth (ciudata's own list; INDEC asks the country of birth). */
export const MIGRATION_STATUS: CodeList = {
  id: "ciudata-migracion",
  dimension: "migration",
  name: l(
    "Condición migratoria (país de nacimiento)",
    "Migration status (country of birth)",
    "Condição migratória (país de nascimento)",
  ),
  agency: "ciudata",
  source: "ciudata: born in the country vs born abroad, as the census question on country of birth",
  confidence: "ciudata",
  codes: [
    code("_T", l("Total", "Total", "Total"), { role: "total" }),
    code("NATIVO", l("Nacido/a en el país", "Born in the country", "Nascido/a no país")),
    code("MIGRANTE", l("Nacido/a en otro país", "Born abroad", "Nascido/a em outro país")),
    code("_U", l("Desconocido", "Unknown", "Desconhecido"), { role: "unknown" }),
  ],
};
