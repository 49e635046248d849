import type { StrategyDocumentInput } from "../src/model/document";

/**
 * A small valid strategy for tests.
 * @internal
 */
export function tinyStrategy(): StrategyDocumentInput {
  return {
    format: "ciudata-strategy",
    version: 1,
    city: { id: "ciudad", name: { es: "Ciudad" }, country: "AR", timeZone: "America/Argentina/Mendoza" },
    orgUnits: [{ id: "datos", name: { es: "Dirección de Datos" }, kind: "direccion" }],
    people: [{ id: "ana", name: "Ana", orgUnitId: "datos" }],
    committees: [{ id: "cgd", name: { es: "Comité" } }],
    strategy: {
      id: "plan",
      title: { es: "Plan" },
      framework: "custom",
      period: { from: "2024-01", to: "2025-12" },
    },
    pillars: [{ id: "gobernanza", order: 1, title: { es: "Gobernanza" }, aspiration: { es: "Gobernar" } }],
    actions: [
      {
        id: "a",
        pillarId: "gobernanza",
        title: { es: "A" },
        owners: [{ kind: "person", id: "ana" }],
        deadline: "2024-05",
        history: [{ status: "in_progress", at: "2024-02-10" }],
      },
      {
        id: "b",
        pillarId: "gobernanza",
        title: { es: "B" },
        owners: [{ kind: "committee", id: "cgd" }],
        deadline: "2024-09/2024-11",
        dependsOn: ["a"],
      },
    ],
  };
}
