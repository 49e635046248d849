import type { SelfAssessmentInput } from "./schema";

type Row = [id: string, es: string, en: string, pt: string];
const ev = (rows: Row[]) => rows.map(([id, es, en, pt]) => ({ id, label: { es, en, pt } }));

/**
 * The City Data Alliance self-assessment, version `2024.1`: the five components of a city data strategy
 * and the three critical data practices (titles from the programme's description, `CDA_FRAMEWORK`), the
 * five maturity levels of the ODI Open Data Pathway (initial, repeatable, defined, managed, optimising)
 * as tiers, and the evidence each tier needs, written by us from What Works Cities criteria (inventory
 * updated in the last 12 months, a committee meeting at least quarterly with minutes, a data-quality
 * audit, an evaluation strategy…). The programme itself defines no tiers: edit the JSON to fit your city.
 */
export const CDA_SELF_ASSESSMENT: SelfAssessmentInput = {
  id: "cda-autoevaluacion",
  version: "2024.1",
  title: {
    es: "Autoevaluación de madurez de datos (City Data Alliance)",
    en: "Data maturity self-assessment (City Data Alliance)",
    pt: "Autoavaliação de maturidade de dados (City Data Alliance)",
  },
  intro: {
    es: "Marque la evidencia que su ciudad puede mostrar hoy. Un nivel se alcanza cuando está toda su evidencia y la de los niveles anteriores.",
    en: "Tick the evidence your city can show today. A level is reached when all its evidence and that of the levels below are there.",
    pt: "Marque as evidências que sua cidade pode mostrar hoje. Um nível é alcançado quando estão todas as suas evidências e as dos níveis anteriores.",
  },
  tiers: [
    { id: "inicial", title: { es: "Inicial", en: "Initial", pt: "Inicial" } },
    { id: "repetible", title: { es: "Repetible", en: "Repeatable", pt: "Repetível" } },
    { id: "definido", title: { es: "Definido", en: "Defined", pt: "Definido" } },
    { id: "gestionado", title: { es: "Gestionado", en: "Managed", pt: "Gerenciado" } },
    { id: "optimizado", title: { es: "Optimizado", en: "Optimising", pt: "Otimizado" } },
  ],
  components: [
    {
      id: "governance",
      group: "component",
      title: { es: "Gobernanza de datos", en: "Data governance", pt: "Governança de dados" },
      evidence: {
        repetible: ev([
          [
            "gob-responsable",
            "Una persona designada responsable de los datos de la ciudad",
            "A person designated responsible for the city's data",
            "Uma pessoa designada responsável pelos dados da cidade",
          ],
        ]),
        definido: ev([
          [
            "gob-comite",
            "Un comité de gobernanza con responsabilidades escritas",
            "A governance committee with written responsibilities",
            "Um comitê de governança com responsabilidades escritas",
          ],
        ]),
        gestionado: ev([
          [
            "gob-actas",
            "Actas de las dos últimas reuniones (al menos trimestrales)",
            "Minutes of the last two meetings (at least quarterly)",
            "Atas das duas últimas reuniões (pelo menos trimestrais)",
          ],
        ]),
        optimizado: ev([
          [
            "gob-estandares",
            "Estándares de datos aprobados y revisados cada año",
            "Data standards approved and reviewed every year",
            "Padrões de dados aprovados e revisados todo ano",
          ],
        ]),
      },
    },
    {
      id: "quality",
      group: "component",
      title: { es: "Calidad de los datos", en: "Data quality", pt: "Qualidade dos dados" },
      evidence: {
        repetible: ev([
          [
            "cal-inventario",
            "Un inventario de datos actualizado en los últimos 12 meses",
            "A data inventory updated in the last 12 months",
            "Um inventário de dados atualizado nos últimos 12 meses",
          ],
        ]),
        definido: ev([
          [
            "cal-auditoria",
            "Una auditoría de calidad de datos documentada",
            "A documented data-quality audit",
            "Uma auditoria de qualidade de dados documentada",
          ],
        ]),
        gestionado: ev([
          [
            "cal-correccion",
            "Un proceso escrito para corregir errores reportados",
            "A written process to fix reported errors",
            "Um processo escrito para corrigir erros reportados",
          ],
        ]),
        optimizado: ev([
          [
            "cal-sesgos",
            "Una revisión de sesgos en la recolección o el uso",
            "A review of bias in collection or use",
            "Uma revisão de vieses na coleta ou no uso",
          ],
        ]),
      },
    },
    {
      id: "use",
      group: "component",
      title: { es: "Uso de datos", en: "Data use", pt: "Uso de dados" },
      evidence: {
        repetible: ev([
          [
            "uso-tablero",
            "Un tablero o informe usado en la gestión",
            "A dashboard or report used in management",
            "Um painel ou relatório usado na gestão",
          ],
        ]),
        definido: ev([
          [
            "uso-rutina",
            "Una rutina de revisión de indicadores con fecha fija",
            "A routine review of indicators on a fixed date",
            "Uma rotina de revisão de indicadores com data fixa",
          ],
        ]),
        gestionado: ev([
          [
            "uso-decisiones",
            "Decisiones documentadas que citan datos",
            "Documented decisions that cite data",
            "Decisões documentadas que citam dados",
          ],
        ]),
        optimizado: ev([
          [
            "uso-metas",
            "Metas de resultados para la población seguidas con datos",
            "Outcome targets for residents followed with data",
            "Metas de resultados para a população acompanhadas com dados",
          ],
        ]),
      },
    },
    {
      id: "capacity",
      group: "component",
      title: { es: "Capacidad", en: "Capacity", pt: "Capacidade" },
      evidence: {
        repetible: ev([
          [
            "cap-diagnostico",
            "Un diagnóstico de capacidad de los equipos",
            "A capacity diagnostic of the teams",
            "Um diagnóstico de capacidade das equipes",
          ],
        ]),
        definido: ev([
          [
            "cap-plan",
            "Un plan de capacitación en datos",
            "A data training plan",
            "Um plano de capacitação em dados",
          ],
        ]),
        gestionado: ev([
          [
            "cap-director",
            "Un director/a de datos con un equipo a cargo",
            "A chief data officer with a team",
            "Um diretor/a de dados com uma equipe",
          ],
        ]),
        optimizado: ev([
          [
            "cap-referentes",
            "Referentes de datos en cada secretaría",
            "Data champions in every department",
            "Referências de dados em cada secretaria",
          ],
        ]),
      },
    },
    {
      id: "transparency",
      group: "component",
      title: { es: "Transparencia", en: "Transparency", pt: "Transparência" },
      evidence: {
        repetible: ev([
          [
            "tra-portal",
            "Un portal de datos abiertos con datos publicados",
            "An open data portal with published data",
            "Um portal de dados abertos com dados publicados",
          ],
        ]),
        definido: ev([
          [
            "tra-politica",
            "Una política de datos abiertos aprobada",
            "An approved open data policy",
            "Uma política de dados abertos aprovada",
          ],
        ]),
        gestionado: ev([
          [
            "tra-protocolo",
            "Un protocolo para compartir datos entre áreas",
            "A protocol for sharing data between departments",
            "Um protocolo para compartilhar dados entre áreas",
          ],
        ]),
        optimizado: ev([
          [
            "tra-retroalimentacion",
            "Un canal de retroalimentación de residentes con respuestas publicadas",
            "A residents' feedback channel with published answers",
            "Um canal de retorno dos residentes com respostas publicadas",
          ],
        ]),
      },
    },
    {
      id: "evaluation",
      group: "practice",
      title: { es: "Evaluación", en: "Evaluation", pt: "Avaliação" },
      evidence: {
        repetible: ev([
          [
            "eva-una",
            "Al menos una evaluación de un programa",
            "At least one programme evaluation",
            "Pelo menos uma avaliação de um programa",
          ],
        ]),
        definido: ev([
          [
            "eva-estrategia",
            "Una estrategia de evaluaciones rutinarias",
            "A strategy of routine evaluations",
            "Uma estratégia de avaliações rotineiras",
          ],
        ]),
        gestionado: ev([
          [
            "eva-publicadas",
            "Resultados de evaluaciones publicados",
            "Published evaluation results",
            "Resultados de avaliações publicados",
          ],
        ]),
        optimizado: ev([
          [
            "eva-presupuesto",
            "Decisiones de presupuesto basadas en evaluaciones",
            "Budget decisions based on evaluations",
            "Decisões orçamentárias baseadas em avaliações",
          ],
        ]),
      },
    },
    {
      id: "artificial-intelligence",
      group: "practice",
      title: { es: "Inteligencia artificial", en: "Artificial intelligence", pt: "Inteligência artificial" },
      evidence: {
        repetible: ev([
          [
            "ia-piloto",
            "Un piloto de IA en un servicio de la ciudad",
            "An AI pilot in a city service",
            "Um piloto de IA em um serviço da cidade",
          ],
        ]),
        definido: ev([
          [
            "ia-lineamientos",
            "Lineamientos de uso responsable de IA",
            "Guidelines for responsible AI use",
            "Diretrizes de uso responsável de IA",
          ],
        ]),
        gestionado: ev([
          [
            "ia-registro",
            "Un registro público de los sistemas de IA en uso",
            "A public register of AI systems in use",
            "Um registro público dos sistemas de IA em uso",
          ],
        ]),
        optimizado: ev([
          [
            "ia-impacto",
            "Evaluaciones de impacto de cada sistema de IA",
            "Impact assessments of each AI system",
            "Avaliações de impacto de cada sistema de IA",
          ],
        ]),
      },
    },
    {
      id: "data-as-a-service",
      group: "practice",
      title: { es: "Datos como servicio", en: "Data as a service", pt: "Dados como serviço" },
      evidence: {
        repetible: ev([
          [
            "daas-api",
            "Un conjunto de datos servido por API",
            "A dataset served through an API",
            "Um conjunto de dados servido por API",
          ],
        ]),
        definido: ev([
          [
            "daas-catalogo",
            "Un catálogo de servicios de datos con responsables",
            "A catalogue of data services with owners",
            "Um catálogo de serviços de dados com responsáveis",
          ],
        ]),
        gestionado: ev([
          [
            "daas-niveles",
            "Niveles de servicio acordados y medidos",
            "Agreed and measured service levels",
            "Níveis de serviço acordados e medidos",
          ],
        ]),
        optimizado: ev([
          [
            "daas-usuarios",
            "Usuarios internos y externos consultados cada año",
            "Internal and external users consulted every year",
            "Usuários internos e externos consultados todo ano",
          ],
        ]),
      },
    },
  ],
};
