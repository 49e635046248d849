import type { z } from "zod";
import type { AssessmentFrameworkSchema } from "../model/people";

/**
 * The Bloomberg Philanthropies City Data Alliance programme as an assessment framework, encoded by us from
 * the programme description: the five components of a city data strategy and the three critical data
 * practices. The programme defines no tiers, so none are given (use `WWC_TIERS` or your own).
 */
export const CDA_FRAMEWORK: z.input<typeof AssessmentFrameworkSchema> = {
  id: "cda",
  title: {
    es: "City Data Alliance de Bloomberg Philanthropies",
    en: "Bloomberg Philanthropies City Data Alliance",
    pt: "City Data Alliance da Bloomberg Philanthropies",
  },
  dimensions: [
    {
      id: "componentes",
      title: {
        es: "Componentes de la estrategia de datos de la ciudad",
        en: "Components of the city data strategy",
        pt: "Componentes da estratégia de dados da cidade",
      },
      criteria: [
        {
          id: "governance",
          title: {
            es: "Gobernanza de datos: un proceso que define y hace cumplir estándares y prácticas de datos con participación del liderazgo",
            en: "Data governance: a process that sets and enforces data standards and practices with senior leadership involved",
            pt: "Governança de dados: um processo que define e determina padrões e práticas de dados com o envolvimento da liderança sênior",
          },
        },
        {
          id: "quality",
          title: {
            es: "Calidad de los datos: completitud, exactitud, consistencia y oportunidad, mitigando sesgos en la recolección o el uso",
            en: "Data quality: completeness, accuracy, consistency and timeliness, mitigating bias in collection or use",
            pt: "Qualidade dos dados: completude, precisão, consistência e pontualidade, mitigando vieses na coleta ou no uso",
          },
        },
        {
          id: "use",
          title: {
            es: "Uso: planes para usar los datos regularmente en la gestión y las decisiones cotidianas",
            en: "Use: plans to use data regularly in city management and everyday decisions",
            pt: "Uso: planos para usar os dados regularmente na gestão da cidade e nas decisões cotidianas",
          },
        },
        {
          id: "capacity",
          title: {
            es: "Capacidad: un líder sénior (director/a de datos) y un equipo responsable de ampliar el uso de datos",
            en: "Capacity: a senior leader (chief data officer) and a team responsible for expanding data use",
            pt: "Capacidade: um líder sênior (diretor/a de dados) e uma equipe responsável pela expansão do uso de dados",
          },
        },
        {
          id: "transparency",
          title: {
            es: "Transparencia: cómo se comparten los datos con actores internos y externos",
            en: "Transparency: how data is shared with internal and external stakeholders",
            pt: "Transparência: como os dados são compartilhados com atores internos e externos",
          },
        },
      ],
    },
    {
      id: "practicas-criticas",
      title: {
        es: "Prácticas de datos críticas",
        en: "Critical data practices",
        pt: "Práticas de dados críticas",
      },
      criteria: [
        {
          id: "evaluation",
          title: {
            es: "Evaluación: una estrategia de evaluaciones rutinarias que respondan las preguntas más urgentes",
            en: "Evaluation: a strategy of routine evaluations answering the most pressing questions",
            pt: "Avaliação: uma estratégia de avaliações rotineiras que respondam às perguntas mais urgentes",
          },
        },
        {
          id: "artificial-intelligence",
          title: {
            es: "Inteligencia artificial: adopción responsable en un proyecto de la ciudad",
            en: "Artificial intelligence: responsible adoption in a city project",
            pt: "Inteligência artificial: adoção responsável em um projeto da cidade",
          },
        },
        {
          id: "data-as-a-service",
          title: {
            es: "Datos como servicio: servicios de datos de punta a punta, de calidad y a escala",
            en: "Data as a service: end-to-end, high-quality data services at scale",
            pt: "Dados como serviço: serviços de dados de ponta a ponta, de alta qualidade e em escala",
          },
        },
      ],
    },
  ],
  tiers: [],
  tags: ["cda:framework"],
};

/** What Works Cities tiers by share of criteria met (silver 51 %, gold 67 %, platinum 84 %). */
export const WWC_TIERS = [
  { id: "silver", title: { es: "Plata", en: "Silver", pt: "Prata" }, minPct: 51 },
  { id: "gold", title: { es: "Oro", en: "Gold", pt: "Ouro" }, minPct: 67 },
  { id: "platinum", title: { es: "Platino", en: "Platinum", pt: "Platina" }, minPct: 84 },
] as const;
