import { type Lang, labelKey } from "@ciudata/core";
import type { ActionInput } from "../model/action";
import type { Label } from "../model/common";
import type { StrategyDocumentInput } from "../model/document";

// The starting point of a city's own strategy (`ciudata strategy new`): four pillars in the City Data
// Alliance's shape with two actions each (owners, deadlines), and the governance, training, platforms and
// routines sections, every text in es/en/pt. Placeholders a steward fills are written [in brackets]; the
// file is valid under `strategy check` as written.

/** Options of {@link strategyTemplate}. */
export interface TemplateOptions {
  /** The city's name as people write it ("Godoy Cruz"); a placeholder when absent. */
  city?: string;
  /** The first month of the strategy (`2025-01`); it runs three years. */
  from: string;
  /** The language of the few plain-text placeholders (a person's name); labels carry es, en and pt. */
  lang?: Lang;
  /** IANA time zone of the city (default `America/Argentina/Buenos_Aires`). */
  timeZone?: string;
  /** ISO country code (default `AR`). */
  country?: string;
}

const L = (es: string, en: string, pt: string): Label => ({ es, en, pt });

const PERSON: Record<Lang, string> = {
  es: "[Nombre y apellido]",
  en: "[Full name]",
  pt: "[Nome e sobrenome]",
};

const TEAMS: Record<Lang, string> = { es: "[Equipos]", en: "[Teams]", pt: "[Equipes]" };

/** `2025-01` plus `n` months. */
function month(from: string, n: number): string {
  const [y, m] = from.split("-").map(Number) as [number, number];
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
}

/** The pillars: id, title, aspiration, and two actions (id, title, owners, months from the start). */
const PILLARS: [string, Label, Label, [string, Label, "dc" | "committee" | "lead", number][]][] = [
  [
    "gobernanza",
    L(
      "Gobernanza y administración de datos",
      "Data governance and management",
      "Governança e gestão de dados",
    ),
    L(
      "[Qué quiere lograr la ciudad con la gobernanza de sus datos]",
      "[What the city wants to achieve with the governance of its data]",
      "[O que a cidade quer alcançar com a governança dos seus dados]",
    ),
    [
      [
        "crear-comite-de-datos",
        L(
          "Crear el comité de gobernanza de datos",
          "Set up the data governance committee",
          "Criar o comitê de governança de dados",
        ),
        "lead",
        3,
      ],
      [
        "inventario-de-datos",
        L(
          "Inventariar los datos de cada área",
          "Inventory every area's data",
          "Inventariar os dados de cada área",
        ),
        "dc",
        9,
      ],
    ],
  ],
  [
    "calidad",
    L("Calidad y estándares de datos", "Data quality and standards", "Qualidade e padrões de dados"),
    L(
      "[Qué estándar de calidad y de datos desagregados quiere la ciudad]",
      "[Which quality and disaggregation standard the city wants]",
      "[Qual padrão de qualidade e de dados desagregados a cidade quer]",
    ),
    [
      [
        "protocolo-de-calidad",
        L(
          "Aprobar un protocolo de calidad de datos",
          "Approve a data quality protocol",
          "Aprovar um protocolo de qualidade de dados",
        ),
        "committee",
        12,
      ],
      [
        "protocolo-de-privacidad",
        L(
          "Aprobar un protocolo de seguridad y privacidad",
          "Approve a security and privacy protocol",
          "Aprovar um protocolo de segurança e privacidade",
        ),
        "committee",
        15,
      ],
    ],
  ],
  [
    "capacidad",
    L("Capacidad y cultura de datos", "Data capacity and culture", "Capacidade e cultura de dados"),
    L(
      "[Qué capacidades en datos quiere desarrollar la ciudad en sus equipos]",
      "[Which data skills the city wants its teams to build]",
      "[Quais capacidades em dados a cidade quer desenvolver nas suas equipes]",
    ),
    [
      [
        "diagnostico-de-capacidades",
        L(
          "Diagnosticar las capacidades en datos de los equipos",
          "Assess the teams' data skills",
          "Diagnosticar as capacidades em dados das equipes",
        ),
        "dc",
        6,
      ],
      [
        "plan-de-capacitacion",
        L(
          "Implementar el plan de capacitación en datos",
          "Carry out the data training plan",
          "Implementar o plano de capacitação em dados",
        ),
        "lead",
        18,
      ],
    ],
  ],
  [
    "uso",
    L(
      "Rutinas de uso de datos para decidir",
      "Data-use routines for decisions",
      "Rotinas de uso de dados para decidir",
    ),
    L(
      "[Qué decisiones quiere tomar la ciudad con datos, y con quién]",
      "[Which decisions the city wants to make with data, and with whom]",
      "[Quais decisões a cidade quer tomar com dados, e com quem]",
    ),
    [
      [
        "rutina-piloto",
        L(
          "Poner en marcha una rutina de datos en un área piloto",
          "Start a data routine in a pilot area",
          "Iniciar uma rotina de dados em uma área piloto",
        ),
        "lead",
        9,
      ],
      [
        "mapa-de-plataformas",
        L(
          "Mapear las plataformas que usa cada área",
          "Map the platforms every area uses",
          "Mapear as plataformas que cada área usa",
        ),
        "dc",
        12,
      ],
    ],
  ],
];

/**
 * A new strategy for a city to fill in: four pillars with an aspiration and two actions each (owners and
 * deadlines within a three-year period), a governance committee with its members and roles, a training plan
 * with one course, the open data portal in the platforms map and a pilot data routine. Every label is in es,
 * en and pt; what the steward must write is [in brackets]. Valid under `parseStrategy`, with no warning.
 *
 * @example
 * ```ts
 * const doc = strategyTemplate({ city: "Godoy Cruz", from: "2025-01", lang: "es" });
 * parseStrategy(doc).ok; //=> true
 * doc.actions.length; //=> 8
 * ```
 */
export function strategyTemplate(options: TemplateOptions): StrategyDocumentInput {
  const lang = options.lang ?? "es";
  const city = options.city?.trim() || undefined;
  const cityId = city ? labelKey(city).replace(/_/g, "-").slice(0, 60) || "ciudad" : "ciudad";
  const name = city ? L(city, city, city) : L("[Ciudad]", "[City]", "[Cidade]");
  const to = month(options.from, 35);
  const owners = {
    dc: { kind: "role", id: "data-champion" },
    committee: { kind: "committee", id: "comite-de-datos" },
    lead: { kind: "person", id: "responsable-de-datos" },
  } as const;
  const actions: ActionInput[] = PILLARS.flatMap(([pillarId, , , list]) =>
    list.map(([id, title, owner, months]) => ({
      id,
      pillarId,
      aspirationId: `${pillarId}-aspiracion`,
      title,
      owners: [owners[owner]],
      deadline: month(options.from, months),
    })),
  );
  return {
    format: "ciudata-strategy",
    version: 1,
    city: {
      id: cityId,
      name,
      country: options.country ?? "AR",
      timeZone: options.timeZone ?? "America/Argentina/Buenos_Aires",
    },
    orgUnits: [
      {
        id: "gobierno",
        name: L("[Intendencia o municipio]", "[Mayor's office]", "[Prefeitura]"),
        kind: "intendencia",
      },
      {
        id: "area-de-datos",
        name: L("[Área a cargo de los datos]", "[Area in charge of data]", "[Área responsável pelos dados]"),
        kind: "direccion",
        parentId: "gobierno",
      },
    ],
    people: [{ id: "responsable-de-datos", name: PERSON[lang], orgUnitId: "area-de-datos" }],
    committees: [
      {
        id: "comite-de-datos",
        name: L(
          "Comité de gobernanza de datos",
          "Data governance committee",
          "Comitê de governança de dados",
        ),
        purpose: L(
          "Establecer y hacer cumplir estándares y prácticas de datos para la ciudad",
          "Set and enforce data standards and practices for the city",
          "Estabelecer e fazer cumprir padrões e práticas de dados para a cidade",
        ),
        members: [
          { personId: "responsable-de-datos", role: L("Coordinación", "Chair", "Coordenação") },
          { roleId: "data-champion", role: L("Integrantes", "Members", "Integrantes") },
        ],
        cadence: "R/P1M",
      },
    ],
    strategy: {
      id: `estrategia-de-datos-${cityId}`.slice(0, 80).replace(/-+$/, ""),
      title: city
        ? L(`Estrategia de datos de ${city}`, `${city} data strategy`, `Estratégia de dados de ${city}`)
        : L("[Estrategia de datos de la ciudad]", "[City data strategy]", "[Estratégia de dados da cidade]"),
      framework: "cda",
      period: { from: options.from, to },
      vision: L(
        "[La visión de la ciudad para sus datos, en una frase]",
        "[The city's vision for its data, in one sentence]",
        "[A visão da cidade para os seus dados, em uma frase]",
      ),
      priorities: [
        L("[Primera prioridad]", "[First priority]", "[Primeira prioridade]"),
        L("[Segunda prioridad]", "[Second priority]", "[Segunda prioridade]"),
      ],
    },
    pillars: PILLARS.map(([id, title, aspiration], order) => ({
      id,
      order: order + 1,
      title,
      aspiration,
      aspirations: [{ id: `${id}-aspiracion`, text: aspiration }],
    })),
    actions,
    platforms: [
      {
        id: "portal-de-datos-abiertos",
        name: L("Portal de datos abiertos", "Open data portal", "Portal de dados abertos"),
        kind: "portal",
        orgUnitIds: ["area-de-datos"],
        state: "planned",
        holds: [L("[Qué datos publica]", "[Which data it publishes]", "[Quais dados publica]")],
      },
    ],
    routines: [
      {
        id: "rutina-de-datos-piloto",
        name: L(
          "Rutina de uso de datos (área piloto)",
          "Data-use routine (pilot area)",
          "Rotina de uso de dados (área piloto)",
        ),
        kind: "stat",
        cadence: "R/P1M",
        state: "planned",
        owner: { kind: "person", id: "responsable-de-datos" },
      },
    ],
    trainingPlans: [
      {
        id: "plan-de-capacitacion",
        title: L("Plan de capacitación en datos", "Data training plan", "Plano de capacitação em dados"),
        audience: L("[Equipos de cada área]", "[Teams of every area]", "[Equipes de cada área]"),
        state: "planned",
        period: `${month(options.from, 6)}/${month(options.from, 18)}`,
        actionIds: ["plan-de-capacitacion"],
        modules: [
          {
            id: "introduccion-a-los-datos",
            title: L(
              "Introducción al uso de datos",
              "Introduction to using data",
              "Introdução ao uso de dados",
            ),
            audience: TEAMS[lang],
            hours: 4,
          },
        ],
      },
    ],
  };
}
