import type { ActionInput, ActionStatus } from "../model/action";
import type { StrategyDocumentInput } from "../model/document";
import { CDA_FRAMEWORK } from "./cda";

// Encoded by hand from "Estrategia de datos de la Intendencia de Mendoza 2024–2026" (City Data Alliance).
// Titles, statuses, owners and deadlines are kept exactly as written in `asWritten`; our normalised values
// sit next to them. The document gives no date for its "¿Dónde estamos?" column, so each status is the
// action's undated `statedStatus` (shown "as stated in the document (undated)", never stale) and `history`
// starts empty. The document states no dependency between actions, so none is encoded. Four pillars, as
// in the document; pillar 4 has two aspirations (routines; residents' feedback), and the suggestion box
// and the hackathons serve the second one.

const STATUS: Record<string, ActionStatus> = {
  Iniciado: "in_progress",
  "No se ha iniciado": "not_started",
  Completo: "complete",
};

type Owner = NonNullable<ActionInput["owners"]>[number];
const DC: Owner = { kind: "role", id: "data-champion" };
const CGD: Owner = { kind: "committee", id: "cgd" };
const CGD_FULL_MEMBERS: Owner = { kind: "role", id: "cgd-full-member" };
const AREA_HEADS: Owner = { kind: "role", id: "area-head" };
const ARY: Owner = { kind: "person", id: "ary-salomon" };
const CANDELA: Owner = { kind: "person", id: "candela-grec" };

interface Row {
  id: string;
  pillarId: string;
  aspirationId: string;
  es: string;
  en: string;
  pt: string;
  status: string;
  owners: Owner[];
  ownersAsWritten: string;
  deadline?: string;
  deadlineAsWritten?: string;
  section?: string;
}

function action(r: Row): ActionInput {
  const status = STATUS[r.status];
  if (!status) throw new Error(`unknown status ${r.status}`);
  const asWritten: Record<string, string> = { title: r.es, status: r.status };
  if (r.ownersAsWritten) asWritten.owners = r.ownersAsWritten;
  if (r.deadlineAsWritten) asWritten.deadline = r.deadlineAsWritten;
  if (r.section) asWritten.section = r.section;
  return {
    id: r.id,
    pillarId: r.pillarId,
    aspirationId: r.aspirationId,
    title: { es: r.es, en: r.en, pt: r.pt },
    owners: r.owners,
    ...(r.deadline ? { deadline: r.deadline } : {}),
    statedStatus: status,
    asWritten,
  };
}

const ROWS: Row[] = [
  // ---- Gobernanza y administración eficaz de datos ----
  {
    id: "inventario-por-area",
    pillarId: "gobernanza",
    aspirationId: "gobernanza-proceso",
    es: "Difundir e implementar la metodología para crear un inventario de datos desde cada área municipal",
    en: "Spread and implement the method to build a data inventory from every municipal area",
    pt: "Difundir e implementar a metodologia para criar um inventário de dados a partir de cada área municipal",
    status: "Iniciado",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-05",
    deadlineAsWritten: "Mayo 2024",
  },
  {
    id: "protocolo-compartir-datos",
    pillarId: "gobernanza",
    aspirationId: "gobernanza-proceso",
    es: "Validar el protocolo para compartir datos y flujograma toma de decisiones",
    en: "Validate the data-sharing protocol and the decision-making flowchart",
    pt: "Validar o protocolo de compartilhamento de dados e o fluxograma de tomada de decisões",
    status: "No se ha iniciado",
    owners: [DC],
    ownersAsWritten: "Data Champions",
    deadline: "2024-07",
    deadlineAsWritten: "Julio 2024",
  },
  {
    id: "nuevos-datasets-portal",
    pillarId: "gobernanza",
    aspirationId: "gobernanza-proceso",
    es: "Definir los nuevos datasets a incorporar en el Portal de Datos abiertos",
    en: "Define the new datasets to add to the Open Data Portal",
    pt: "Definir os novos conjuntos de dados a incorporar no Portal de Dados Abertos",
    status: "Iniciado",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-05",
    deadlineAsWritten: "Mayo 2024",
  },
  {
    id: "comite-de-gobernanza",
    pillarId: "gobernanza",
    aspirationId: "gobernanza-proceso",
    es: "Creación del comité de gobernanza datos",
    en: "Set up the data governance committee",
    pt: "Criação do comitê de governança de dados",
    status: "Completo",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-02",
    deadlineAsWritten: "Feb 2024",
  },
  // ---- Infraestructura de datos segura, accesible y estandarizada ----
  {
    id: "piloto-datos-desagregados",
    pillarId: "infraestructura",
    aspirationId: "infraestructura-estandar-calidad",
    es: "Prueba piloto de protocolo de datos desagregados en un departamento municipal específico",
    en: "Pilot the disaggregated-data protocol in one municipal department",
    pt: "Piloto do protocolo de dados desagregados em um departamento municipal específico",
    status: "No se ha iniciado",
    owners: [ARY],
    ownersAsWritten: "Ary Salomón",
    deadline: "2024-08",
    deadlineAsWritten: "Agosto 2024",
  },
  {
    id: "protocolo-calidad-todas-las-areas",
    pillarId: "infraestructura",
    aspirationId: "infraestructura-estandar-calidad",
    es: "Difusión y seguimiento en la implementación de protocolo de calidad en todas las áreas municipales",
    en: "Spread and follow up the quality protocol's implementation in every municipal area",
    pt: "Difusão e acompanhamento da implementação do protocolo de qualidade em todas as áreas municipais",
    status: "No se ha iniciado",
    owners: [DC],
    ownersAsWritten: "Data Champions",
    deadline: "2024-08",
    deadlineAsWritten: "Agosto 2024",
  },
  {
    id: "protocolo-datos-desagregados",
    pillarId: "infraestructura",
    aspirationId: "infraestructura-estandar-calidad",
    es: "Difusión y seguimiento en la implementación de protocolo de datos desagregados",
    en: "Spread and follow up the disaggregated-data protocol's implementation",
    pt: "Difusão e acompanhamento da implementação do protocolo de dados desagregados",
    status: "No se ha iniciado",
    owners: [DC],
    ownersAsWritten: "Data Champions",
    deadline: "2024-09",
    deadlineAsWritten: "Sept 2024",
  },
  {
    id: "protocolo-seguridad-privacidad",
    pillarId: "infraestructura",
    aspirationId: "infraestructura-estandar-calidad",
    es: "Elaboración de un protocolo de seguridad y privacidad",
    en: "Draft a security and privacy protocol",
    pt: "Elaboração de um protocolo de segurança e privacidade",
    status: "No se ha iniciado",
    owners: [CANDELA],
    ownersAsWritten: "Candela Grec",
    deadline: "2024-09",
    deadlineAsWritten: "Sept 2024",
  },
  {
    id: "aplicacion-protocolo-seguridad",
    pillarId: "infraestructura",
    aspirationId: "infraestructura-estandar-calidad",
    es: "Aplicación del protocolo de seguridad y privacidad",
    en: "Apply the security and privacy protocol",
    pt: "Aplicação do protocolo de segurança e privacidade",
    status: "No se ha iniciado",
    owners: [DC],
    ownersAsWritten: "Data Champions",
    deadline: "2024-10",
    deadlineAsWritten: "Oct 2024",
  },
  // ---- Capacidad y cultura para el uso continuo de datos ----
  {
    id: "encuesta-diagnostico-capacidad",
    pillarId: "capacidad",
    aspirationId: "capacidad-diagnostico",
    es: "Encuesta para el diagnóstico de capacidad",
    en: "Capacity diagnostic survey",
    pt: "Pesquisa para o diagnóstico de capacidade",
    status: "Completo",
    owners: [],
    ownersAsWritten: "",
    section: "¿Qué ya hicimos?",
  },
  {
    id: "diagnostico-capacidades",
    pillarId: "capacidad",
    aspirationId: "capacidad-diagnostico",
    es: "Diagnóstico de capacidades en los equipos municipales de cada dirección",
    en: "Diagnose the capacities of the municipal teams of every directorate",
    pt: "Diagnóstico de capacidades nas equipes municipais de cada diretoria",
    status: "Iniciado",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-09",
    deadlineAsWritten: "Sept 2024",
  },
  {
    id: "plan-de-capacitacion",
    pillarId: "capacidad",
    aspirationId: "capacidad-diagnostico",
    es: "Elaboración del Plan de capacitación en datos en base a los resultados del diagnóstico",
    en: "Draft the data training plan from the diagnostic's results",
    pt: "Elaboração do Plano de capacitação em dados com base nos resultados do diagnóstico",
    status: "Iniciado",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-09",
    deadlineAsWritten: "Sept 2024",
  },
  {
    id: "implementacion-plan-capacitacion",
    pillarId: "capacidad",
    aspirationId: "capacidad-diagnostico",
    es: "Implementación y seguimiento del plan de capacitación en datos mediante indicadores preestablecidos",
    en: "Implement and follow up the data training plan through pre-set indicators",
    pt: "Implementação e acompanhamento do plano de capacitação em dados por meio de indicadores preestabelecidos",
    status: "No se ha iniciado",
    owners: [DC, CGD, AREA_HEADS],
    ownersAsWritten: "Data Champions; CGD; Personas a cargo de un área municipal",
    deadline: "2024-09/2024-11",
    deadlineAsWritten: "Sept- Nov 2024",
  },
  // ---- Rutinas de uso de datos para decisiones políticas ----
  {
    id: "esquemas-de-rutinas",
    pillarId: "rutinas",
    aspirationId: "rutinas-piloto",
    es: "Crear esquemas de rutinas de datos",
    en: "Design data routine schemes",
    pt: "Criar esquemas de rotinas de dados",
    status: "No se ha iniciado",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-11",
    deadlineAsWritten: "Nov 2024",
  },
  {
    id: "mapeo-de-plataformas",
    pillarId: "rutinas",
    aspirationId: "rutinas-piloto",
    es: "Identificar las plataformas utilizadas por todas las áreas municipales",
    en: "Identify the platforms used by every municipal area",
    pt: "Identificar as plataformas utilizadas por todas as áreas municipais",
    status: "Iniciado",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-11",
    deadlineAsWritten: "Nov 2024",
  },
  {
    id: "replicar-rutinas",
    pillarId: "rutinas",
    aspirationId: "rutinas-piloto",
    es: "Replicar el esquema de rutinas para todas las áreas municipales",
    en: "Replicate the routine scheme in every municipal area",
    pt: "Replicar o esquema de rotinas para todas as áreas municipais",
    status: "No se ha iniciado",
    owners: [DC, CGD],
    ownersAsWritten: "Data Champions; CGD",
    deadline: "2024-11",
    deadlineAsWritten: "Nov 2024",
  },
  // ---- Rutinas: second aspiration, "Recolectar retroalimentación por parte de los residentes…" ----
  {
    id: "buzon-de-sugerencias",
    pillarId: "rutinas",
    aspirationId: "rutinas-retroalimentacion-residentes",
    es: "Incorporar un buzón de sugerencias en las plataformas web de la Ciudad de Mendoza",
    en: "Add a suggestion box to the City of Mendoza's websites",
    pt: "Incorporar uma caixa de sugestões nas plataformas web da Cidade de Mendoza",
    status: "No se ha iniciado",
    owners: [DC, CGD_FULL_MEMBERS],
    ownersAsWritten: "Data champions Integrantes plenos del CGD",
    deadline: "2024-08",
    deadlineAsWritten: "Agosto 2024",
  },
  {
    id: "hackatones-ciudadanos",
    pillarId: "rutinas",
    aspirationId: "rutinas-retroalimentacion-residentes",
    es: "Realizar eventos en clave de Hackatones ciudadanos.",
    en: "Hold citizen hackathon events",
    pt: "Realizar eventos no formato de hackathons cidadãos",
    status: "No se ha iniciado",
    owners: [DC, CGD_FULL_MEMBERS],
    ownersAsWritten: "Data champions Integrantes plenos del CGD",
    deadline: "2024-09",
    deadlineAsWritten: "Septiembre 2024",
  },
];

const TOPICS: [string, string, string, string, string[]][] = [
  ["economia-y-finanzas", "Economía y finanzas", "Economy and finance", "Economia e finanças", ["ECON"]],
  ["comercio", "Comercio", "Trade", "Comércio", ["ECON"]],
  ["inclusion-y-genero", "Inclusión y Género", "Inclusion and gender", "Inclusão e gênero", ["SOCI"]],
  ["deportes", "Deportes", "Sports", "Esportes", ["EDUC"]],
  ["salud", "Salud", "Health", "Saúde", ["HEAL"]],
  ["educacion", "Educación", "Education", "Educação", ["EDUC"]],
  [
    "barrios-y-poblacion",
    "Barrios y Población",
    "Neighbourhoods and population",
    "Bairros e população",
    ["SOCI", "REGI"],
  ],
  ["transito", "Tránsito", "Traffic", "Trânsito", ["TRAN"]],
  [
    "seguridad-y-prevencion",
    "Seguridad y prevención ciudadana",
    "Public safety and prevention",
    "Segurança e prevenção cidadã",
    ["JUST"],
  ],
  ["turismo-y-cultura", "Turismo y cultura", "Tourism and culture", "Turismo e cultura", ["EDUC", "ECON"]],
  [
    "empleo-y-emprendedores",
    "Empleo y emprendedores",
    "Jobs and entrepreneurs",
    "Emprego e empreendedores",
    ["ECON"],
  ],
  [
    "servicios-publicos-y-planificacion",
    "Servicios públicos y planificación territorial",
    "Public services and land-use planning",
    "Serviços públicos e planejamento territorial",
    ["REGI", "GOVE"],
  ],
  [
    "ambiente-y-movilidad",
    "Ambiente y movilidad sustentable",
    "Environment and sustainable mobility",
    "Meio ambiente e mobilidade sustentável",
    ["ENVI", "TRAN"],
  ],
];

const ROADMAP: [string, string, "existing" | "planned", string, string, string][] = [
  [
    "politica-datos-abiertos",
    "gobernanza",
    "existing",
    "Política de datos abiertos",
    "Open data policy",
    "Política de dados abertos",
  ],
  [
    "protocolo-compartir-datos-existente",
    "gobernanza",
    "existing",
    "Protocolo de compartir datos",
    "Data-sharing protocol",
    "Protocolo de compartilhamento de dados",
  ],
  [
    "inventario-algunos-departamentos",
    "gobernanza",
    "existing",
    "Inventario de datos para algunos departamentos",
    "Data inventory for some departments",
    "Inventário de dados para alguns departamentos",
  ],
  [
    "inventario-cada-area",
    "gobernanza",
    "planned",
    "Inventario de datos desde cada área municipal",
    "Data inventory from every municipal area",
    "Inventário de dados a partir de cada área municipal",
  ],
  [
    "reformular-datasets-portal",
    "gobernanza",
    "planned",
    "Reformular los datasets del Portal de Datos Abiertos",
    "Rework the Open Data Portal's datasets",
    "Reformular os conjuntos de dados do Portal de Dados Abertos",
  ],
  [
    "creacion-comite-gobernanza",
    "gobernanza",
    "planned",
    "Creación del comité de gobernanza de datos",
    "Set up the data governance committee",
    "Criação do comitê de governança de dados",
  ],
  [
    "piloto-calidad-sayds",
    "infraestructura",
    "existing",
    "Piloto de protocolo de calidad de datos con la SAyDS",
    "Data quality protocol pilot with SAyDS",
    "Piloto do protocolo de qualidade de dados com a SAyDS",
  ],
  [
    "estandar-datos-desagregados",
    "infraestructura",
    "existing",
    "Estándar de datos desagregados para variables relevantes",
    "Disaggregated-data standard for relevant variables",
    "Padrão de dados desagregados para variáveis relevantes",
  ],
  [
    "protocolo-calidad-todas",
    "infraestructura",
    "planned",
    "Protocolo de calidad para todas las áreas municipales",
    "Quality protocol for every municipal area",
    "Protocolo de qualidade para todas as áreas municipais",
  ],
  [
    "protocolo-desagregados-todas",
    "infraestructura",
    "planned",
    "Protocolo de datos desagregados para todas las áreas municipales",
    "Disaggregated-data protocol for every municipal area",
    "Protocolo de dados desagregados para todas as áreas municipais",
  ],
  [
    "protocolo-seguridad",
    "infraestructura",
    "planned",
    "Protocolo de seguridad y privacidad",
    "Security and privacy protocol",
    "Protocolo de segurança e privacidade",
  ],
  [
    "encuesta-diagnostico",
    "capacidad",
    "existing",
    "Encuesta para el diagnóstico de capacidad",
    "Capacity diagnostic survey",
    "Pesquisa para o diagnóstico de capacidade",
  ],
  [
    "plan-capacitacion",
    "capacidad",
    "planned",
    "Plan de capacitación en datos",
    "Data training plan",
    "Plano de capacitação em dados",
  ],
  [
    "mapeo-plataformas",
    "rutinas",
    "planned",
    "Mapeo de las plataformas utilizadas por todas áreas",
    "Map of the platforms used by every area",
    "Mapeamento das plataformas utilizadas por todas as áreas",
  ],
  [
    "esquema-rutinas-todas",
    "rutinas",
    "planned",
    "Esquema de rutinas para todas las áreas municipales",
    "Routine scheme for every municipal area",
    "Esquema de rotinas para todas as áreas municipais",
  ],
  // The roadmap's last line, "Comunicar e involucrar a los residentes", belongs to pillar 4's second aspiration.
  ["chat-mini-ciudad", "rutinas", "planned", "Chat mini ciudad", "“Mini ciudad” chat", "Chat “mini ciudad”"],
];

// Which action each roadmap item is the outcome of (matched by title), so `strategy check` can warn when the
// roadmap's "existing"/"planned" contradicts the action's status.
const ROADMAP_ACTIONS: Record<string, string[]> = {
  "protocolo-compartir-datos-existente": ["protocolo-compartir-datos"],
  "inventario-cada-area": ["inventario-por-area"],
  "reformular-datasets-portal": ["nuevos-datasets-portal"],
  "creacion-comite-gobernanza": ["comite-de-gobernanza"],
  "protocolo-calidad-todas": ["protocolo-calidad-todas-las-areas"],
  "protocolo-desagregados-todas": ["protocolo-datos-desagregados"],
  "protocolo-seguridad": ["protocolo-seguridad-privacidad"],
  "encuesta-diagnostico": ["encuesta-diagnostico-capacidad"],
  "plan-capacitacion": ["plan-de-capacitacion"],
  "mapeo-plataformas": ["mapeo-de-plataformas"],
  "esquema-rutinas-todas": ["replicar-rutinas"],
};

// The pillars' aspirations as the document writes them (each split over two slides, joined here).
const ASP_GOBERNANZA = {
  es: "Crear un proceso de gobernanza de datos que establezca y haga cumplir estándares y prácticas de datos para la ciudad, consolidando una estructura de datos inventariados, compartidos internamente y disponibles en plataforma abierta",
  en: "Create a data governance process that sets and enforces data standards and practices for the city, consolidating a structure of inventoried data, shared internally and available on an open platform",
  pt: "Criar um processo de governança de dados que estabeleça e faça cumprir padrões e práticas de dados para a cidade, consolidando uma estrutura de dados inventariados, compartilhados internamente e disponíveis em plataforma aberta",
};
const ASP_INFRAESTRUCTURA = {
  es: "Establecer un estándar de revisión de la calidad del conjunto de datos y de datos desagregados para que el estándar pueda ser replicado para los demás departamentos de la ciudad",
  en: "Set a review standard for dataset quality and disaggregated data so that it can be replicated in the city's other departments",
  pt: "Estabelecer um padrão de revisão da qualidade dos conjuntos de dados e dos dados desagregados para que o padrão possa ser replicado nos demais departamentos da cidade",
};
const ASP_CAPACIDAD = {
  es: "Hacer un diagnóstico de capacidad en datos con los funcionarios y equipos de la Intendencia para diseñar una estrategia que genera una cultura de datos fuerte, irreversible y sustentable",
  en: "Diagnose data capacity with the Intendencia's officials and teams to design a strategy that builds a strong, irreversible and sustainable data culture",
  pt: "Fazer um diagnóstico de capacidade em dados com os funcionários e equipes da Intendencia para desenhar uma estratégia que gere uma cultura de dados forte, irreversível e sustentável",
};
const ASP_RUTINAS_PILOTO = {
  es: "Consolidar rutinas de toma de decisiones utilizando datos, comenzando con un departamento piloto para su posterior expansión a otras áreas de la Intendencia",
  en: "Consolidate data-driven decision routines, starting with a pilot department and later expanding to other areas of the Intendencia",
  pt: "Consolidar rotinas de tomada de decisão usando dados, começando com um departamento piloto para posterior expansão a outras áreas da Intendencia",
};

/** Mendoza's Data Strategy 2024–2026 as a strategy file (input form; parse it with `parseStrategy`). */
export const MENDOZA_2024_2026: StrategyDocumentInput = {
  format: "ciudata-strategy",
  version: 1,
  city: {
    id: "mendoza",
    name: { es: "Ciudad de Mendoza", en: "City of Mendoza", pt: "Cidade de Mendoza" },
    country: "AR",
    timeZone: "America/Argentina/Mendoza",
  },
  orgUnits: [
    { id: "intendencia", name: { es: "Intendencia de Mendoza" }, kind: "intendencia" },
    {
      id: "ide",
      name: {
        es: "Departamento de Infraestructura de Datos Espaciales (IDE)",
        en: "Spatial Data Infrastructure Department (IDE)",
        pt: "Departamento de Infraestrutura de Dados Espaciais (IDE)",
      },
      kind: "departamento",
      parentId: "intendencia",
    },
    {
      id: "gobierno-abierto",
      name: {
        es: "Dirección de Gobierno Abierto y Planificación Estratégica",
        en: "Open Government and Strategic Planning Directorate",
        pt: "Diretoria de Governo Aberto e Planejamento Estratégico",
      },
      kind: "direccion",
      parentId: "intendencia",
    },
    {
      id: "salud",
      name: { es: "Dirección de Salud", en: "Health Directorate", pt: "Diretoria de Saúde" },
      kind: "direccion",
      parentId: "intendencia",
    },
    { id: "sayds", name: { es: "SAyDS" }, kind: "area", parentId: "intendencia" },
  ],
  roles: [
    {
      id: "cgd-full-member",
      name: {
        es: "Integrantes plenos del CGD",
        en: "Full members of the CGD",
        pt: "Membros plenos do CGD",
      },
    },
  ],
  people: [
    { id: "ulpiano-suarez", name: "Ulpiano Suárez", orgUnitId: "intendencia" },
    { id: "ary-salomon", name: "Ary Salomón" },
    { id: "candela-grec", name: "Candela Grec" },
  ],
  committees: [
    {
      id: "cgd",
      name: {
        es: "Comité de Gobernanza de Datos (CGD)",
        en: "Data Governance Committee (CGD)",
        pt: "Comitê de Governança de Dados (CGD)",
      },
      // The document names its "integrantes plenos" (as owners of pillar 4's second aspiration) and says the
      // committee's creation is complete, with no date: no meeting, cadence or commitment is stated.
      members: [
        {
          roleId: "cgd-full-member",
          role: { es: "Integrantes plenos", en: "Full members", pt: "Membros plenos" },
        },
      ],
      asWritten: { state: "Creación del comité de gobernanza datos: Completo" },
      tags: ["cda:governance"],
    },
  ],
  trainingPlans: [
    {
      id: "plan-capacitacion-datos",
      title: {
        es: "Plan de capacitación en datos",
        en: "Data training plan",
        pt: "Plano de capacitação em dados",
      },
      audience: {
        es: "Equipos municipales de cada dirección",
        en: "Municipal teams of every directorate",
        pt: "Equipes municipais de cada diretoria",
      },
      state: "planned",
      period: "2024-09/2024-11",
      actionIds: ["plan-de-capacitacion", "implementacion-plan-capacitacion"],
      asWritten: {
        state: "Lo que se está planeando",
        period: "Sept- Nov 2024",
        audience: "los equipos municipales de cada dirección",
      },
    },
  ],
  routines: [
    {
      id: "rutinas-departamento-piloto",
      name: {
        es: "Esquema de rutinas de datos (departamento piloto)",
        en: "Data routines scheme (pilot department)",
        pt: "Esquema de rotinas de dados (departamento piloto)",
      },
      kind: "other",
      state: "planned",
      asWritten: { action: "Crear esquemas de rutinas de datos", status: "No se ha iniciado" },
    },
    {
      id: "rutinas-todas-las-areas",
      name: {
        es: "Esquema de rutinas para todas las áreas municipales",
        en: "Routines scheme for every municipal area",
        pt: "Esquema de rotinas para todas as áreas municipais",
      },
      kind: "other",
      state: "planned",
      asWritten: { state: "Lo que se está planeando" },
    },
  ],
  strategy: {
    id: "mendoza-2024-2026",
    title: {
      es: "Estrategia de Datos de Mendoza 2024-2026",
      en: "Mendoza Data Strategy 2024–2026",
      pt: "Estratégia de Dados de Mendoza 2024–2026",
    },
    framework: "cda",
    period: { from: "2024-01", to: "2026-12" },
    vision: {
      es: "Implementar una cultura irreversible de datos que se convierta en una norma de gestión pública y fortalezca la confianza de los ciudadanos en el gobierno.",
      en: "Build an irreversible data culture that becomes a norm of public management and strengthens citizens' trust in government.",
      pt: "Implementar uma cultura irreversível de dados que se torne uma norma de gestão pública e fortaleça a confiança dos cidadãos no governo.",
    },
    visionBy: "Intendente Ulpiano Suárez",
    goals: [
      {
        es: "Mejorar la calidad de los datos internos",
        en: "Improve the quality of internal data",
        pt: "Melhorar a qualidade dos dados internos",
      },
    ],
    summary: {
      es: "La ciudad de Mendoza cuenta con bases sólidas en su gestión de datos, especialmente en lo relacionado con gobernanza, calidad y capacidad en datos.",
      en: "The City of Mendoza has solid foundations in data management, especially in governance, quality and data capacity.",
      pt: "A cidade de Mendoza tem bases sólidas na gestão de dados, especialmente em governança, qualidade e capacidade em dados.",
    },
    priorities: [
      {
        es: "Firma de Decreto del Comité de Gobernanza de datos",
        en: "Signing of the Data Governance Committee decree",
        pt: "Assinatura do decreto do Comitê de Governança de Dados",
      },
      {
        es: "Inicio de operación del Comité de Gobernanza de datos con claros líderes y responsables",
        en: "The Data Governance Committee starts operating with clear leaders and owners",
        pt: "Início da operação do Comitê de Governança de Dados com líderes e responsáveis claros",
      },
      {
        es: "Comunicación proactiva (lanzamiento) de estrategia de datos a partes internas y externas por el Intendente",
        en: "Proactive communication (launch) of the data strategy to internal and external parties by the Mayor",
        pt: "Comunicação proativa (lançamento) da estratégia de dados para públicos internos e externos pelo Intendente",
      },
    ],
    source:
      "Estrategia de datos de la Intendencia de Mendoza 2024 — Bloomberg Philanthropies City Data Alliance",
    tags: ["cda:strategy"],
  },
  pillars: [
    {
      id: "gobernanza",
      order: 1,
      title: {
        es: "Gobernanza y administración eficaz de datos",
        en: "Effective data governance and management",
        pt: "Governança e gestão eficaz de dados",
      },
      aspiration: ASP_GOBERNANZA,
      aspirations: [{ id: "gobernanza-proceso", text: ASP_GOBERNANZA }],
      tags: ["cda:governance", "wwc2018:data-governance", "bidpd:liderazgo", "bidpd:marco-normativo"],
    },
    {
      id: "infraestructura",
      order: 2,
      title: {
        es: "Infraestructura de datos segura, accesible y estandarizada",
        en: "Secure, accessible and standardised data infrastructure",
        pt: "Infraestrutura de dados segura, acessível e padronizada",
      },
      aspiration: ASP_INFRAESTRUCTURA,
      aspirations: [{ id: "infraestructura-estandar-calidad", text: ASP_INFRAESTRUCTURA }],
      tags: [
        "cda:quality",
        "wwc2018:data-governance",
        "wwc2018:open-data",
        "bidpd:datos",
        "bidpd:tecnologia",
      ],
    },
    {
      id: "capacidad",
      order: 3,
      title: {
        es: "Capacidad y cultura para el uso continuo de datos",
        en: "Capacity and culture for continuous data use",
        pt: "Capacidade e cultura para o uso contínuo de dados",
      },
      aspiration: ASP_CAPACIDAD,
      aspirations: [{ id: "capacidad-diagnostico", text: ASP_CAPACIDAD }],
      tags: ["cda:capacity", "wwc2018:general-management", "bidpd:construccion-de-capacidades"],
    },
    {
      id: "rutinas",
      order: 4,
      title: {
        es: "Rutinas de uso de datos para decisiones políticas",
        en: "Data-use routines for policy decisions",
        pt: "Rotinas de uso de dados para decisões políticas",
      },
      aspiration: ASP_RUTINAS_PILOTO,
      aspirations: [
        { id: "rutinas-piloto", text: ASP_RUTINAS_PILOTO },
        {
          id: "rutinas-retroalimentacion-residentes",
          text: {
            es: "Recolectar retroalimentación por parte de los residentes para comunicar de forma transparente",
            en: "Collect feedback from residents to communicate transparently",
            pt: "Coletar retorno dos residentes para comunicar de forma transparente",
          },
        },
      ],
      tags: [
        "cda:use",
        "cda:evaluation",
        "cda:transparency",
        "wwc2018:performance-analytics",
        "wwc2018:evaluations",
        "wwc2018:open-data",
        "wwc2018:stakeholder-engagement",
        "bidpd:demanda-y-comunidad",
      ],
    },
  ],
  actions: ROWS.map(action),
  roadmap: ROADMAP.map(([id, pillarId, state, es, en, pt]) => ({
    id,
    pillarId,
    state,
    title: { es, en, pt },
    actionIds: ROADMAP_ACTIONS[id] ?? [],
  })),
  platforms: [
    {
      id: "portal-datos-abiertos",
      name: { es: "Portal de Datos Abiertos", en: "Open Data Portal", pt: "Portal de Dados Abertos" },
      kind: "portal",
      state: "existing",
      holds: [
        {
          es: "Datos disponibles en plataforma abierta",
          en: "Data available on an open platform",
          pt: "Dados disponíveis em plataforma aberta",
        },
      ],
      asWritten: { action: "Definir los nuevos datasets a incorporar en el Portal de Datos abiertos" },
    },
    {
      id: "plataformas-web",
      name: {
        es: "Plataformas web de la Ciudad de Mendoza",
        en: "City of Mendoza web platforms",
        pt: "Plataformas web da Cidade de Mendoza",
      },
      kind: "web",
      state: "existing",
      asWritten: {
        action: "Incorporar un buzón de sugerencias en las plataformas web de la Ciudad de Mendoza",
      },
    },
    {
      id: "chat-mini-ciudad",
      name: { es: "Chat mini ciudad", en: "“Mini ciudad” chat", pt: "Chat “mini ciudad”" },
      kind: "chat",
      state: "planned",
      asWritten: { state: "Lo que se está planeando" },
    },
  ],
  surveys: [
    {
      id: "diagnostico-capacidad",
      version: "2024",
      title: {
        es: "Encuesta para el diagnóstico de capacidad",
        en: "Capacity diagnostic survey",
        pt: "Pesquisa para o diagnóstico de capacidade",
      },
      intro: {
        es: "El dato es un elemento descontextualizado que puede dar origen a la generación de información. Son símbolos que describen hechos, condiciones, valores o situaciones. Un dato puede ser un número, una letra o cualquier símbolo que representa una cantidad, una medida, una palabra o una descripción.",
        en: "A datum is a decontextualised element that can give rise to information: symbols describing facts, conditions, values or situations — a number, a letter or any symbol standing for a quantity, a measure, a word or a description.",
        pt: "O dado é um elemento descontextualizado que pode dar origem à geração de informação: símbolos que descrevem fatos, condições, valores ou situações — um número, uma letra ou qualquer símbolo que represente uma quantidade, uma medida, uma palavra ou uma descrição.",
      },
      questions: [
        {
          name: "datos_para_decisiones",
          type: "select_multiple",
          listName: "temas",
          audience: "official",
          label: {
            es: "¿Cuáles son los datos que necesita para la toma de decisiones?",
            en: "Which data do you need to make decisions?",
            pt: "Quais são os dados de que você precisa para tomar decisões?",
          },
        },
        {
          name: "secretaria",
          type: "text",
          audience: "team",
          label: {
            es: "Secretaria donde trabaja",
            en: "Secretariat you work in",
            pt: "Secretaria onde trabalha",
          },
        },
        {
          name: "direccion",
          type: "text",
          audience: "team",
          label: { es: "Dirección", en: "Directorate", pt: "Diretoria" },
        },
        {
          name: "referente_nombre",
          type: "text",
          audience: "team",
          label: {
            es: "Persona referente de datos: Nombre y apellido",
            en: "Data contact person: full name",
            pt: "Pessoa de referência de dados: nome e sobrenome",
          },
        },
        {
          name: "referente_interno",
          type: "text",
          audience: "team",
          label: { es: "N° del interno del área", en: "Area's phone extension", pt: "Ramal da área" },
        },
        {
          name: "referente_correo",
          type: "email",
          audience: "team",
          label: { es: "Correo electrónico", en: "Email", pt: "E-mail" },
        },
      ],
      choiceLists: {
        temas: TOPICS.map(([name, es, en, pt, superTheme]) => ({ name, label: { es, en, pt }, superTheme })),
      },
      tags: ["cda:capacity"],
    },
  ],
  frameworks: [CDA_FRAMEWORK],
};
