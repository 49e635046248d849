import { describeAgeCode } from "./age";
import type { Code, CodeList, CodeRole, LocalizedLabel } from "./types";

const SDG_SOURCE =
  "SDG global DSD (IAEG-SDGs:SDG v1.4), SDMX-ML prepared 2021-06-24, as published by UNSD (copy in github.com/Tajstat/sdg-data-tajikistan2 @ ee8b885f)";

const code = (id: string, es: string, en: string, pt: string, role?: CodeRole): Code =>
  role ? { id, label: { es, en, pt }, role } : { id, label: { es, en, pt } };

const name = (es: string, en: string, pt: string): LocalizedLabel => ({ es, en, pt });

/** SDMX SDG CL_SEX (v1.1): `_T`, `F`, `M`, `_N`, `_O`, `_U`, `_X`. */
export const SDMX_SEX: CodeList = {
  id: "sdmx-sex",
  dimension: "sex",
  name: name("Sexo (SDMX ODS)", "Sex (SDMX SDG)", "Sexo (SDMX ODS)"),
  agency: "IAEG-SDGs",
  version: "1.1",
  source: SDG_SOURCE,
  confidence: "source-file",
  codes: [
    code(
      "_T",
      "Ambos sexos o sin desagregar",
      "Both sexes or no breakdown by sex",
      "Ambos os sexos",
      "total",
    ),
    code("F", "Mujer", "Female", "Mulher"),
    code("M", "Varón", "Male", "Homem"),
    code("_N", "Sin respuesta", "Non response", "Sem resposta", "non-response"),
    code("_O", "Otro (X, no binario)", "Other", "Outro", "other"),
    code("_U", "Desconocido", "Unknown", "Desconhecido", "unknown"),
    code("_X", "No disponible", "Not available", "Não disponível", "not-available"),
  ],
  note: "Map X and non-binary to _O; never merge unknown (_U) with other (_O).",
};

/** The 134 codes of SDMX SDG CL_AGE v1.1, in the order of the DSD. The list is closed, not generative. */
const CL_AGE_IDS =
  "_T M0 M36T59 Y0 Y0T4 Y0T14 Y0T17 Y1T14 Y1T17 Y5T14 Y5T17 Y_GE5 Y6T14 Y6T17 Y_GE6 Y7T14 Y7T17 Y_GE7 Y10T14 Y10T17 Y10T24 Y10T74 Y_GE10 Y12T14 Y12T17 Y12T30 Y_GE12 Y14T24 Y14T28 Y14T29 Y_GE14 Y15T17 Y15T19 Y15T24 Y15T29 Y15T44 Y15T49 Y15T60 Y15T64 Y15T65 Y15T70 Y15T72 Y15T74 Y15T80 Y15T84 Y_GE15 Y16T24 Y16T65 Y16T74 Y_GE16 Y18T19 Y18T27 Y18T29 Y18T35 Y18T44 Y_GE18 Y19T65 Y20T24 Y20T29 Y20T30 Y20T49 Y20T64 Y20T74 Y25T29 Y25T34 Y25T64 Y_GE25 Y30 Y30T34 Y30T39 Y30T69 Y30T70 Y35 Y35T39 Y35T44 Y35T49 Y40T44 Y40T49 Y45T49 Y45T59 Y0T9 Y5T9 Y10T19 Y50T54 Y50T59 Y55T59 Y60T64 Y60T69 Y_GE60 Y65T69 Y_GE65 Y70T74 Y70T79 Y_GE70 Y75T79 Y_GE75 Y80T84 Y80T89 Y_GE80 Y85T89 Y_GE85 Y90T94 Y90T99 Y_GE90 Y95T99 Y_GE95 Y_GE100 Y45T54 Y45T64 Y55T64 Y15T28 M36T47 Y18T24 Y18T49 Y18T50 Y12T24 Y2T14 Y25T44 Y18T74 Y_GE20 Y0T7 Y1T4 Y_GE50 M6T59 Y0T5 Y30T35 Y0T45 Y_GE46 _U _X Y0T15 Y6T65 Y65T74 Y75T84";

const AGE_ROLES: Record<string, CodeRole> = { _T: "total", _U: "unknown", _X: "not-available" };

/** SDMX SDG CL_AGE (v1.1): 134 codes, pattern `Y{a}T{b}` (inclusive), `Y_GE{a}`, `Y0` = under 1, months `M…`. */
export const SDMX_AGE: CodeList = {
  id: "sdmx-age",
  dimension: "age",
  name: name("Edad (SDMX ODS)", "Age (SDMX SDG)", "Idade (SDMX ODS)"),
  agency: "IAEG-SDGs",
  version: "1.1",
  source: SDG_SOURCE,
  confidence: "source-file",
  codes: CL_AGE_IDS.split(" ").map((id) => {
    const role = AGE_ROLES[id];
    return role ? { id, label: describeAgeCode(id), role } : { id, label: describeAgeCode(id) };
  }),
  note: "Closed list that grows in newer DSD versions: build a code from the pattern, then check it against the list.",
};

/** SDMX SDG CL_URBANISATION (v1.0): `_T`, `U`, `R`. */
export const SDMX_URBANISATION: CodeList = {
  id: "sdmx-urbanisation",
  dimension: "urbanisation",
  name: name("Ámbito urbano/rural (SDMX ODS)", "Urbanisation (SDMX SDG)", "Situação urbana/rural (SDMX ODS)"),
  agency: "IAEG-SDGs",
  version: "1.0",
  source: SDG_SOURCE,
  confidence: "source-file",
  codes: [
    code("_T", "Total", "Total", "Total", "total"),
    code("U", "Urbano", "Urban", "Urbano"),
    code("R", "Rural", "Rural", "Rural"),
  ],
};

/** SDMX SDG CL_DISABILITY (v1.0): `_T`, `PD` persons with disability, `PWD` persons without disability. */
export const SDMX_DISABILITY: CodeList = {
  id: "sdmx-disability",
  dimension: "disability",
  name: name("Discapacidad (SDMX ODS)", "Disability status (SDMX SDG)", "Deficiência (SDMX ODS)"),
  agency: "IAEG-SDGs",
  version: "1.0",
  source: SDG_SOURCE,
  confidence: "source-file",
  codes: [
    code("_T", "Sin desagregar", "No breakdown", "Sem desagregação", "total"),
    code("PD", "Personas con discapacidad", "Persons with disability", "Pessoas com deficiência"),
    code("PWD", "Personas sin discapacidad", "Persons without disability", "Pessoas sem deficiência"),
  ],
};

/** SDMX SDG CL_QUANTILE (v1.1): `_T`, `Q1` (poorest) … `Q5`, `B40`, `R60`, `B50`, `R50`. */
export const SDMX_QUANTILE: CodeList = {
  id: "sdmx-quantile",
  dimension: "income_quantile",
  name: name(
    "Quintil de ingresos (SDMX ODS)",
    "Income or wealth quantile (SDMX SDG)",
    "Quintil de renda (SDMX ODS)",
  ),
  agency: "IAEG-SDGs",
  version: "1.1",
  source: SDG_SOURCE,
  confidence: "source-file",
  codes: [
    code("_T", "Total o sin desagregar", "Total (national average) or no breakdown", "Total", "total"),
    code("Q1", "Quintil 1 (más pobre)", "Quintile 1 (poorest)", "Quintil 1 (mais pobre)"),
    code("Q2", "Quintil 2", "Quintile 2", "Quintil 2"),
    code("Q3", "Quintil 3", "Quintile 3", "Quintil 3"),
    code("Q4", "Quintil 4", "Quintile 4", "Quintil 4"),
    code("Q5", "Quintil 5 (más rico)", "Quintile 5 (richest)", "Quintil 5 (mais rico)"),
    code("B40", "40 % más pobre", "Bottom 40%", "40% mais pobres"),
    code("R60", "60 % más rico", "Richest 60%", "60% mais ricos"),
    code("B50", "50 % más pobre", "Bottom 50%", "50% mais pobres"),
    code("R50", "50 % más rico", "Richest 50%", "50% mais ricos"),
  ],
};

/** SDMX CL_OBS_STATUS (v2.1): `A` normal … `Q` missing value, suppressed … `W`. */
export const SDMX_OBS_STATUS: CodeList = {
  id: "sdmx-obs-status",
  dimension: "obs_status",
  name: name("Estado de la observación (SDMX)", "Observation status (SDMX)", "Estado da observação (SDMX)"),
  agency: "SDMX",
  version: "2.1",
  source: SDG_SOURCE,
  confidence: "source-file",
  codes: [
    code("A", "Valor normal", "Normal value", "Valor normal"),
    code("B", "Quiebre de serie", "Time series break", "Quebra de série"),
    code("D", "Definición distinta", "Definition differs", "Definição difere"),
    code("E", "Valor estimado", "Estimated value", "Valor estimado"),
    code("F", "Valor proyectado", "Forecast value", "Valor previsto"),
    code("G", "Valor experimental", "Experimental value", "Valor experimental"),
    code("H", "Falta: feriado o fin de semana", "Missing value; holiday or weekend", "Ausente: feriado"),
    code("I", "Valor imputado", "Imputed value (CCSA definition)", "Valor imputado"),
    code("J", "Derogación", "Derogation", "Derrogação"),
    code(
      "K",
      "Incluido en otra categoría",
      "Data included in another category",
      "Incluído em outra categoria",
    ),
    code(
      "L",
      "Falta: existe pero no se relevó",
      "Missing value; data exist but were not collected",
      "Ausente: não coletado",
    ),
    code("M", "Falta: no puede existir", "Missing value; data cannot exist", "Ausente: não pode existir"),
    code("N", "No significativo", "Not significant", "Não significativo"),
    code("O", "Valor faltante", "Missing value", "Valor ausente"),
    code("P", "Valor provisorio", "Provisional value", "Valor provisório"),
    code("Q", "Falta: suprimido (confidencialidad)", "Missing value; suppressed", "Ausente: suprimido"),
    code("S", "Huelga u otro evento especial", "Strike and other special events", "Greve ou evento especial"),
    code("U", "Baja confiabilidad", "Low reliability", "Baixa confiabilidade"),
    code("V", "Sin validar", "Unvalidated value", "Não validado"),
    code(
      "W",
      "Incluye datos de otra categoría",
      "Includes data from another category",
      "Inclui outra categoria",
    ),
  ],
};

/**
 * SDMX CL_CONF_STATUS as used in suppressed tables [recall]: `F` free, `C` confidential (primary), `D`
 * secondary. ciudata publishes `C` for every withheld cell (`D` next to `C` and a total can pin a small count).
 */
export const SDMX_CONF_STATUS: CodeList = {
  id: "sdmx-conf-status",
  dimension: "conf_status",
  name: name("Confidencialidad (SDMX)", "Confidentiality status (SDMX)", "Confidencialidade (SDMX)"),
  agency: "SDMX",
  source: "SDMX cross-domain code list CL_CONF_STATUS (recall: verify against the SDMX global registry)",
  confidence: "recall",
  codes: [
    code("F", "Libre", "Free", "Livre"),
    code("C", "Confidencial (celda chica)", "Confidential statistical information", "Confidencial"),
    code("D", "Confidencialidad secundaria", "Secondary confidentiality", "Confidencialidade secundária"),
  ],
};
