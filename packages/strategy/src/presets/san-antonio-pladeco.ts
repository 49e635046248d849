import type { StrategyDocumentInput } from "../model/document";

// Encoded by hand from San Antonio's (Chile) account of its participatory PLADECO update (Ley 18.695).
// The source gives each indicator's value before and after, with no dates: the "before" is the baseline
// and the "after" an undated observation. The source names no currency for the budget: "pesos".

const STEPS: [string, string, string, string][] = [
  [
    "planificacion-global",
    "Planificación del Proceso Global por el equipo gestor, estructurado por el total de unidades de la institución",
    "Overall process planning by the steering team, across every unit of the institution",
    "Planejamento do processo global pela equipe gestora, estruturado pelo total de unidades da instituição",
  ],
  [
    "talleres-territoriales-piloto",
    "Diseño y pilotaje de los talleres Territoriales",
    "Design and pilot of the territorial workshops",
    "Desenho e piloto das oficinas territoriais",
  ],
  [
    "evaluacion-pilotajes",
    "Evaluación de los pilotajes y mejora",
    "Evaluation of the pilots and improvement",
    "Avaliação dos pilotos e melhoria",
  ],
  ["difusion", "Difusión", "Outreach", "Difusão"],
  ["ejecucion-talleres", "Ejecución de los talleres", "Running the workshops", "Execução das oficinas"],
  ["analisis-informacion", "Análisis de información", "Information analysis", "Análise de informação"],
  [
    "talleres-tematicos",
    "Ejecución de talleres temáticos",
    "Running thematic workshops",
    "Execução de oficinas temáticas",
  ],
  [
    "segunda-vuelta-territorio",
    "2° Vuelta al Territorio (cuando la información no estaba clara o el nivel de participación no era el esperado)",
    "Second round in the territory (when information was unclear or turnout below expectations)",
    "2ª volta ao território (quando a informação não estava clara ou a participação não era a esperada)",
  ],
  [
    "diseno-encuesta-ciudadana",
    "Diseño de instrumento de encuesta ciudadana",
    "Design of the citizen survey instrument",
    "Desenho do instrumento de pesquisa cidadã",
  ],
  [
    "capacitacion-encuestadores",
    "Capacitación de encuestadores",
    "Training of survey takers",
    "Capacitação de pesquisadores",
  ],
  [
    "ejecucion-encuesta-ciudadana",
    "Ejecución de encuesta ciudadana",
    "Running the citizen survey",
    "Execução da pesquisa cidadã",
  ],
  [
    "analisis-software",
    "Análisis mediante Software de los datos generados",
    "Software analysis of the data gathered",
    "Análise por software dos dados gerados",
  ],
  [
    "informes-preliminares",
    "Construcción de informes preliminares",
    "Drafting preliminary reports",
    "Construção de relatórios preliminares",
  ],
  [
    "estandares-internacionales",
    "Incorporación de metodologías y estándares internacionales",
    "Adopting international methods and standards",
    "Incorporação de metodologias e padrões internacionais",
  ],
];

/** The PLADECO of San Antonio (Chile) with its indicators before and after (input form). */
export const SAN_ANTONIO_PLADECO: StrategyDocumentInput = {
  format: "ciudata-strategy",
  version: 1,
  city: {
    id: "san-antonio",
    name: {
      es: "Municipalidad de San Antonio",
      en: "Municipality of San Antonio",
      pt: "Município de San Antonio",
    },
    country: "CL",
    timeZone: "America/Santiago",
  },
  strategy: {
    id: "san-antonio-pladeco",
    title: {
      es: "PLADECO de San Antonio: actualización co-construida",
      en: "San Antonio's PLADECO: a co-built update",
      pt: "PLADECO de San Antonio: atualização co-construída",
    },
    framework: "pladeco",
    summary: {
      es: "Asegurar la eficiencia en el uso de los recursos y la eficacia de los resultados esperados, fortaleciendo el tejido territorial y municipal, para el establecimiento de las bases del desarrollo sostenible en la comuna.",
      en: "Ensure efficient use of resources and effective results, strengthening the territorial and municipal fabric, to lay the foundations of the commune's sustainable development.",
      pt: "Assegurar a eficiência no uso dos recursos e a eficácia dos resultados esperados, fortalecendo o tecido territorial e municipal, para estabelecer as bases do desenvolvimento sustentável na comuna.",
    },
    source: "Postulación de la iniciativa PLADECO de San Antonio (Ley N°18.695)",
    tags: ["pladeco:ley-18695"],
  },
  pillars: [
    {
      id: "pladeco-participativo",
      order: 1,
      title: {
        es: "Actualización participativa del PLADECO",
        en: "Participatory PLADECO update",
        pt: "Atualização participativa do PLADECO",
      },
      aspiration: {
        es: "Asegurar la eficiencia en el uso de los recursos y la eficacia de los resultados esperados, fortaleciendo el tejido territorial y municipal, para el establecimiento de las bases del desarrollo sostenible en la comuna",
        en: "Ensure efficient use of resources and effective results, strengthening the territorial and municipal fabric, to lay the foundations of sustainable development in the commune",
        pt: "Assegurar a eficiência no uso dos recursos e a eficácia dos resultados esperados, fortalecendo o tecido territorial e municipal, para estabelecer as bases do desenvolvimento sustentável na comuna",
      },
      tags: ["pladeco:ley-18695"],
    },
  ],
  roadmap: STEPS.map(([id, es, en, pt]) => ({
    id,
    pillarId: "pladeco-participativo",
    state: "existing",
    title: { es, en, pt },
  })),
  indicators: [
    {
      id: "direcciones-participantes",
      name: {
        es: "Numero de Direcciones participanten en el Pladeco",
        en: "Directorates taking part in the PLADECO",
        pt: "Número de diretorias participantes no PLADECO",
      },
      unit: { es: "direcciones", en: "directorates", pt: "diretorias" },
      direction: "increase",
      baseline: { value: 1 },
      pillarId: "pladeco-participativo",
    },
    {
      id: "participacion-talleres",
      name: {
        es: "Participación Ciudadana talleres",
        en: "Citizen participation in workshops",
        pt: "Participação cidadã nas oficinas",
      },
      unit: { es: "participantes", en: "participants", pt: "participantes" },
      direction: "increase",
      baseline: { value: 263 },
      pillarId: "pladeco-participativo",
    },
    {
      id: "funcionarios-participantes",
      name: {
        es: "Número de Funcionarios Municipales Partcipantes en el Proceso",
        en: "Municipal officials taking part in the process",
        pt: "Número de funcionários municipais participantes no processo",
      },
      unit: { es: "funcionarios", en: "officials", pt: "funcionários" },
      direction: "increase",
      baseline: { value: 10 },
      pillarId: "pladeco-participativo",
    },
    {
      id: "presupuesto-utilizado",
      name: { es: "Presupuesto Utilizado", en: "Budget used", pt: "Orçamento utilizado" },
      unit: { es: "pesos", en: "pesos", pt: "pesos" },
      direction: "decrease",
      baseline: { value: 10_000_000 },
      pillarId: "pladeco-participativo",
    },
  ],
  observations: [
    { indicatorId: "direcciones-participantes", value: 16, note: "trabajo co-construcción" },
    { indicatorId: "participacion-talleres", value: 1200, note: "aumento de la participación ciudadana" },
    { indicatorId: "funcionarios-participantes", value: 120, note: "decreto funcionarios honorarios" },
    {
      indicatorId: "presupuesto-utilizado",
      value: 5_000_000,
      note: "se redujo el gasto de operación en un 50%",
    },
  ],
};
